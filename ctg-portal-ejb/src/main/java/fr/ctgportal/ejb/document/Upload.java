package fr.ctgportal.ejb.document;

/**
 * A file sent by a user, as received: the name is only shown (never used as a path) and the
 * declared type is not trusted, the content is checked.
 */
public record Upload(String fileName, byte[] content) {

    public Upload {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}

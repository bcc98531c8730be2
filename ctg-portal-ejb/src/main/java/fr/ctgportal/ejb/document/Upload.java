package fr.ctgportal.ejb.document;

/**
 * A file sent by a user, as received: the name is only shown (never used as a path) and the
 * declared type is not trusted, the content is checked. The bytes are handed over, not copied (a
 * file may weigh megabytes): nobody changes them afterwards.
 */
public record Upload(String fileName, byte[] content) {

    public Upload {
        content = content == null ? new byte[0] : content;
    }

    public int size() {
        return content.length;
    }
}

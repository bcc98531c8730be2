package fr.ctgportal.ejb.document;

/** A file to send back to the user: its name, type and bytes. */
public record DocumentDownload(String fileName, String contentType, byte[] content) {

    public DocumentDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

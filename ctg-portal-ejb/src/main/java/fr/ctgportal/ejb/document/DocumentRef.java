package fr.ctgportal.ejb.document;

import fr.ctgportal.model.document.StoredDocument;

/** What a screen shows of a stored document: enough to offer its download. */
public record DocumentRef(long id, String fileName, long sizeBytes) {

    public static DocumentRef of(StoredDocument d) {
        return d == null ? null : new DocumentRef(d.getId(), d.getFileName(), d.getSizeBytes());
    }
}

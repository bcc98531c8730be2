package fr.ctgportal.ejb.document;

import java.io.Serializable;
import fr.ctgportal.model.document.StoredDocument;

/** What a screen shows of a stored document: enough to offer its download. */
public record DocumentRef(long id, String fileName, long sizeBytes) implements Serializable {

    public static DocumentRef of(StoredDocument d) {
        return d == null ? null : new DocumentRef(d.getId(), d.getFileName(), d.getSizeBytes());
    }
}

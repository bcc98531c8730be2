package fr.ctgportal.web.faces;

import fr.ctgportal.ejb.document.DocumentService;
import fr.ctgportal.ejb.document.Upload;
import org.primefaces.model.file.UploadedFile;

/** The one way a page takes a file from a form. */
public final class Uploads {

    private Uploads() {
    }

    /** @return the upload, refused before it is read into memory when over the size limit; null when none */
    public static Upload of(UploadedFile uploaded, DocumentService documents) {
        if (uploaded == null || uploaded.getSize() == 0) {
            return null;
        }
        documents.checkUploadSize(uploaded.getSize());
        return new Upload(uploaded.getFileName(), uploaded.getContent());
    }
}

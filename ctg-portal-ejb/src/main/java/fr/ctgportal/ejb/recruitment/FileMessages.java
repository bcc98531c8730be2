package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.recruitment.FileMessage;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The messages of the recruitment files' threads, through the named queries declared on {@link FileMessage}. */
@ApplicationScoped
public class FileMessages extends Repository<FileMessage> {

    /** @return the file's thread, oldest first */
    public List<FileMessage> of(RecruitmentFile file) {
        return em.createNamedQuery("FileMessage.ofFile", FileMessage.class).setParameter("file", file).getResultList();
    }

    /** @return the documents attached to the file's messages */
    public List<StoredDocument> documentsOf(RecruitmentFile file) {
        return em.createNamedQuery("FileMessage.documentsOfFile", StoredDocument.class).setParameter("file", file)
                .getResultList();
    }

    /** Detaches every attachment of the file's messages (the caller deletes the documents). */
    public void detachDocuments(RecruitmentFile file) {
        em.createNamedQuery("FileMessage.detachDocuments").setParameter("file", file).executeUpdate();
    }
}

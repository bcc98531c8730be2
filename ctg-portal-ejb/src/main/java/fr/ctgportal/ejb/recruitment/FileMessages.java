package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.recruitment.FileMessage;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The messages of the threads of the recruitment files and of the compliance procedures, through the
 * named queries declared on {@link FileMessage}.
 */
@ApplicationScoped
public class FileMessages extends Repository<FileMessage> {

    /** @return the file's thread, oldest first */
    public List<FileMessage> of(RecruitmentFile file) {
        return em.createNamedQuery("FileMessage.ofFile", FileMessage.class).setParameter("file", file).getResultList();
    }

    /** @return the thread of a compliance procedure (by its id), oldest first */
    public List<FileMessage> ofProcedure(long procedureId) {
        return em.createNamedQuery("FileMessage.ofProcedure", FileMessage.class).setParameter("procedure", procedureId)
                .getResultList();
    }

    /** @return the documents attached to the messages of a compliance procedure (by its id) */
    public List<StoredDocument> documentsOfProcedure(long procedureId) {
        return em.createNamedQuery("FileMessage.documentsOfProcedure", StoredDocument.class)
                .setParameter("procedure", procedureId).getResultList();
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

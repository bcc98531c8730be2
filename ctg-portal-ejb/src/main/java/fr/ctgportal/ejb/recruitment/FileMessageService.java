package fr.ctgportal.ejb.recruitment;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.recruitment.RecruitmentAccess.Access;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.recruitment.FileMessage;
import fr.ctgportal.model.recruitment.JobDescriptionContent;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.shared.Side;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The thread of messages of a recruitment file, between the authority and the Caf, with optional
 * PDF attachments. A message does not change the file's version: it never gets in the way of
 * someone editing the file.
 */
@Stateless
public class FileMessageService {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private DocumentStore documents;

    @Inject
    private AuditTrail audit;

    @Inject
    private RecruitmentMail mail;

    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public void postMessage(long fileId, String body, Upload attachment) {
        Access a = access.read(Caller.of(context), fileId);
        // Waits for a decision being taken on the file; the file's version does not change.
        em.refresh(a.file(), LockModeType.PESSIMISTIC_WRITE);
        if (!a.file().allows(RecruitmentAction.POST_MESSAGE)) {
            throw new InvalidInputException("recruitment.error.wrongStage");
        }
        String text = RecruitmentService.required(body, JobDescriptionContent.MAX_TEXT, "recruitment.error.messageBody");
        StoredDocument document = attachment == null ? null : documents.storePdf(attachment, a.caller());
        em.persist(new FileMessage(a.file(), a.caller().username(), a.side(), Instant.now(), text, document));
        audit.record(a.caller(), "MESSAGE_POSTED", RecruitmentAccess.ENTITY, fileId,
                document == null ? null : "pièce jointe " + document.getFileName(), null);
        if (a.side() == Side.AUTHORITY) {
            mail.toCaf(a.file(), "message.posted", a.caller().username());
        } else {
            mail.toAuthority(a.file(), "message.posted", a.caller().username());
        }
    }
}

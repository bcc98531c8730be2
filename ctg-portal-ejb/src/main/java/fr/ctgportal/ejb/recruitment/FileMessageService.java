package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.recruitment.RecruitmentAccess.Access;
import fr.ctgportal.model.recruitment.FileMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

/**
 * The thread of messages of a recruitment file, between the authority and the Caf, with optional
 * PDF attachments. A message does not change the file's version: it never gets in the way of
 * someone editing the file.
 */
@Stateless
@Interceptors(DomainRules.class)
public class FileMessageService extends UseCase {

    @Inject
    private People people;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private FileMessages messages;

    @Inject
    private DocumentStore documents;

    @Inject
    private RecruitmentMail mail;

    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public void postMessage(long fileId, String body, Upload attachment) {
        Access a = access.read(caller(), fileId);
        // Waits for a decision being taken on the file; the file's version does not change.
        FileMessage message = records.lock(a.file()).message(a.side(), body, a.stamp());
        if (attachment != null) {
            message.attach(documents.storePdf(attachment, a.caller()));
        }
        messages.add(message);
        audit.record(a.caller(), AuditAction.MESSAGE_POSTED, a.file(), message.getDocument() == null
                ? null
                : Texts.text("recruitment.audit.attachment", message.getDocument().getFileName()), null);
        mail.toOtherSide(a.side(), a.file(), "message.posted", people.nameAndRoleOf(a.caller().username()));
    }
}

package fr.ctgportal.ejb.compliance;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.post.PostAccess.OnPost;
import fr.ctgportal.ejb.recruitment.FileMessages;
import fr.ctgportal.ejb.recruitment.MessageView;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.recruitment.FileMessage;
import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.compliance.ComplianceProcedure;
import fr.ctgportal.model.compliance.ProcedureGround;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Compliance procedures: a Caf manager questions a post's reality, weighing or conformity; the
 * authority shows its commitment before a deadline; a Caf manager concludes, compliant or with the
 * end of the Caf's funding of the post. The procedure owns its rules ({@link ComplianceProcedure});
 * each step is audited on the post and told to the other side.
 *
 * <p>Refusals: {@link fr.ctgportal.ejb.platform.NotFoundException} (unknown, or not the caller's side),
 * {@link fr.ctgportal.ejb.platform.ConcurrentEditException} (changed since read),
 * {@link fr.ctgportal.ejb.platform.InvalidInputException} with the procedure's rule key.
 */
@Stateless
@Interceptors(DomainRules.class)
public class ComplianceProcedureService extends UseCase {

    @Inject
    private People people;

    @Inject
    private PostAccess access;

    @Inject
    private ComplianceProcedures procedures;

    @Inject
    private Notifications notifications;

    @Inject
    private FileMessages messages;

    @Inject
    private DocumentStore documents;

    /**
     * The procedures awaiting the answer of the caller's authority (opened, not answered), by deadline:
     * the authority's home page shows them.
     */
    @RolesAllowed(AUTHORITY_HR)
    public List<ProcedureView> awaitingOurAnswer() {
        LocalDate today = LocalDate.now(clock);
        return procedures.awaitingAuthorities(scope().authorityIds()).stream().map(c -> ProcedureView.of(c, today))
                .toList();
    }

    /**
     * The thread of a procedure, oldest first, for its post's employer's HR and the Caf of its territory.
     *
     * @throws fr.ctgportal.ejb.platform.NotFoundException for a procedure the caller is party to neither side of
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<MessageView> messages(long procedureId) {
        ComplianceProcedure procedure = records.find(ComplianceProcedure.class, procedureId);
        access.read(caller(), procedure.getPost().getId());
        return messages.ofProcedure(procedureId).stream().map(MessageView::of).toList();
    }

    /**
     * A message on a procedure's thread, with an optional PDF (the authority's proof of its commitment),
     * by either side while the procedure is under way; the other side is told. The procedure's version
     * does not change: a message never gets in the way of an answer or a conclusion.
     *
     * @throws fr.ctgportal.ejb.platform.NotFoundException     for a procedure the caller is party to neither side of
     * @throws fr.ctgportal.ejb.platform.InvalidInputException {@code procedure.error.closed},
     *                                                         {@code procedure.error.messageBody}, a text too long,
     *                                                         or an attachment the store refuses
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public void postMessage(long procedureId, String body, Upload attachment) {
        ComplianceProcedure procedure = records.find(ComplianceProcedure.class, procedureId);
        OnPost on = access.read(caller(), procedure.getPost().getId());
        // Waits for a conclusion being taken; the procedure's version does not change.
        FileMessage message = records.lock(procedure).message(on.side(), body, stamp(on.caller()));
        if (attachment != null) {
            message.attach(documents.storePdf(attachment, on.caller()));
        }
        messages.add(message);
        CooperationPost post = procedure.getPost();
        audit.record(on.caller(), AuditAction.PROCEDURE_MESSAGE, post, message.getDocument() == null
                ? Texts.text("audit.procedureMessage")
                : Texts.text("audit.procedureMessageAttachment", message.getDocument().getFileName()), null);
        Object[] args = {Notifications.post(post), post.getEmployer().getName(),
                people.nameAndRoleOf(on.caller().username())};
        if (on.side() == Side.AUTHORITY) {
            notifications.toCaf(post.getTerritory(), "procedure.message", Links.post(Side.CAF, post.getId()), args);
        } else {
            notifications.toAuthority(post.getEmployer(), "procedure.message", Links.post(Side.AUTHORITY, post.getId()),
                    args);
        }
    }

    /**
     * A document attached to a procedure's thread.
     *
     * @throws fr.ctgportal.ejb.platform.NotFoundException unless the document is attached to that procedure
     *                                                     and the caller is party to it
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload downloadDocument(long procedureId, long documentId) {
        ComplianceProcedure procedure = records.find(ComplianceProcedure.class, procedureId);
        access.read(caller(), procedure.getPost().getId());
        StoredDocument document = messages.documentsOfProcedure(procedureId).stream()
                .filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(fr.ctgportal.ejb.platform.NotFoundException::new);
        return new DocumentDownload(document.getFileName(), document.getContentType(), documents.read(document));
    }

    /** The procedures of a post, newest first, for its employer's HR and the Caf of its territory. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<ProcedureView> postProcedures(long postId) {
        CooperationPost post = access.read(caller(), postId).post();
        LocalDate today = LocalDate.now(clock);
        return procedures.ofPost(post).stream().map(c -> ProcedureView.of(c, today)).toList();
    }

    /** The procedures not closed yet in the caller's territories, the late ones first, then by deadline. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<ProcedureView> openProcedures() {
        LocalDate today = LocalDate.now(clock);
        return procedures.underWay(scope()).stream().map(c -> ProcedureView.of(c, today))
                .sorted(Comparator.comparing((ProcedureView v) -> !v.late())).toList();
    }

    /**
     * A Caf manager opens a procedure on a post of its territories; one procedure under way per post.
     *
     * @param deadline the day the authority's answer is due, after today
     * @return the procedure's id
     */
    @RolesAllowed(CAF_MANAGER)
    public long open(long postId, ProcedureGround ground, String reasons, LocalDate deadline) {
        Caller caller = caller();
        // Locked: two managers opening at once, the second sees the first procedure.
        CooperationPost post = records.lock(access.asSide(caller, postId, Side.CAF));
        ComplianceProcedure procedure = procedures.add(ComplianceProcedure.open(post, procedures.ofPost(post), ground,
                reasons, deadline, stamp(caller), LocalDate.now(clock)));
        audit.record(caller, AuditAction.PROCEDURE_OPENED, post, Texts.text("audit.procedureOpened",
                Texts.label("ground", ground), DoctrineFormats.date(deadline)), procedure.getReasons());
        notifications.toAuthority(post.getEmployer(), "procedure.opened", Links.post(Side.AUTHORITY, postId),
                Notifications.post(post), post.getEmployer().getName(), DoctrineFormats.date(deadline));
        return procedure.getId();
    }

    /** The employer's HR shows its commitment, while the procedure is not closed. */
    @RolesAllowed(AUTHORITY_HR)
    public void answer(long procedureId, long expectedVersion, String commitment) {
        Caller caller = caller();
        ComplianceProcedure procedure = forChange(caller, procedureId, expectedVersion, Side.AUTHORITY);
        procedure.answer(commitment, stamp(caller));
        CooperationPost post = procedure.getPost();
        audit.record(caller, AuditAction.PROCEDURE_ANSWERED, post, Texts.text("audit.procedureAnswered"),
                procedure.getCommitment());
        notifications.toCaf(post.getTerritory(), "procedure.answered", Links.post(Side.CAF, post.getId()),
                Notifications.post(post), post.getEmployer().getName(), "");
    }

    /**
     * A Caf manager concludes: compliant, or the end of the funding of the post (from the day). The
     * funding can be ended without an answer only after the deadline.
     */
    @RolesAllowed(CAF_MANAGER)
    public void close(long procedureId, long expectedVersion, boolean compliant, String reasons) {
        Caller caller = caller();
        ComplianceProcedure procedure = forChange(caller, procedureId, expectedVersion, Side.CAF);
        LocalDate today = LocalDate.now(clock);
        procedure.close(compliant, reasons, stamp(caller), today);
        CooperationPost post = procedure.getPost();
        String why = procedure.getClosingReasons();
        if (compliant) {
            audit.record(caller, AuditAction.PROCEDURE_CLOSED_COMPLIANT, post, Texts.text("audit.procedureCompliant"),
                    why);
        } else {
            audit.record(caller, AuditAction.PROCEDURE_FUNDING_ENDED, post,
                    Texts.text("audit.procedureFundingEnded", DoctrineFormats.date(today)), why);
        }
        notifications.toAuthority(post.getEmployer(), compliant ? "procedure.compliant" : "procedure.fundingEnded",
                Links.post(Side.AUTHORITY, post.getId()), Notifications.post(post), post.getEmployer().getName(),
                Notifications.quoted(why));
    }

    /** The procedure, for the caller acting for this side on its post, locked (its post first) at the version read. */
    private ComplianceProcedure forChange(Caller caller, long procedureId, long expectedVersion, Side side) {
        ComplianceProcedure procedure = records.find(ComplianceProcedure.class, procedureId);
        CooperationPost post = procedure.getPost();
        parties.require(caller, post.getEmployer(), post.getTerritory(), side);
        records.lock(post);
        return records.forChange(procedure, expectedVersion);
    }

    private Stamp stamp(Caller caller) {
        return Stamp.of(caller.username(), clock.instant());
    }
}

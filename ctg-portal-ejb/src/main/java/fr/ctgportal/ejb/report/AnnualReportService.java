package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.report.ReportAccess.OnReport;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.ReportStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import fr.ctgportal.ejb.post.Posts;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The annual report on the officer's side and the employer's: open it for a year, fill it as a
 * draft, attach PDFs, submit it once complete; the employer's HR adds its remarks. The report
 * ({@link AnnualReport}) owns the rules of its lifecycle; refusals carry their message key.
 *
 * <p>Reports belong to the post: who writes them is the post's officer, or the employer's HR while
 * the post has no officer account ({@link ReportAccess}); a draft the previous officer left is
 * handed over to the next one on their first change.
 */
@Stateless
@Interceptors(DomainRules.class)
public class AnnualReportService extends UseCase {

    @Inject
    private ReportAccess access;

    @Inject
    private AnnualReports reports;

    @Inject
    private Posts posts;

    @Inject
    private ReportSettings settings;

    @Inject
    private DocumentStore documents;

    @Inject
    private ReportMail mail;

    /** The officer's posts and their reports of last year and this year, opened or not. */
    @RolesAllowed(COOPERATION_OFFICER)
    public List<ReportSummary> myReports() {
        return recentLines(posts.ofOfficer(caller().username()));
    }

    /**
     * The reports of the posts of the caller's authority, for the two recent years: every post that
     * owes one, and every report opened, whether the post has an officer today or not.
     */
    @RolesAllowed(AUTHORITY_HR)
    public List<ReportSummary> authorityReports() {
        return recentLines(posts.ofAuthorities(scope().authorityIds()));
    }

    private List<ReportSummary> recentLines(List<CooperationPost> posts) {
        LocalDate today = LocalDate.now(clock);
        return reports.lines(posts, AnnualReport.openableYears(today), today);
    }

    /**
     * The officer opens the report of a post they hold, for last year or this year.
     *
     * @return the new report's id
     * @throws fr.ctgportal.ejb.platform.NotFoundException unless the caller holds the post
     * @throws InvalidInputException {@code report.error.year}, {@code report.error.alreadyOpen}
     */
    @RolesAllowed(COOPERATION_OFFICER)
    public long open(long postId, int year) {
        Caller caller = caller();
        CooperationPost post = access.heldPostForChange(caller, postId);
        AnnualReport report = AnnualReport.open(post, caller.username(), year, post.isCtgLead(),
                settings.dueDate(year), LocalDate.now(clock));
        if (reports.opened(post, year)) {
            throw new InvalidInputException("report.error.alreadyOpen", String.valueOf(year));
        }
        reports.add(report);
        audit.record(caller, AuditAction.REPORT_OPENED, report,
                Texts.text("report.audit.opened", String.valueOf(year), String.valueOf(postId)), null);
        return report.getId();
    }

    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public ReportView findReport(long reportId) {
        return access.read(caller(), reportId).view();
    }

    /** The officer (or the employer's HR for a post without officer) saves the draft as it is, complete or not. */
    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR})
    public void saveDraft(long reportId, long expectedVersion, List<AnswerInput> answers,
            Map<String, String> functionTexts) {
        save(officerChange(reportId, expectedVersion), answers, functionTexts);
    }

    /** The officer (or HR, as for the draft) attaches a PDF (minutes of a steering committee, information material). */
    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR})
    public void attach(long reportId, long expectedVersion, Upload upload) {
        OnReport on = officerChange(reportId, expectedVersion);
        on.report().attach(() -> documents.storePdf(upload, on.caller()), on.at());
        audit.record(on.caller(), AuditAction.REPORT_ATTACHMENT, on.report(), upload.fileName(), null);
    }

    /** The officer (or HR, as for the draft) submits the report once every indicator and function text is filled. */
    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR})
    public void submit(long reportId, long expectedVersion) {
        send(officerChange(reportId, expectedVersion));
    }

    /**
     * Saves what the officer typed and submits it, in one step: if it is not complete, nothing is
     * saved and the missing items are listed.
     */
    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR})
    public void submit(long reportId, long expectedVersion, List<AnswerInput> answers,
            Map<String, String> functionTexts) {
        OnReport on = officerChange(reportId, expectedVersion);
        save(on, answers, functionTexts);
        send(on);
    }

    /** The employer's HR adds its remarks while the Caf has not accepted the report. */
    @RolesAllowed(AUTHORITY_HR)
    public void remark(long reportId, long expectedVersion, String remarks) {
        OnReport on = access.forChange(caller(), reportId, expectedVersion, ReportReader.EMPLOYER);
        on.report().remark(remarks, on.stamp());
        audit.record(on.caller(), AuditAction.REPORT_REMARKS, on.report(), Texts.text("report.audit.remarks"),
                on.report().getEmployerRemarks());
    }

    /**
     * A change by whoever writes the report; the post's officer takes over a draft another officer
     * (or HR) started, which the trail records.
     */
    private OnReport officerChange(long reportId, long expectedVersion) {
        OnReport on = access.forWriting(caller(), reportId, expectedVersion);
        AnnualReport report = on.report();
        String before = report.getOfficerUsername();
        if (on.reader() == ReportReader.OFFICER && report.handOver(on.caller().username())) {
            audit.record(on.caller(), AuditAction.REPORT_HANDED_OVER, report,
                    Texts.text("report.audit.handedOver", String.valueOf(report.getYear()), String.valueOf(before),
                            on.caller().username()),
                    null);
        }
        return on;
    }

    private void save(OnReport on, List<AnswerInput> answers, Map<String, String> functionTexts) {
        AnnualReport report = on.report();
        int kept = report.saveDraft(on.frame(), answers.stream().map(AnswerInput::typed).toList(), functionTexts,
                on.at());
        audit.record(on.caller(), AuditAction.REPORT_SAVED, report,
                Texts.text("report.audit.saved", String.valueOf(kept)),
                null);
    }

    private void send(OnReport on) {
        AnnualReport report = on.report();
        boolean again = report.getStatus() == ReportStatus.TO_COMPLETE;
        report.submit(on.frame(), on.stamp());
        audit.record(on.caller(), AuditAction.REPORT_SUBMITTED, report,
                Texts.text(again ? "report.audit.resubmitted" : "report.audit.submitted",
                        String.valueOf(report.getYear())),
                null);
        mail.submitted(report);
    }
}

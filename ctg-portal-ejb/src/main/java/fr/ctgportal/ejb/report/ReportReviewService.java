package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.Posts;
import fr.ctgportal.ejb.report.ReportAccess.OnReport;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.Evaluation;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.IndicatorFrame;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The Caf's side of the annual reports: the list of a year with the late ones, the review (accept,
 * which locks the report, or ask for additions), the PDF of a report and the XLSX export.
 */
@Stateless
@Interceptors(DomainRules.class)
public class ReportReviewService extends UseCase {

    @Inject
    private Posts posts;

    @Inject
    private AnnualReports reports;

    @Inject
    private ReportAccess access;

    @Inject
    private Evaluations evaluations;

    @Inject
    private IndicatorFrames frames;

    @Inject
    private ReportMail mail;

    @Inject
    private DocumentStore documents;

    @Inject
    private People people;

    /**
     * One line per post of the caller's territories that owes a report of the year or has one
     * (vacant posts included; "not started" when not opened), late first.
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<ReportSummary> cafReports(int year) {
        return reports.lines(postsInScope(null), List.of(year), LocalDate.now(clock)).stream()
                .sorted(Comparator.comparing((ReportSummary s) -> !s.late())
                        .thenComparing(ReportSummary::territoryName).thenComparing(ReportSummary::postId))
                .toList();
    }

    /** Accepts the report, which locks it, with the annual evaluation of the post. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void accept(long reportId, long expectedVersion, String evaluation) {
        OnReport on = cafChange(reportId, expectedVersion);
        Evaluation annual = on.report().accept(evaluation, on.stamp(), on.today());
        evaluations.add(annual);
        audit.record(on.caller(), AuditAction.REPORT_ACCEPTED, on.report(),
                Texts.text("report.audit.accepted", String.valueOf(on.report().getYear())), annual.getText());
        mail.reviewed(on.report(), "report.accepted", annual.getText());
    }

    /** Sends the report back to its officer with the additions the Caf expects. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void askAdditions(long reportId, long expectedVersion, String comment) {
        OnReport on = cafChange(reportId, expectedVersion);
        on.report().askAdditions(comment, on.stamp());
        audit.record(on.caller(), AuditAction.REPORT_ADDITIONS_ASKED, on.report(), Texts.text("report.audit.additions"),
                on.report().getCafComment());
        mail.reviewed(on.report(), "report.additions", on.report().getCafComment());
    }

    /** The report as a PDF, for everyone who may read it. */
    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload reportPdf(long reportId) {
        OnReport on = access.read(caller(), reportId);
        CooperationPost post = on.report().getPost();
        Evaluation annual = evaluations.ofPost(post).stream()
                .filter(e -> e.getKind() == EvaluationKind.ANNUAL
                        && Integer.valueOf(on.report().getYear()).equals(e.getReportYear()))
                .findFirst().orElse(null);
        return ReportDocuments.pdfDownload(on.view(), post, annual, people);
    }

    /** An attachment of a report, for everyone who may read the report. */
    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload attachment(long reportId, long documentId) {
        OnReport on = access.read(caller(), reportId);
        StoredDocument document = on.report().getAttachments().stream().filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(NotFoundException::new);
        return new DocumentDownload(document.getFileName(), document.getContentType(), documents.read(document));
    }

    /**
     * Every report of a year sent to the Caf in its territories (or in one of them), as a spreadsheet: one
     * row per report, one column per indicator.
     *
     * @param territoryId null for all the caller's territories
     * @throws NotFoundException for a territory outside the caller's scope
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload export(Long territoryId, int year) {
        List<AnnualReport> sent = reports.sentOfPostsInYear(postsInScope(territoryId), year);
        Map<String, String> officers = people.namesOf(sent.stream().map(AnnualReport::getOfficerUsername).toList());
        return ReportDocuments.xlsxDownload(frames.edition(IndicatorFrame.CURRENT_EDITION), sent, year,
                officers::get);
    }

    /**
     * The posts of the caller's territories, or of one of them, with an officer today or not: the
     * reports belong to the post.
     */
    private List<CooperationPost> postsInScope(Long territoryId) {
        Scope scope = scope();
        if (territoryId != null && !scope.coversTerritory(territoryId)) {
            throw new NotFoundException();
        }
        return posts.ofCaf(scope).stream()
                .filter(p -> territoryId == null || p.getTerritory().getId().equals(territoryId)).toList();
    }

    private OnReport cafChange(long reportId, long expectedVersion) {
        return access.forChange(caller(), reportId, expectedVersion, ReportReader.CAF);
    }
}

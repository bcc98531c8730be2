package fr.ctgportal.ejb.report;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.report.ReportAccess.OnReport;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.ejb.post.CafPosts;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.ReportStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The Caf's side of the annual reports: the list of a year with the late ones, the review (accept,
 * which locks the report, or ask for additions), the PDF of a report and the XLSX export.
 */
@Stateless
public class ReportReviewService {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    @Inject
    private ReportAccess access;

    @Inject
    private IndicatorFrames frames;

    @Inject
    private ReportSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private CafPosts cafPosts;

    @Inject
    private fr.ctgportal.ejb.document.DocumentStore documents;

    @Inject
    private Notifications notifications;

    /** Every post with an officer in the caller's territories, with its report of the year (late first). */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public List<ReportSummary> cafReports(int year) {
        return Reports.summaries(em, postsInScope(null), List.of(year), settings).stream()
                .sorted(java.util.Comparator.comparing((ReportSummary s) -> !s.late())
                        .thenComparing(ReportSummary::territoryName).thenComparing(ReportSummary::postId))
                .toList();
    }

    /** Accepts the report, which locks it, with the annual evaluation of the post. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void accept(long reportId, long expectedVersion, String evaluation) {
        OnReport on = submitted(reportId, expectedVersion);
        String text = Reports.required(evaluation, "report.error.evaluation");
        Instant now = Instant.now();
        on.report().accept(on.caller().username(), now);
        em.persist(new fr.ctgportal.model.report.Evaluation(on.report().getPost(),
                fr.ctgportal.model.report.EvaluationKind.ANNUAL, PortalDoctrine.today(), on.report().getYear(), text, null,
                on.caller().username(), now));
        audit.record(on.caller(), "REPORT_ACCEPTED", Reports.ENTITY, reportId, "rapport " + on.report().getYear()
                + " accepté, évaluation annuelle", text);
        tell(on.report(), "report.accepted", "");
    }

    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public void askAdditions(long reportId, long expectedVersion, String comment) {
        OnReport on = submitted(reportId, expectedVersion);
        String text = Reports.required(comment, "report.error.comment");
        on.report().askAdditions(text, on.caller().username(), Instant.now());
        audit.record(on.caller(), "REPORT_ADDITIONS_ASKED", Reports.ENTITY, reportId, "compléments demandés", text);
        tell(on.report(), "report.additions", text);
    }

    /** The report as a PDF, for everyone who may read it. */
    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload reportPdf(long reportId) {
        OnReport on = access.read(Caller.of(context), reportId);
        ReportView view = ReportView.of(on.report(), frames.edition(on.report().getEdition()), on.reader(),
                PortalDoctrine.today());
        return new DocumentDownload("rapport-" + view.year() + "-poste-" + view.postId() + ".pdf", "application/pdf",
                ReportDocuments.pdf(view));
    }

    /** An attachment of a report, for everyone who may read the report. */
    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload attachment(long reportId, long documentId) {
        OnReport on = access.read(Caller.of(context), reportId);
        var document = on.report().getAttachments().stream().filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(NotFoundException::new);
        return new DocumentDownload(document.getFileName(), document.getContentType(), documents.read(document));
    }

    /**
     * Every report of a year sent to the Caf in its territories (or in one of them), as a spreadsheet: one
     * row per report, one column per indicator.
     *
     * @param territoryId null for all the caller's territories
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload export(Long territoryId, int year) {
        List<CooperationPost> posts = postsInScope(territoryId);
        List<AnnualReport> reports = posts.isEmpty() ? List.of() : em.createQuery("select r from AnnualReport r "
                        + "join fetch r.post p join fetch p.territory join fetch p.employer where r.post in :posts "
                        + "and r.year = :y and r.status <> :draft order by p.territory.name, p.id", AnnualReport.class)
                .setParameter("posts", posts).setParameter("y", year).setParameter("draft", ReportStatus.DRAFT)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "r.answers")
                .getResultList();
        return new DocumentDownload("rapports-" + year + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ReportDocuments.xlsx(frames.edition(fr.ctgportal.model.report.IndicatorFrame.CURRENT_EDITION), reports));
    }

    /** The posts with an officer in the caller's territories, or in one of them. */
    private List<CooperationPost> postsInScope(Long territoryId) {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        if (territoryId != null && !scope.coversTerritory(territoryId)) {
            throw new NotFoundException();
        }
        return cafPosts.of(scope).stream().filter(p -> p.getOfficerUsername() != null)
                .filter(p -> territoryId == null || p.getTerritory().getId().equals(territoryId)).toList();
    }

    private OnReport submitted(long reportId, long expectedVersion) {
        OnReport on = access.lock(Caller.of(context), reportId, expectedVersion);
        if (on.reader() != ReportReader.CAF) {
            throw new NotFoundException();
        }
        if (on.report().getStatus() != ReportStatus.SUBMITTED) {
            throw new InvalidInputException("report.error.notSubmitted");
        }
        return on;
    }

    /** Tells the employer's HR, who passes it on to its officer (the portal knows no officer's address). */
    private void tell(AnnualReport report, String event, String detail) {
        CooperationPost post = report.getPost();
        Object[] args = {post.getTitle(), post.getEmployer().getName(), String.valueOf(report.getYear()), detail};
        notifications.toAuthority(post.getEmployer(), event, "/collectivite/rapports/rapport.xhtml?id=" + report.getId(),
                args);
    }
}

package fr.ctgportal.ejb.report;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.report.ReportAccess.OnReport;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.report.ReportAnswer;
import fr.ctgportal.model.report.ReportStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The annual report on the officer's side and the employer's: open it for a year, fill it as a
 * draft, attach PDFs, submit it once complete; the employer's HR adds its remarks.
 */
@Stateless
public class AnnualReportService {

    static final int MAX_TEXT = 4000;
    private static final int MAX_COUNT = 100_000;

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
    private DocumentStore documents;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifications notifications;

    /** The officer's posts and their reports of last year and this year, opened or not. */
    @RolesAllowed(COOPERATION_OFFICER)
    public List<ReportSummary> myReports() {
        Caller caller = Caller.of(context);
        List<CooperationPost> posts = em.createQuery("select p from CooperationPost p join fetch p.territory "
                + "join fetch p.employer where p.officerUsername = :me order by p.id", CooperationPost.class)
                .setParameter("me", caller.username()).getResultList();
        return Reports.summaries(em, posts, recentYears(), settings);
    }

    /** The reports of the posts of the caller's authority, for the two recent years. */
    @RolesAllowed(AUTHORITY_HR)
    public List<ReportSummary> authorityReports() {
        Scope scope = tenancy.scopeOf(Caller.of(context));
        if (scope.authorityIds().isEmpty()) {
            return List.of();
        }
        List<CooperationPost> posts = em.createQuery("select p from CooperationPost p join fetch p.territory "
                + "join fetch p.employer where p.employer.id in :ids and p.officerUsername is not null order by p.id",
                CooperationPost.class).setParameter("ids", scope.authorityIds()).getResultList();
        return Reports.summaries(em, posts, recentYears(), settings);
    }

    /** The officer opens the report of a post they hold, for last year or this year. */
    @RolesAllowed(COOPERATION_OFFICER)
    public long open(long postId, int year) {
        Caller caller = Caller.of(context);
        CooperationPost post = em.find(CooperationPost.class, postId, LockModeType.PESSIMISTIC_WRITE);
        if (post == null || !caller.username().equals(post.getOfficerUsername())) {
            throw new NotFoundException();
        }
        if (!recentYears().contains(year)) {
            int now = PortalDoctrine.today().getYear();
            throw new InvalidInputException("report.error.year", String.valueOf(now - 1), String.valueOf(now));
        }
        boolean taken = !em.createQuery("select r.id from AnnualReport r where r.post = :p and r.year = :y", Long.class)
                .setParameter("p", post).setParameter("y", year).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("report.error.alreadyOpen", String.valueOf(year));
        }
        AnnualReport report = new AnnualReport(post, caller.username(), year, IndicatorFrame.CURRENT_EDITION,
                post.isCtgLead(), settings.dueDate(year));
        em.persist(report);
        em.flush();
        audit.record(caller, "REPORT_OPENED", Reports.ENTITY, report.getId(), "rapport " + year + ", poste " + postId, null);
        return report.getId();
    }

    @RolesAllowed({COOPERATION_OFFICER, AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public ReportView findReport(long reportId) {
        OnReport on = access.read(Caller.of(context), reportId);
        return ReportView.of(on.report(), frames.edition(on.report().getEdition()), on.reader(), PortalDoctrine.today());
    }

    /** The officer saves the draft as it is, complete or not. */
    @RolesAllowed(COOPERATION_OFFICER)
    public void saveDraft(long reportId, long expectedVersion, List<AnswerInput> answers, Map<String, String> functionTexts) {
        save(editable(reportId, expectedVersion), answers, functionTexts);
    }

    /** The officer attaches a PDF (minutes of a steering committee, information material). */
    @RolesAllowed(COOPERATION_OFFICER)
    public void attach(long reportId, long expectedVersion, Upload upload) {
        OnReport on = editable(reportId, expectedVersion);
        on.report().attach(documents.storePdf(upload, on.caller()), Instant.now());
        audit.record(on.caller(), "REPORT_ATTACHMENT", Reports.ENTITY, reportId, upload.fileName(), null);
    }

    /** The officer submits the report once every indicator and function text is filled. */
    @RolesAllowed(COOPERATION_OFFICER)
    public void submit(long reportId, long expectedVersion) {
        send(editable(reportId, expectedVersion));
    }

    /**
     * Saves what the officer typed and submits it, in one step: if it is not complete, nothing is
     * saved and the missing items are listed.
     */
    @RolesAllowed(COOPERATION_OFFICER)
    public void submit(long reportId, long expectedVersion, List<AnswerInput> answers, Map<String, String> functionTexts) {
        OnReport on = editable(reportId, expectedVersion);
        save(on, answers, functionTexts);
        send(on);
    }

    private void send(OnReport on) {
        long reportId = on.report().getId();
        AnnualReport report = on.report();
        List<String> missing = frames.edition(report.getEdition())
                .missing(report.answersByCode(), report.getFunctionTexts(), report.isCtgLead());
        if (!missing.isEmpty()) {
            throw new InvalidInputException("report.error.missing", String.join(", ", missing));
        }
        boolean again = report.getStatus() == ReportStatus.TO_COMPLETE;
        report.submit(Instant.now());
        audit.record(on.caller(), "REPORT_SUBMITTED", Reports.ENTITY, reportId, "rapport " + report.getYear()
                + (again ? " complété" : ""), null);
        CooperationPost post = report.getPost();
        Object[] args = {post.getTitle(), post.getEmployer().getName(), String.valueOf(report.getYear())};
        notifications.toCaf(post.getTerritory(), "report.submitted", "/caf/rapports/rapport.xhtml?id=" + reportId, args);
        notifications.toAuthority(post.getEmployer(), "report.submitted", "/collectivite/rapports/rapport.xhtml?id="
                + reportId, args);
    }

    /** The employer's HR adds its remarks while the Caf has not accepted the report. */
    @RolesAllowed(AUTHORITY_HR)
    public void remark(long reportId, long expectedVersion, String remarks) {
        OnReport on = access.lock(Caller.of(context), reportId, expectedVersion);
        if (on.reader() != ReportReader.EMPLOYER) {
            throw new NotFoundException();
        }
        if (on.report().getStatus() == ReportStatus.ACCEPTED || on.report().getStatus() == ReportStatus.DRAFT) {
            throw new InvalidInputException("report.error.remarkState");
        }
        String text = Reports.required(remarks, "report.error.remarks");
        on.report().remark(text, on.caller().username(), Instant.now());
        audit.record(on.caller(), "REPORT_REMARKS", Reports.ENTITY, reportId, "remarques de l’employeur", text);
    }

    private void save(OnReport on, List<AnswerInput> answers, Map<String, String> functionTexts) {
        IndicatorFrame frame = frames.edition(on.report().getEdition());
        Map<String, FrameIndicator> known = frame.indicators().stream()
                .collect(Collectors.toMap(FrameIndicator::code, i -> i));
        List<ReportAnswer> kept = new ArrayList<>();
        if (answers.stream().map(AnswerInput::indicatorCode).distinct().count() != answers.size()) {
            throw new InvalidInputException("report.error.unknownIndicator");
        }
        for (AnswerInput a : answers) {
            FrameIndicator indicator = known.get(a.indicatorCode());
            if (indicator == null || indicator.leadOnly() && !on.report().isCtgLead()) {
                throw new InvalidInputException("report.error.unknownIndicator");
            }
            if (a.count() != null && (a.count() < 0 || a.count() > MAX_COUNT)) {
                throw new InvalidInputException("report.error.count", indicator.code(), String.valueOf(MAX_COUNT));
            }
            String text = a.text() == null || a.text().isBlank() ? null : a.text().strip();
            if (text != null && text.length() > MAX_TEXT) {
                throw new InvalidInputException("report.error.textTooLong", indicator.code(), String.valueOf(MAX_TEXT));
            }
            if (a.count() != null || text != null) {
                kept.add(new ReportAnswer(a.indicatorCode(), a.count(), text));
            }
        }
        for (Map.Entry<String, String> t : functionTexts.entrySet()) {
            if (frame.functions().stream().noneMatch(f -> f.code().equals(t.getKey()))) {
                throw new InvalidInputException("report.error.unknownIndicator");
            }
            if (t.getValue() != null && t.getValue().strip().length() > MAX_TEXT) {
                throw new InvalidInputException("report.error.textTooLong", t.getKey(), String.valueOf(MAX_TEXT));
            }
        }
        on.report().saveDraft(kept, functionTexts, Instant.now());
        audit.record(on.caller(), "REPORT_SAVED", Reports.ENTITY, on.report().getId(),
                kept.size() + " indicateur(s) renseigné(s)", null);
    }

    private OnReport editable(long reportId, long expectedVersion) {
        OnReport on = access.lock(Caller.of(context), reportId, expectedVersion);
        if (on.reader() != ReportReader.OFFICER) {
            throw new NotFoundException();
        }
        if (!on.report().getStatus().editable()) {
            throw new InvalidInputException("report.error.locked");
        }
        return on;
    }

    private static List<Integer> recentYears() {
        int now = PortalDoctrine.today().getYear();
        return List.of(now - 1, now);
    }
}

package fr.ctgportal.ejb.report;

import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.post.PostAccess.OnPost;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.Evaluation;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.report.RenewalConclusion;
import fr.ctgportal.model.report.ReportAnswer;
import fr.ctgportal.model.report.ReportStatus;
import fr.ctgportal.model.shared.Side;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Caf's evaluations of a post: intermediate ones during the year, the annual one with the
 * accepted report ({@link ReportReviewService#accept}), and the end-of-term one before a renewal,
 * which looks at every indicator year by year and records the Caf's conclusion.
 */
@Stateless
public class EvaluationService {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private PostAccess access;

    @Inject
    private IndicatorFrames frames;

    @Inject
    private AuditTrail audit;

    /** The evaluations of a post, newest first, for its employer's HR and the Caf of its territory. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<EvaluationView> postEvaluations(long postId) {
        OnPost on = access.read(Caller.of(context), postId);
        return em.createQuery("select e from Evaluation e where e.post = :p order by e.evaluatedOn desc, e.id desc",
                Evaluation.class).setParameter("p", on.post()).getResultList().stream().map(EvaluationView::of).toList();
    }

    /**
     * The Caf writes an intermediate or an end-of-term evaluation; an end-of-term one needs the
     * conclusion (renew, renew with conditions, do not renew), the others have none.
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public long write(long postId, EvaluationKind kind, LocalDate evaluatedOn, String text, RenewalConclusion conclusion) {
        OnPost on = access.lock(Caller.of(context), postId);
        if (on.side() != Side.CAF) {
            throw new NotFoundException();
        }
        if (kind == null || kind == EvaluationKind.ANNUAL) {
            throw new InvalidInputException("evaluation.error.kind");
        }
        if (evaluatedOn == null || evaluatedOn.isAfter(PortalDoctrine.today())) {
            throw new InvalidInputException("evaluation.error.date");
        }
        if (kind == EvaluationKind.END_OF_TERM && conclusion == null) {
            throw new InvalidInputException("evaluation.error.conclusion");
        }
        String why = Reports.required(text, "evaluation.error.text");
        Evaluation e = new Evaluation(on.post(), kind, evaluatedOn, null, why,
                kind == EvaluationKind.END_OF_TERM ? conclusion : null, on.caller().username(), Instant.now());
        em.persist(e);
        em.flush();
        audit.record(on.caller(), "EVALUATION_WRITTEN", "CooperationPost", postId, Texts.label("evaluation", kind)
                + " du " + DoctrineFormats.date(evaluatedOn)
                + (e.getConclusion() == null ? "" : " : " + Texts.label("conclusion", e.getConclusion())), why);
        return e.getId();
    }

    /** Every indicator year by year for the post and its territory, from the sent and accepted reports. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public IndicatorHistory history(long postId) {
        OnPost on = access.read(Caller.of(context), postId);
        if (on.side() != Side.CAF) {
            throw new NotFoundException();
        }
        List<AnnualReport> territoryReports = em.createQuery("select r from AnnualReport r join fetch r.post p "
                        + "where p.territory = :t and r.status in :sent order by r.year", AnnualReport.class)
                .setParameter("t", on.post().getTerritory())
                .setParameter("sent", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)).getResultList();
        TreeSet<Integer> years = new TreeSet<>();
        territoryReports.stream().filter(r -> r.getPost().getId().equals(postId)).forEach(r -> years.add(r.getYear()));
        IndicatorFrame frame = frames.edition(IndicatorFrame.CURRENT_EDITION);
        List<IndicatorHistory.Line> lines = new ArrayList<>();
        for (FrameIndicator i : frame.indicators()) {
            Map<Integer, Integer> post = new TreeMap<>();
            Map<Integer, Integer> territory = new TreeMap<>();
            Map<Integer, String> texts = new TreeMap<>();
            for (AnnualReport r : territoryReports) {
                if (!years.contains(r.getYear())) {
                    continue;
                }
                ReportAnswer a = r.answersByCode().get(i.code());
                if (a == null) {
                    continue;
                }
                if (a.getCountValue() != null) {
                    territory.merge(r.getYear(), a.getCountValue(), Integer::sum);
                }
                if (r.getPost().getId().equals(postId)) {
                    if (a.getCountValue() != null) {
                        post.put(r.getYear(), a.getCountValue());
                    }
                    if (a.getTextValue() != null) {
                        texts.put(r.getYear(), a.getTextValue());
                    }
                }
            }
            lines.add(new IndicatorHistory.Line(i.code(), i.wording(), post, territory, texts));
        }
        return new IndicatorHistory(postId, on.post().getTitle(), on.post().getTerritory().getName(),
                List.copyOf(years), lines);
    }
}

package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.post.PostAccess;
import fr.ctgportal.ejb.usecase.UseCase;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.network.NetworkMeeting;
import fr.ctgportal.ejb.platform.DomainRules;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.Evaluation;
import fr.ctgportal.model.report.EvaluationKind;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.report.RenewalConclusion;
import fr.ctgportal.model.report.ReportAnswer;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
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
@Interceptors(DomainRules.class)
public class EvaluationService extends UseCase {

    @Inject
    private PostAccess access;

    @Inject
    private Evaluations evaluations;

    @Inject
    private AnnualReports reports;

    @Inject
    private IndicatorFrames frames;

    @Inject
    private DocumentStore documents;

    /** The evaluations of a post, newest first, for its employer's HR and the Caf of its territory. */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public List<EvaluationView> postEvaluations(long postId) {
        CooperationPost post = access.read(caller(), postId).post();
        return evaluations.ofPost(post).stream().map(EvaluationView::of).toList();
    }

    /**
     * The Caf writes an intermediate or an end-of-term evaluation; an end-of-term one needs the
     * conclusion (renew, renew with conditions, do not renew), the others have none.
     *
     * @return the new evaluation's id
     * @throws fr.ctgportal.ejb.platform.NotFoundException unless the caller is the Caf of the post
     * @throws fr.ctgportal.ejb.platform.InvalidInputException as {@link Evaluation#written} refuses it
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public long write(long postId, EvaluationKind kind, LocalDate evaluatedOn, String text,
            RenewalConclusion conclusion) {
        return write(postId, kind, evaluatedOn, text, conclusion, null, null);
    }

    /**
     * As {@link #write(long, EvaluationKind, LocalDate, String, RenewalConclusion)}, for an
     * intermediate evaluation that comes from a network meeting, with the meeting's minutes (PDF).
     *
     * @param meetingId the network meeting, or null
     * @param minutes   the minutes of that meeting, or null
     * @throws fr.ctgportal.ejb.platform.NotFoundException for an unknown meeting
     * @throws fr.ctgportal.ejb.platform.InvalidInputException as {@link Evaluation#cameFrom} or the
     *         document store refuse it ({@code document.error.notPdf}...)
     */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public long write(long postId, EvaluationKind kind, LocalDate evaluatedOn, String text,
            RenewalConclusion conclusion, Long meetingId, Upload minutes) {
        Caller caller = caller();
        CooperationPost post = access.asSide(caller, postId, Side.CAF);
        // Lock the post: its evaluations are a part of it that the compliance plan reads.
        records.lock(post);
        Evaluation e = Evaluation.written(post, kind, evaluatedOn, text, conclusion,
                Stamp.of(caller.username(), clock.instant()), LocalDate.now(clock));
        e.cameFrom(meetingId == null ? null : records.find(NetworkMeeting.class, meetingId),
                minutes == null ? null : () -> documents.storePdf(minutes, caller));
        evaluations.add(e);
        String what = Texts.label("evaluation", kind);
        String on = DoctrineFormats.date(evaluatedOn);
        String detail = e.getMeeting() != null
                ? Texts.text("evaluation.audit.fromMeeting", what, on, e.getMeeting().getTitle(),
                        DoctrineFormats.date(e.getMeeting().getHeldOn()),
                        e.getMinutes() == null
                                ? ""
                                : Texts.text("evaluation.audit.minutes", e.getMinutes().getFileName()))
                : e.getConclusion() == null
                        ? Texts.text("evaluation.audit.written", what, on)
                        : Texts.text("evaluation.audit.concluded", what, on,
                                Texts.label("conclusion", e.getConclusion()));
        audit.record(caller, AuditAction.EVALUATION_WRITTEN, post, detail, e.getText());
        return e.getId();
    }

    /**
     * The minutes of the meeting an evaluation comes from, for those who see the post's evaluations.
     *
     * @throws fr.ctgportal.ejb.platform.NotFoundException for an unknown evaluation, one without
     *         minutes, or a caller who does not see its post
     */
    @RolesAllowed({AUTHORITY_HR, CAF_ADVISOR, CAF_MANAGER})
    public DocumentDownload minutes(long evaluationId) {
        Evaluation e = records.find(Evaluation.class, evaluationId);
        access.read(caller(), e.getPost().getId());
        StoredDocument document = e.getMinutes();
        if (document == null) {
            throw new NotFoundException();
        }
        return new DocumentDownload(document.getFileName(), document.getContentType(), documents.read(document));
    }

    /** Every indicator year by year for the post and its territory, from the sent and accepted reports. */
    @RolesAllowed({CAF_ADVISOR, CAF_MANAGER})
    public IndicatorHistory history(long postId) {
        CooperationPost post = access.asSide(caller(), postId, Side.CAF);
        List<AnnualReport> territoryReports = reports.submittedOrAcceptedInTerritory(post.getTerritory());
        TreeSet<Integer> years = new TreeSet<>();
        territoryReports.stream().filter(r -> r.getPost().getId().equals(postId)).forEach(r -> years.add(r.getYear()));
        IndicatorFrame frame = frames.edition(IndicatorFrame.CURRENT_EDITION);
        List<IndicatorHistory.Line> lines = new ArrayList<>();
        for (FrameIndicator i : frame.indicators()) {
            Map<Integer, Integer> postCounts = new TreeMap<>();
            Map<Integer, Integer> territoryCounts = new TreeMap<>();
            Map<Integer, String> texts = new TreeMap<>();
            for (AnnualReport r : territoryReports) {
                ReportAnswer a = years.contains(r.getYear()) ? r.answersByCode().get(i.code()) : null;
                if (a == null) {
                    continue;
                }
                if (a.getCountValue() != null) {
                    territoryCounts.merge(r.getYear(), a.getCountValue(), Integer::sum);
                }
                if (r.getPost().getId().equals(postId)) {
                    if (a.getCountValue() != null) {
                        postCounts.put(r.getYear(), a.getCountValue());
                    }
                    if (a.getTextValue() != null) {
                        texts.put(r.getYear(), a.getTextValue());
                    }
                }
            }
            lines.add(new IndicatorHistory.Line(i.code(), i.wording(), postCounts, territoryCounts, texts));
        }
        return new IndicatorHistory(postId, post.getTitle(), post.getTerritory().getName(), List.copyOf(years), lines);
    }
}

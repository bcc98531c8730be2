package fr.ctgportal.ejb.compliance;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.ejb.funding.FundingDecisions;
import fr.ctgportal.ejb.network.NetworkMeetings;
import fr.ctgportal.ejb.report.Evaluations;
import fr.ctgportal.ejb.weighing.Weighings;
import fr.ctgportal.model.compliance.Milestones;
import fr.ctgportal.model.compliance.PostFacts;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.InvalidSituationException;
import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.doctrine.PostOrigin;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.PostStatus;
import fr.ctgportal.model.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads, in a few queries (through the repositories of the weighings, decisions and evaluations),
 * what the data say of a set of posts and computes their milestones.
 */
@ApplicationScoped
public class MilestoneFacts {

    @Inject
    private NetworkMeetings meetings;

    @Inject
    private Clock clock;

    @Inject
    private PortalDoctrine doctrine;

    @Inject
    private Weighings weighings;

    @Inject
    private FundingDecisions decisions;

    @Inject
    private Evaluations evaluations;

    /** @return the milestones of these posts (their territory and employer fetched), in the same order */
    List<PostMilestones> of(Collection<CooperationPost> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        Set<Long> agreed = weighings.postIdsAgreedAmong(posts);
        // Only what the milestones need of the approved decisions, in one query.
        Map<Long, List<Decided>> approved = decisions.approvedOfPosts(posts).stream()
                .map(r -> new Decided((Long) r[0], (Integer) r[1], (Long) r[2], (BigDecimal) r[3],
                        (CompliancePhase) r[4]))
                .collect(Collectors.groupingBy(Decided::postId));
        // Phase 1 is met when the post's evaluations exist in the portal (or the Caf recorded them set up).
        Set<Long> evaluated = evaluations.postIdsAmong(posts);
        Set<Long> missed = missedLastMeeting(posts);
        LocalDate today = LocalDate.now(clock);
        return posts.stream().map(p -> {
            Territory t = p.getTerritory();
            List<Decided> decisions = approved.getOrDefault(p.getId(), List.of());
            Optional<Decided> sinceRenewal = latest(decisions, CompliancePhase.PHASE_2, CompliancePhase.PHASE_3);
            Optional<Decided> sincePhase3 = latest(decisions, CompliancePhase.PHASE_3);
            Set<PostFunction> functions = p.getFunctions();
            PostFacts facts = new PostFacts(p.getEvaluationsSetUpOn() != null || evaluated.contains(p.getId()),
                    agreed.contains(p.getId()),
                    p.getCooperationShare().compareTo(minimumShare(p, today)) < 0
                            || functions.contains(PostFunction.ADMINISTRATIVE_ASSISTANT),
                    functions.contains(PostFunction.DIRECTOR), sinceRenewal.isPresent(),
                    sinceRenewal.map(d -> d.cafFunding().signum() > 0).orElse(false), sincePhase3.isPresent(),
                    sincePhase3.map(d -> d.cafFunding().signum() > 0).orElse(false),
                    p.getFundingEndedOn() != null || p.isUnfundedByOpinion(), !decisions.isEmpty());
            return new PostMilestones(p.getId(), p.getVersion(), p.getTitle(), p.getEmployer().getName(), t.getName(),
                    phaseOf(t, today), Milestones.of(facts, t.getCtgRenewal(), t.getPhase3Deadline(), today),
                    p.getEvaluationsSetUpOn(), p.getStatus() == PostStatus.FILLED && missed.contains(p.getId()),
                    p.getFundingEndedOn());
        }).toList();
    }

    /** An approved decision, as far as the milestones are concerned. */
    private record Decided(long postId, int year, long id, BigDecimal cafFunding, CompliancePhase phase) {
    }

    /** The doctrine's minimum cooperation share for the post: a new post meets the stricter one. */
    private BigDecimal minimumShare(CooperationPost p, LocalDate today) {
        DoctrineParameter minimum = p.getOrigin() == PostOrigin.DEVELOPMENT
                ? DoctrineParameter.MIN_NEW_POST_SHARE
                : DoctrineParameter.MIN_COOPERATION_SHARE;
        return doctrine.parameters().valueAt(minimum, today).map(v -> v.value()).orElse(BigDecimal.ZERO);
    }

    /** @return the territory's phase today, or null when its dates are inconsistent */
    static CompliancePhase phaseOf(Territory t, LocalDate today) {
        try {
            return CompliancePhase.at(t.getCtgRenewal(), t.getPhase3Deadline(), today);
        } catch (InvalidSituationException e) {
            return null;
        }
    }

    /** Posts absent from the latest departmental network meeting whose attendance was taken, among these. */
    private Set<Long> missedLastMeeting(Collection<CooperationPost> posts) {
        return meetings.latestWithAttendance().map(last -> {
            Set<Long> present = last.getPresent().stream().map(CooperationPost::getId).collect(Collectors.toSet());
            return posts.stream().map(CooperationPost::getId).filter(id -> !present.contains(id))
                    .collect(Collectors.toSet());
        }).orElse(Set.<Long>of());
    }

    /** The latest decision (by year) computed under one of these phases' rules. */
    private static Optional<Decided> latest(List<Decided> decisions, CompliancePhase... phases) {
        List<CompliancePhase> wanted = List.of(phases);
        return decisions.stream().filter(d -> wanted.contains(d.phase()))
                .max(Comparator.comparingInt(Decided::year).thenComparingLong(Decided::id));
    }
}

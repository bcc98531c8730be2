package fr.ctgportal.ejb.compliance;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.model.compliance.Milestones;
import fr.ctgportal.model.compliance.PostFacts;
import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.DoctrineParameter;
import fr.ctgportal.model.doctrine.InvalidSituationException;
import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.funding.DecisionStatus;
import fr.ctgportal.model.funding.PostFundingDecision;
import fr.ctgportal.model.network.NetworkMeeting;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.PostStatus;
import fr.ctgportal.model.territory.Territory;
import fr.ctgportal.model.weighing.WeighingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads, in a few queries, what the data say of a set of posts and computes their milestones. */
@ApplicationScoped
public class MilestoneFacts {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    public List<PostMilestones> of(Collection<CooperationPost> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        Set<Long> agreed = new HashSet<>(em.createQuery("select w.post.id from Weighing w where w.status = :agreed "
                + "and w.post in :posts", Long.class).setParameter("agreed", WeighingStatus.AGREED)
                .setParameter("posts", posts).getResultList());
        Map<Long, List<PostFundingDecision>> approved = em.createQuery("select d from PostFundingDecision d "
                        + "where d.status = :approved and d.post in :posts", PostFundingDecision.class)
                .setParameter("approved", DecisionStatus.APPROVED).setParameter("posts", posts).getResultList()
                .stream().collect(Collectors.groupingBy(d -> d.getPost().getId()));
        Set<Long> missed = missedLastMeeting(posts);
        LocalDate today = PortalDoctrine.today();
        BigDecimal minShare = PortalDoctrine.parameters().valueAt(DoctrineParameter.MIN_COOPERATION_SHARE, today)
                .map(v -> v.value()).orElse(BigDecimal.ZERO);
        return posts.stream().map(p -> {
            Territory t = p.getTerritory();
            List<PostFundingDecision> decisions = approved.getOrDefault(p.getId(), List.of());
            Optional<PostFundingDecision> sinceRenewal = latestFrom(decisions, t.getCtgRenewal());
            Optional<PostFundingDecision> sincePhase3 = latestFrom(decisions, t.getPhase3Deadline());
            Set<PostFunction> functions = p.getFunctions();
            PostFacts facts = new PostFacts(p.getEvaluationsSetUpOn() != null, agreed.contains(p.getId()),
                    p.getCooperationShare().compareTo(minShare) < 0 || functions.contains(PostFunction.ADMINISTRATIVE_ASSISTANT),
                    functions.contains(PostFunction.DIRECTOR), sinceRenewal.isPresent(),
                    sinceRenewal.map(d -> d.getCafFunding().signum() > 0).orElse(false), sincePhase3.isPresent(),
                    sincePhase3.map(d -> d.getCafFunding().signum() > 0).orElse(false));
            return new PostMilestones(p.getId(), p.getVersion(), p.getTitle(), p.getEmployer().getName(), t.getName(),
                    phaseOf(t, today), Milestones.of(facts, t.getCtgRenewal(), t.getPhase3Deadline(), today),
                    p.getEvaluationsSetUpOn(), p.getStatus() == PostStatus.FILLED && missed.contains(p.getId()));
        }).toList();
    }

    /** @return the territory's phase today, or null when its dates are inconsistent */
    static CompliancePhase phaseOf(Territory t, LocalDate today) {
        try {
            return CompliancePhase.at(t.getCtgRenewal(), t.getPhase3Deadline(), today);
        } catch (InvalidSituationException e) {
            return null;
        }
    }

    /** Posts absent from the latest departmental network meeting, among these. */
    private Set<Long> missedLastMeeting(Collection<CooperationPost> posts) {
        List<NetworkMeeting> last = em.createQuery("select m from NetworkMeeting m order by m.heldOn desc, m.id desc",
                NetworkMeeting.class).setMaxResults(1).getResultList();
        if (last.isEmpty()) {
            return Set.of();
        }
        Set<Long> present = last.get(0).getPresent().stream().map(CooperationPost::getId).collect(Collectors.toSet());
        return posts.stream().map(CooperationPost::getId).filter(id -> !present.contains(id)).collect(Collectors.toSet());
    }

    private static Optional<PostFundingDecision> latestFrom(List<PostFundingDecision> decisions, LocalDate from) {
        if (from == null) {
            return Optional.empty();
        }
        return decisions.stream().filter(d -> d.getYear() >= from.getYear())
                .max(Comparator.comparingInt(PostFundingDecision::getYear).thenComparing(PostFundingDecision::getId));
    }
}

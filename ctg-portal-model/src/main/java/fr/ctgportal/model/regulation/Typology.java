package fr.ctgportal.model.regulation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * The typology of a set of posts, as the Caf's study counts it (doctrine of 15/11/2024: 26 % of the
 * officers are heads of service or DGS, 15.61 FTE, 24 % of the FTE; 11 % administrative agents, 4.53
 * FTE, 7 %; 14 % spend under 25 % of their time on the function): for each group, the number of
 * posts, their cooperation FTE, and both as shares of the whole. Shares are null ("—") for an empty set.
 *
 * @param posts          number of posts counted
 * @param fte            their cooperation FTE
 * @param directors      heads of service, DGS, DGA, secrétaires généraux
 * @param assistants     administrative agents
 * @param underThreshold posts whose cooperation share is under the doctrine's minimum (25 %)
 */
public record Typology(int posts, BigDecimal fte, Group directors, Group assistants, Group underThreshold)
        implements
            Serializable {

    /**
     * One group of posts.
     *
     * @param count      posts in the group
     * @param fte        their cooperation FTE
     * @param countShare count / all posts, a fraction; null when there is no post
     * @param fteShare   FTE / all FTE, a fraction; null when there is no FTE
     */
    public record Group(int count, BigDecimal fte, BigDecimal countShare, BigDecimal fteShare) implements Serializable {
    }

    /**
     * @param posts    the posts to count
     * @param minShare the doctrine's minimum cooperation share in force (a fraction, 0.25)
     * @return their typology
     */
    public static Typology of(List<PostProfile> posts, BigDecimal minShare) {
        BigDecimal fte = fte(posts);
        return new Typology(posts.size(), fte, group(posts, fte, PostProfile::director),
                group(posts, fte, PostProfile::administrativeAssistant),
                group(posts, fte, p -> p.cooperationShare() != null && p.cooperationShare().compareTo(minShare) < 0));
    }

    private static Group group(List<PostProfile> all, BigDecimal allFte, Predicate<PostProfile> in) {
        List<PostProfile> members = all.stream().filter(in).toList();
        BigDecimal fte = fte(members);
        return new Group(members.size(), fte,
                RegulationIndicators.divide(BigDecimal.valueOf(members.size()), BigDecimal.valueOf(all.size()), 4),
                RegulationIndicators.divide(fte, allFte, 4));
    }

    private static BigDecimal fte(List<PostProfile> posts) {
        return posts.stream().map(PostProfile::cooperationFte).filter(f -> f != null).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}

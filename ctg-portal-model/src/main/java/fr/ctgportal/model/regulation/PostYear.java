package fr.ctgportal.model.regulation;

import fr.ctgportal.model.doctrine.FundingDecision;
import java.math.BigDecimal;
import java.util.Set;

/**
 * One post in one year of the redeployment outlook: today's pilotage bonus and what the doctrine funds
 * under the territory's phase at that date.
 *
 * @param postId          the post
 * @param year            the year
 * @param profile         the post, as the typology counts it
 * @param bonus           the pilotage bonus paid today, in €
 * @param doctrineFunding the Caf funding the doctrine gives at that date, in € (0 when not funded)
 * @param funded          whether the doctrine funds it at that date
 * @param causes          what makes the doctrine fund it less than in full ({@link OutlookCause#of})
 */
public record PostYear(long postId, int year, PostProfile profile, BigDecimal bonus, BigDecimal doctrineFunding,
        boolean funded, Set<OutlookCause> causes) {

    public PostYear {
        causes = Set.copyOf(causes);
    }

    /**
     * A post's year from the doctrine's decision under the territory's phase at that date (the one reading of a
     * decision the outlook and the typology by year use).
     *
     * @param decision the doctrine's decision; null when the post could not be evaluated (nothing funded)
     * @param bonus    today's pilotage bonus, in € (null: none)
     */
    public static PostYear of(long postId, int year, PostProfile profile, BigDecimal bonus,
            FundingDecision decision) {
        return new PostYear(postId, year, profile, bonus == null ? BigDecimal.ZERO : bonus,
                decision == null ? BigDecimal.ZERO : decision.cafFunding(), decision != null && decision.funded(),
                OutlookCause.of(decision));
    }
}

package fr.ctgportal.model.regulation;

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
}

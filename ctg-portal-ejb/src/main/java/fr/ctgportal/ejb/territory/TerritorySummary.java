package fr.ctgportal.ejb.territory;

import fr.ctgportal.model.doctrine.CompliancePhase;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A territory's line in the Caf's list: public figures and its posts' totals.
 *
 * @param currentFunding   the pilotage bonus paid today (historical amounts)
 * @param phase            the territory's compliance phase today; null when its dates are inconsistent
 * @param doctrineFunding  sum over the posts of the Caf funding the doctrine gives today (posts it
 *                         could not evaluate count for nothing)
 * @param unevaluatedPosts posts the doctrine could not evaluate (inconsistent dates, invalid figures)
 * @param doctrineProblem  the doctrine's French explanation of the first such post, else null
 */
public record TerritorySummary(long id, String name, String leadAuthorityName, int population, BigDecimal areaKm2,
        int familyServiceStructures, LocalDate ctgStart, LocalDate ctgEnd,
        LocalDate ctgRenewal, long postCount, BigDecimal cooperationFte,
        BigDecimal currentFunding, CompliancePhase phase, BigDecimal doctrineFunding,
        long unevaluatedPosts, String doctrineProblem) implements Serializable {
}

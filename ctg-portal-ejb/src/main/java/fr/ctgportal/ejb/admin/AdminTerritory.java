package fr.ctgportal.ejb.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A territory as the administration area shows it.
 *
 * @param population      inhabitants
 * @param areaKm2         km²
 * @param advisorNames    the advisors following it; empty when it has none (the page says so)
 */
public record AdminTerritory(long id, long version, String siren, String name, int population, BigDecimal areaKm2,
        int familyServiceStructures, LocalDate ctgStart, LocalDate ctgEnd, LocalDate ctgRenewal, Long leadAuthorityId,
        boolean communalPostsAllowed, List<String> advisorNames) {

    /** @return true when no advisor follows the territory (a territory always needs one) */
    public boolean withoutAdvisor() {
        return advisorNames.isEmpty();
    }
}

package fr.ctgportal.ejb.admin;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the Caf changes of a territory.
 *
 * @param population              inhabitants (0 or more)
 * @param areaKm2                 km² (above 0)
 * @param familyServiceStructures family-service structures (0 or more)
 * @param leadAuthorityId         the authority leading the Ctg (one of the territory's), or null
 * @param communalPostsAllowed    the doctrine's exception: posts employed by a commune allowed
 */
public record TerritoryChange(int population, BigDecimal areaKm2, int familyServiceStructures, LocalDate ctgStart,
        LocalDate ctgEnd, LocalDate ctgRenewal, Long leadAuthorityId, boolean communalPostsAllowed) {
}

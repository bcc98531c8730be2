package fr.ctgportal.model.regulation;

import java.math.BigDecimal;

/**
 * What the regulation indicators of one territory are computed from: its public figures, the
 * structures the Caf counts, and the totals of its posts as the doctrine engine gives them.
 *
 * @param territoryId     the territory
 * @param name            its name
 * @param population      inhabitants (INSEE legal population), &ge; 0
 * @param areaKm2         intercommunal area, in km² (0 or null: unknown)
 * @param structures      family-service structures kept by the Caf; null when never recorded
 * @param posts           number of cooperation posts
 * @param cooperationFte  sum of the posts' cooperation FTE (employment FTE × cooperation share, to
 *                        the hundredth per post)
 * @param pilotageBonus   sum of the pilotage bonus paid today, in €
 * @param doctrineFunding sum of the funding under the doctrine (decided where a decision exists,
 *                        computed otherwise), in €
 */
public record TerritoryInputs(long territoryId, String name, int population, BigDecimal areaKm2, Integer structures,
        int posts, BigDecimal cooperationFte, BigDecimal pilotageBonus, BigDecimal doctrineFunding) {
}

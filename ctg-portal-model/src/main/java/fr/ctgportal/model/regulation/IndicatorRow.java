package fr.ctgportal.model.regulation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The six regulation indicators of a territory, or of the department (doctrine of 15/11/2024, "Éléments
 * de régulation des Etp sur les territoires"). A figure that cannot be computed (no FTE, no structure,
 * no area) is null and shows as "—"; nothing is ever divided by zero.
 *
 * @param territoryId         the territory; null on the department's row
 * @param inputs              what the row was computed from (sums of the department on its row)
 * @param amountPerFteBonus   indicator 1 on today's pilotage bonus: bonus / cooperation FTE, in € per FTE
 * @param amountPerFteDoctrine indicator 1 under the doctrine: doctrine funding / cooperation FTE, in € per FTE
 * @param fteShare            indicator 2: cooperation FTE / the department's cooperation FTE, a fraction (0.05 = 5 %)
 * @param ftePerStructure     indicator 3: cooperation FTE / family-service structures, in FTE per structure
 * @param populationShare     the territory's inhabitants / the department's (reference population), a fraction
 * @param fteMinusPopulation  indicator 4: {@code fteShare − populationShare}, a fraction (0.01 = 1 point)
 * @param areaKm2             indicator 6: the intercommunal area, in km²
 * @param density             inhabitants per km²
 */
public record IndicatorRow(Long territoryId, TerritoryInputs inputs, BigDecimal amountPerFteBonus,
        BigDecimal amountPerFteDoctrine, BigDecimal fteShare, BigDecimal ftePerStructure, BigDecimal populationShare,
        BigDecimal fteMinusPopulation, BigDecimal areaKm2, BigDecimal density) implements Serializable {

    /** @return true on the department's row */
    public boolean department() {
        return territoryId == null;
    }
}

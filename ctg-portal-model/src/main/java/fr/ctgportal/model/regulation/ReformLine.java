package fr.ctgportal.model.regulation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A post, a territory or the department under the parameters in force (the baseline) and under a
 * drafted reform, side by side, as OpenFisca compares a reform with its baseline. Nothing of it is
 * recorded.
 *
 * @param id          the post's id, the territory's id, or null for the department
 * @param territoryId the territory (null for the department)
 * @param baseline    the Caf funding under the parameters in force, in €
 * @param reform      the Caf funding under the drafted parameters, in €
 */
public record ReformLine(Long id, Long territoryId, BigDecimal baseline, BigDecimal reform) implements Serializable {

    /** @return {@code reform − baseline}, in € */
    public BigDecimal difference() {
        return reform.subtract(baseline);
    }

    /** @return the lines summed per territory, in the order territories first appear */
    public static List<ReformLine> byTerritory(List<ReformLine> posts) {
        Map<Long, ReformLine> sums = new LinkedHashMap<>();
        posts.forEach(p -> sums.merge(p.territoryId(), new ReformLine(p.territoryId(), p.territoryId(), p.baseline(),
                p.reform()), ReformLine::plus));
        return new ArrayList<>(sums.values());
    }

    /** @return the sum of the lines (the department) */
    public static ReformLine total(List<ReformLine> lines) {
        return lines.stream().reduce(new ReformLine(null, null, BigDecimal.ZERO, BigDecimal.ZERO), ReformLine::plus);
    }

    private ReformLine plus(ReformLine other) {
        return new ReformLine(id, territoryId, baseline.add(other.baseline()), reform.add(other.reform()));
    }
}

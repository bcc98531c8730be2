package fr.ctgportal.model.regulation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The redeployment outlook (issue 16, after the doctrine's compliance plan): year by year, per territory
 * and for the department, what the doctrine funds against today's pilotage bonus, the amount the plan
 * frees (positive) or requires (negative), the posts that cause it, and the typology of the posts the
 * doctrine still funds.
 */
public final class RedeploymentOutlook {

    /**
     * One territory (or the department) in one year.
     *
     * @param territoryId     the territory; null for the department
     * @param year            the year
     * @param bonus           today's pilotage bonus of its posts, in €
     * @param doctrineFunding what the doctrine funds that year, in €
     * @param freed           {@code bonus − doctrineFunding}, in € (negative: required)
     * @param causes          number of posts per cause
     * @param typology        the typology of the posts the doctrine funds that year
     */
    public record Cell(Long territoryId, int year, BigDecimal bonus, BigDecimal doctrineFunding, BigDecimal freed,
            Map<OutlookCause, Integer> causes, Typology typology) implements Serializable {

        /** @return the number of posts with that cause (0 when none) */
        public int posts(OutlookCause cause) {
            return causes.getOrDefault(cause, 0);
        }
    }

    private RedeploymentOutlook() {
    }

    /**
     * @param lines    the posts of one territory, or of the department, every year
     * @param territoryId the territory, null for the department
     * @param minShare the doctrine's minimum cooperation share (for the typology)
     * @return one cell per year, in order
     */
    public static List<Cell> byYear(List<PostYear> lines, Long territoryId, BigDecimal minShare) {
        Map<Integer, List<PostYear>> years = new TreeMap<>();
        lines.forEach(l -> years.computeIfAbsent(l.year(), y -> new ArrayList<>()).add(l));
        List<Cell> cells = new ArrayList<>();
        years.forEach((year, of) -> {
            BigDecimal bonus = sum(of, PostYear::bonus);
            BigDecimal doctrine = sum(of, PostYear::doctrineFunding);
            Map<OutlookCause, Integer> causes = new EnumMap<>(OutlookCause.class);
            of.forEach(l -> l.causes().forEach(c -> causes.merge(c, 1, Integer::sum)));
            cells.add(new Cell(territoryId, year, bonus, doctrine, bonus.subtract(doctrine),
                    Collections.unmodifiableMap(causes), Typology
                            .of(of.stream().filter(PostYear::funded).map(PostYear::profile).toList(), minShare)));
        });
        return List.copyOf(cells);
    }

    private static BigDecimal sum(List<PostYear> lines, java.util.function.Function<PostYear, BigDecimal> value) {
        return lines.stream().map(value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package fr.ctgportal.ejb.report;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Every indicator year by year, for a post and for its territory, from the submitted and accepted
 * reports: what the end-of-term evaluation looks at before a renewal.
 *
 * @param years the years with a report, oldest first
 */
public record IndicatorHistory(long postId, String postTitle, String territoryName, List<Integer> years,
        List<Line> lines) implements Serializable {

    /**
     * One indicator: per year, the post's count (null when not counted) and the territory's total;
     * the texts of the post's answers per year.
     */
    public record Line(String code, String wording, Map<Integer, Integer> postCounts,
            Map<Integer, Integer> territoryCounts,
            Map<Integer, String> postTexts) implements Serializable {

        /** @return the share of the largest territory total of this line, in percent, for a bar */
        public int barOf(int year) {
            int max = territoryCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            Integer value = postCounts.get(year);
            return max == 0 || value == null ? 0 : Math.round(100f * value / max);
        }
    }
}

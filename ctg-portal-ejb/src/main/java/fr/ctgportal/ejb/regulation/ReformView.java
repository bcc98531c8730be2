package fr.ctgportal.ejb.regulation;

import fr.ctgportal.model.regulation.ReformLine;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A drafted reform of the doctrine's parameters against the parameters in force, computed in memory
 * and never recorded.
 *
 * @param on          the day both are computed for (the reform's first day)
 * @param drafts      the drafted values, each with the value in force that day
 * @param posts       each post of the department, with its title
 * @param territories each territory
 * @param total       the department
 * @param baselineOutlook the redeployment outlook under the parameters in force, year by year
 * @param reformOutlook   the same outlook under the drafted parameters (equal to the baseline before {@code on})
 */
public record ReformView(LocalDate on, List<Draft> drafts, List<Line> posts, List<Line> territories, ReformLine total,
        OutlookView baselineOutlook, OutlookView reformOutlook) implements Serializable {

    /**
     * One year of the department's outlook under both sets of parameters.
     *
     * @param year     the year
     * @param baseline what the doctrine funds under the parameters in force, in €
     * @param reform   what it funds under the drafted parameters, in €
     * @param bonus    today's pilotage bonus, in €
     */
    public record Year(int year, BigDecimal baseline, BigDecimal reform, BigDecimal bonus) implements Serializable {

        /** @return {@code reform − baseline}, in € */
        public BigDecimal difference() {
            return reform.subtract(baseline);
        }

        /** @return what the plan frees under the reform ({@code bonus − reform}), in € */
        public BigDecimal freedByReform() {
            return bonus.subtract(reform);
        }

        /** @return what the plan frees under the parameters in force, in € */
        public BigDecimal freedByBaseline() {
            return bonus.subtract(baseline);
        }
    }

    /** @return the department's outlook year by year, the baseline and the reform side by side */
    public List<Year> departmentYears() {
        return years(baselineOutlook.department(), reformOutlook.department());
    }

    /** @return a territory's (by its row in the outlook) years, side by side */
    public List<Year> territoryYears(int index) {
        return years(baselineOutlook.territories().get(index), reformOutlook.territories().get(index));
    }

    private static List<Year> years(OutlookView.Row baseline, OutlookView.Row reform) {
        List<Year> years = new java.util.ArrayList<>();
        for (int i = 0; i < baseline.cells().size(); i++) {
            var b = baseline.cells().get(i);
            years.add(new Year(b.year(), b.doctrineFunding(), reform.cells().get(i).doctrineFunding(), b.bonus()));
        }
        return List.copyOf(years);
    }

    /** A drafted value next to the value in force. */
    public record Draft(String parameter, String label, String inForce, String drafted) implements Serializable {
    }

    /** A post or a territory, named. */
    public record Line(String name, String territoryName, ReformLine figures) implements Serializable {
    }
}

package fr.ctgportal.model.weighing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a weighing's split of the holder's time: one line for the cooperation mission, each
 * other function at most once (but "other", with a label), no negative time, and a total equal to
 * the employment's FTE. Management time is its own line: it never counts as cooperation.
 */
public final class WeighingSplit {

    private WeighingSplit() {
    }

    /**
     * @return the bundle keys of what is wrong with the split, empty when it is valid
     */
    public static List<String> problems(List<WeighingLine> lines, BigDecimal employmentFte) {
        List<String> problems = new ArrayList<>();
        Set<TimeUse> seen = EnumSet.noneOf(TimeUse.class);
        BigDecimal total = BigDecimal.ZERO;
        for (WeighingLine line : lines) {
            if (line.getUse() == null || line.getFte() == null || line.getFte().signum() < 0
                    || line.getFte().scale() > 2 || line.getFte().compareTo(BigDecimal.ONE) > 0) {
                problems.add("weighing.error.line");
                return problems;
            }
            if (line.getUse() == TimeUse.OTHER && (line.getLabel() == null || line.getLabel().isBlank())) {
                problems.add("weighing.error.otherLabel");
            }
            if (line.getUse() != TimeUse.OTHER && !seen.add(line.getUse())) {
                problems.add("weighing.error.duplicate");
            }
            total = total.add(line.getFte());
        }
        if (!seen.contains(TimeUse.COOPERATION)) {
            problems.add("weighing.error.noCooperation");
        }
        if (total.compareTo(employmentFte) != 0) {
            problems.add("weighing.error.total");
        }
        return problems;
    }

    /** @return the cooperation time over the employment's FTE, the post's cooperation share */
    public static BigDecimal cooperationShare(List<WeighingLine> lines, BigDecimal employmentFte) {
        BigDecimal cooperation = lines.stream().filter(l -> l.getUse() == TimeUse.COOPERATION)
                .map(WeighingLine::getFte).reduce(BigDecimal.ZERO, BigDecimal::add);
        return cooperation.divide(employmentFte, 4, RoundingMode.HALF_UP);
    }

    /** @return true when some time goes to a function funded by a prestation de service */
    public static boolean serviceFunded(List<WeighingLine> lines) {
        return lines.stream().anyMatch(l -> l.getUse().serviceFunded() && l.getFte().signum() > 0);
    }
}

package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The holder's time on the cooperation mission, in FTE: employment FTE × cooperation share. The one
 * place that computes it: the doctrine compares and stores it {@link #of exact}; posts and territories
 * {@link #counted count} it to the hundredth, like the department's pilotage budget (63.21 FTE).
 */
public final class CooperationFte {

    private CooperationFte() {
    }

    /**
     * @param employmentFte    the employment's working time, in FTE
     * @param cooperationShare the part of it on the cooperation mission, a fraction (0.5 = 50 %)
     * @return their product, exact; null when either is null (a draft)
     */
    public static BigDecimal of(BigDecimal employmentFte, BigDecimal cooperationShare) {
        return employmentFte == null || cooperationShare == null ? null : employmentFte.multiply(cooperationShare);
    }

    /** @return {@link #of} to the hundredth (half up), as a post counts in the totals; null when either is null */
    public static BigDecimal counted(BigDecimal employmentFte, BigDecimal cooperationShare) {
        BigDecimal exact = of(employmentFte, cooperationShare);
        return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
    }
}

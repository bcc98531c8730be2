package fr.ctgportal.model.doctrine;

import java.util.Locale;

/**
 * The steps of the funding computation, in the order of the doctrine's worked example (cost
 * 50,000 €, brought to the 48,000 € ceiling, half time on the mission: 24,000 € eligible, 50 %:
 * 12,000 €).
 */
public enum StepCode {
    /** Annual cost of the employment. */
    ANNUAL_COST,
    /** Ceiling per FTE × employment FTE. */
    CEILING,
    /** The smaller of the cost and the ceiling. */
    RETAINED_COST,
    /** Retained cost × cooperation share, exact. */
    ELIGIBLE_COST,
    /** Eligible cost × Caf rate, exact. */
    CAF_FUNDING_BEFORE_ROUNDING,
    /** The Caf funding rounded to the cent, half up. */
    CAF_FUNDING,
    /** Only when a blocking finding stops the funding: 0. */
    FUNDING_REFUSED;

    /** @return the bundle key of the label, {@code step.<code>} in lower case */
    public String messageKey() {
        return "step." + name().toLowerCase(Locale.ROOT);
    }
}

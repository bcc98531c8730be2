package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The figures of the doctrine, as keys of dated values (see {@link ParameterTimeline}); their
 * shipped values are declared once, in {@link StandardParameters}.
 */
public enum DoctrineParameter {
    /** Ceiling of the retained cost for one FTE, in euros (48,000 €). */
    CEILING_PER_FTE(Unit.EUROS),
    /** Part of the eligible cost the Caf funds (50 %). */
    CAF_RATE(Unit.FRACTION),
    /** Minimum cooperation share of an existing post, from phase 2 (25 %). */
    MIN_COOPERATION_SHARE(Unit.FRACTION),
    /** Minimum cooperation share of a new post (50 %). */
    MIN_NEW_POST_SHARE(Unit.FRACTION),
    /** Minimum cooperation FTE of a new post (0.5 FTE). */
    MIN_NEW_POST_COOPERATION_FTE(Unit.FTE),
    /** Minimum share of the post's cost co-financed by the authority (50 %). */
    MIN_AUTHORITY_COFINANCING(Unit.FRACTION),
    /** Months of vacancy during which the funding is kept (2). */
    VACANCY_GRACE_MONTHS(Unit.MONTHS);

    /** How a parameter's value is read, checked and shown. */
    public enum Unit {
        /** An amount in euros, &gt; 0. */
        EUROS,
        /** A fraction in [0, 1], shown as a percentage. */
        FRACTION,
        /** A number of FTE in [0, 1]. */
        FTE,
        /** A whole number of months, &ge; 0. */
        MONTHS;

        /** @return true when the value is acceptable for this unit */
        public boolean accepts(BigDecimal value) {
            return switch (this) {
                case EUROS -> value.signum() > 0;
                case FRACTION, FTE -> value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
                case MONTHS -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
            };
        }

        /** @return the value formatted French-style: "48 000,00 €", "50 %", "0,5 ETP", "2 mois" */
        public String format(BigDecimal value) {
            return switch (this) {
                case EUROS -> DoctrineFormats.money(value);
                case FRACTION -> DoctrineFormats.percent(value);
                case FTE -> DoctrineFormats.decimal(value) + DoctrineFormats.NBSP + "ETP";
                case MONTHS -> DoctrineFormats.decimal(value) + DoctrineFormats.NBSP + "mois";
            };
        }
    }

    private final Unit unit;

    DoctrineParameter(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** @return the bundle key of the parameter's label, {@code label.doctrine_parameter.<key>} in lower case */
    public String messageKey() {
        return "label.doctrine_parameter." + name().toLowerCase(Locale.ROOT);
    }
}

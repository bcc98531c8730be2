package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Refuses the situations the doctrine cannot compute on, with a French message naming the field:
 * a cost must be positive, an employment at most one FTE ("dans la limite d'1 Etp", doctrine of
 * 15/11/2024), shares are fractions of a whole, a vacancy cannot start after the evaluation date.
 * Public so that forms can check an input before saving it.
 */
public final class SituationValidator {

    private SituationValidator() {
    }

    /**
     * @param situation the situation to check
     * @param on        the evaluation date, required
     * @throws InvalidSituationException on the first invalid or missing value
     */
    public static void validate(PostSituation situation, LocalDate on) {
        DoctrineMessages m = DoctrineMessages.french();
        require(on, "on", "field.on", m);
        require(situation, "situation", "field.situation", m);
        BigDecimal cost = require(situation.annualCost(), "annualCost", "field.annual_cost", m);
        if (cost.signum() <= 0) {
            throw invalid("annualCost", "invalid.annual_cost", DoctrineFormats.money(cost), m);
        }
        BigDecimal fte = require(situation.employmentFte(), "employmentFte", "field.employment_fte", m);
        if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
            throw invalid("employmentFte", "invalid.employment_fte", DoctrineFormats.decimal(fte), m);
        }
        BigDecimal share = require(situation.cooperationShare(), "cooperationShare", "field.cooperation_share", m);
        if (!isFraction(share)) {
            throw invalid("cooperationShare", "invalid.cooperation_share", DoctrineFormats.percent(share), m);
        }
        require(situation.origin(), "origin", "field.origin", m);
        require(situation.functions(), "functions", "field.functions", m);
        if (situation.functions().contains(null)) {
            throw new InvalidSituationException("functions", m.text("invalid.functions"));
        }
        require(situation.qualification(), "qualification", "field.qualification", m);
        require(situation.employer(), "employer", "field.employer", m);
        BigDecimal cofinancing = require(situation.authorityCofinancingShare(), "authorityCofinancingShare",
                "field.authority_cofinancing_share", m);
        if (!isFraction(cofinancing)) {
            throw invalid("authorityCofinancingShare", "invalid.authority_cofinancing_share",
                    DoctrineFormats.percent(cofinancing), m);
        }
        if (situation.vacantSince() != null && situation.vacantSince().isAfter(on)) {
            throw new InvalidSituationException("vacantSince", m.text("invalid.vacant_since",
                    DoctrineFormats.date(situation.vacantSince()), DoctrineFormats.date(on)));
        }
    }

    static <T> T require(T value, String field, String labelKey, DoctrineMessages m) {
        if (value == null) {
            throw new InvalidSituationException(field, m.text("invalid.missing", m.text(labelKey)));
        }
        return value;
    }

    private static boolean isFraction(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    }

    private static InvalidSituationException invalid(String field, String key, String shown, DoctrineMessages m) {
        return new InvalidSituationException(field, m.text(key, shown));
    }
}

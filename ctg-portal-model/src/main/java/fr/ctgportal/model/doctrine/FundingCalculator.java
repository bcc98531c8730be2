package fr.ctgportal.model.doctrine;

import static fr.ctgportal.model.doctrine.DoctrineParameter.CAF_RATE;
import static fr.ctgportal.model.doctrine.DoctrineParameter.CEILING_PER_FTE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The amounts, as in the doctrine's worked example: eligible cost = min(annual cost, ceiling ×
 * employment FTE) × cooperation share; Caf funding = rate × eligible cost. Only the final amounts
 * are rounded (to the cent, half up), so that rounding the eligible cost does not move the
 * funding by a cent.
 */
final class FundingCalculator {

    /** The amounts and the steps that led to them. */
    record Result(BigDecimal eligibleCost, BigDecimal cafFunding, BigDecimal cooperationFte,
            List<ComputationStep> steps) {
    }

    private FundingCalculator() {
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static Result compute(PostSituation s, ParameterSnapshot p, DoctrineMessages m) {
        BigDecimal ceilingPerFte = p.value(CEILING_PER_FTE);
        BigDecimal rate = p.value(CAF_RATE);
        BigDecimal ceiling = ceilingPerFte.multiply(s.employmentFte());
        BigDecimal retained = s.annualCost().min(ceiling);
        BigDecimal eligible = retained.multiply(s.cooperationShare());
        BigDecimal exactFunding = eligible.multiply(rate);
        BigDecimal funding = cents(exactFunding);
        List<ComputationStep> steps = List.of(
                step(StepCode.ANNUAL_COST, s.annualCost(), m),
                step(StepCode.CEILING, ceiling, m, DoctrineFormats.money(ceilingPerFte),
                        DoctrineFormats.decimal(s.employmentFte())),
                step(StepCode.RETAINED_COST, retained, m, DoctrineFormats.money(s.annualCost()),
                        DoctrineFormats.money(ceiling)),
                step(StepCode.ELIGIBLE_COST, eligible, m, DoctrineFormats.percent(s.cooperationShare())),
                step(StepCode.CAF_FUNDING_BEFORE_ROUNDING, exactFunding, m, DoctrineFormats.percent(rate)),
                step(StepCode.CAF_FUNDING, funding, m));
        return new Result(cents(eligible), funding, CooperationFte.of(s.employmentFte(), s.cooperationShare()), steps);
    }

    static ComputationStep step(StepCode code, BigDecimal amount, DoctrineMessages m, Object... args) {
        return new ComputationStep(code, m.text(code.messageKey(), args), amount);
    }
}

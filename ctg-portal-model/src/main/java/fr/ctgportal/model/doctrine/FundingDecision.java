package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Doctrine#evaluate}: whether the post is funded, the amounts, the findings
 * that explain it, and what it was based on (the parameter values in force, the date, the phase)
 * so that the decision can be explained and stays the same when a parameter later changes.
 *
 * @param funded         false as soon as one finding is {@link Severity#BLOCKING}
 * @param eligibleCost   min(cost, ceiling × FTE) × cooperation share, rounded to the cent (half up)
 * @param cafFunding     Caf rate × exact eligible cost, rounded to the cent (half up); 0.00 when not
 *                       funded
 * @param cooperationFte employment FTE × cooperation share (what the regulation indicators count)
 * @param findings       the findings, in the order of {@link FindingCode}
 * @param parameters     the parameter values used, each with its valid-from date and source
 * @param evaluatedOn    the date the decision was made for
 * @param phase          the compliance phase applied
 * @param steps          the computation, step by step
 */
public record FundingDecision(boolean funded, BigDecimal eligibleCost, BigDecimal cafFunding,
        BigDecimal cooperationFte, List<Finding> findings, ParameterSnapshot parameters,
        LocalDate evaluatedOn, CompliancePhase phase, List<ComputationStep> steps) {

    public FundingDecision {
        findings = List.copyOf(findings);
        steps = List.copyOf(steps);
    }

    /** @return true when a finding with that code was raised */
    public boolean has(FindingCode code) {
        return finding(code).isPresent();
    }

    /** @return the finding with that code, if raised */
    public Optional<Finding> finding(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).findFirst();
    }

    /** @return the codes of the findings, in order */
    public List<FindingCode> findingCodes() {
        return findings.stream().map(Finding::code).toList();
    }

    /** @return the blocking findings, the reasons the post is not funded */
    public List<Finding> blockingFindings() {
        return findings.stream().filter(Finding::blocking).toList();
    }

    /** @return the step with that code, if it was computed */
    public Optional<ComputationStep> step(StepCode code) {
        return steps.stream().filter(s -> s.code() == code).findFirst();
    }
}

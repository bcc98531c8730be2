package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of "how the figure was computed", for display next to a decision.
 *
 * @param code   the step
 * @param label  what the step does, with its operands (French by default)
 * @param amount the amount in euros after the step; exact (not rounded) except for
 *               {@link StepCode#CAF_FUNDING} and {@link StepCode#FUNDING_REFUSED}
 */
public record ComputationStep(StepCode code, String label, BigDecimal amount) {

    public ComputationStep {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }
}

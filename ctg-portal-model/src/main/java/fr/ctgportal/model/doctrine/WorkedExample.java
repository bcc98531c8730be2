package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The doctrine's own worked example (doctrine of 15/11/2024): an existing full-time post costing
 * 50 000 € with half of its time on the cooperation mission, funded 12 000 €. Screens start from it.
 */
public final class WorkedExample {

    public static final PostSituation SITUATION = new PostSituation(new BigDecimal("50000"), BigDecimal.ONE,
            new BigDecimal("0.5"), PostOrigin.EXISTING, Set.of(), Qualification.BAC3_OR_ABOVE,
            EmployerKind.SIGNATORY_AUTHORITY, new BigDecimal("0.5"), null);

    public static final CompliancePhase PHASE = CompliancePhase.PHASE_1;

    private WorkedExample() {
    }
}

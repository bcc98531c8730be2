package fr.ctgportal.model.compliance;

import fr.ctgportal.model.doctrine.CompliancePhase;

/**
 * The milestones of the compliance plan for a post (doctrine of 15/11/2024), each due by the start
 * of its phase in the post's territory.
 */
public enum Milestone {
    /** Phase 1: intermediate, annual and end-of-term evaluations on the national indicators. */
    EVALUATIONS_SET_UP(CompliancePhase.PHASE_1),
    /** Phase 2: the split of the holder's time agreed by both sides. */
    WEIGHING_AGREED(CompliancePhase.PHASE_2),
    /** Phase 2: no funding under 25 % of the time on the mission, nor for administrative assistants. */
    EXCLUSIONS_APPLIED(CompliancePhase.PHASE_2),
    /** Phase 2: funding limited to 50 % of the time on the mission, by a decision from the agreed weighing. */
    FUNDING_WITHIN_MISSION(CompliancePhase.PHASE_2),
    /** Phase 3: no funding for director functions (secrétaire général, DGS, DGA, directeur de service). */
    DIRECTOR_FUNCTIONS_REMOVED(CompliancePhase.PHASE_3);

    private final CompliancePhase phase;

    Milestone(CompliancePhase phase) {
        this.phase = phase;
    }

    public CompliancePhase phase() {
        return phase;
    }
}

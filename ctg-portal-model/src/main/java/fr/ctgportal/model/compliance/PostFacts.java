package fr.ctgportal.model.compliance;

/**
 * What the portal's data say of a post, for its milestones.
 *
 * @param evaluationsSetUp     the Caf recorded that the post's evaluations are set up
 * @param weighingAgreed       a weighing is agreed by both sides
 * @param excludedByPhase2     the post falls under the phase-2 exclusions (share under the minimum,
 *                             administrative assistant)
 * @param director             the holder has director functions
 * @param decidedSinceRenewal  an approved funding decision was computed under the phase-2 or phase-3 rules
 * @param fundedSinceRenewal   the latest such decision funds the post
 * @param decidedSincePhase3   an approved decision was computed under the phase-3 rules
 * @param fundedSincePhase3    the latest such decision funds the post
 * @param notFunded            the Caf no longer funds the post (funding ended by a compliance
 *                             procedure, recruited despite an unfavourable opinion)
 * @param decidedWithinRule    an approved funding decision exists (computed from an agreed weighing,
 *                             under the doctrine's 50 % rule), whatever the phase it was computed in
 */
public record PostFacts(boolean evaluationsSetUp, boolean weighingAgreed, boolean excludedByPhase2, boolean director,
        boolean decidedSinceRenewal, boolean fundedSinceRenewal, boolean decidedSincePhase3,
        boolean fundedSincePhase3, boolean notFunded, boolean decidedWithinRule) {

    /** The facts where the only approved decisions, if any, are those since the renewal. */
    public PostFacts(boolean evaluationsSetUp, boolean weighingAgreed, boolean excludedByPhase2, boolean director,
            boolean decidedSinceRenewal, boolean fundedSinceRenewal, boolean decidedSincePhase3,
            boolean fundedSincePhase3, boolean notFunded) {
        this(evaluationsSetUp, weighingAgreed, excludedByPhase2, director, decidedSinceRenewal, fundedSinceRenewal,
                decidedSincePhase3, fundedSincePhase3, notFunded, decidedSinceRenewal);
    }
}

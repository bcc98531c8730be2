package fr.ctgportal.model.regulation;

import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.doctrine.StepCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * Why the doctrine funds a post less than the pilotage bonus paid today, as the Caf presents it to
 * its board: the exclusions of the compliance plan (under 25 %, administrative assistants from phase
 * 2, director functions from phase 3), the ceiling per FTE, or another reason (a vacancy, a funding
 * ended, another rule).
 */
public enum OutlookCause {
    /** Cooperation share under the doctrine's minimum (phase 2). */
    SHARE_BELOW_25,
    /** Administrative assistant (phase 2). */
    ADMINISTRATIVE_ASSISTANT,
    /** Director functions (phase 3). */
    DIRECTOR,
    /** Funded, but the cost is capped by the ceiling per FTE. */
    CEILING,
    /** Not funded for another reason, or not evaluated. */
    OTHER;

    /**
     * @param decision the doctrine's decision; null when the post could not be evaluated or its funding ended
     * @return the causes that reduce the post's funding (empty: funded in full)
     */
    public static Set<OutlookCause> of(FundingDecision decision) {
        Set<OutlookCause> causes = EnumSet.noneOf(OutlookCause.class);
        if (decision == null) {
            causes.add(OTHER);
            return causes;
        }
        if (!decision.funded()) {
            decision.blockingFindings().forEach(f -> causes.add(switch (f.code()) {
                case SHARE_BELOW_25 -> SHARE_BELOW_25;
                case ADMINISTRATIVE_ASSISTANT -> ADMINISTRATIVE_ASSISTANT;
                case DIRECTOR_FUNCTION -> DIRECTOR;
                default -> OTHER;
            }));
            return causes;
        }
        var annual = decision.step(StepCode.ANNUAL_COST);
        var retained = decision.step(StepCode.RETAINED_COST);
        if (annual.isPresent() && retained.isPresent()
                && retained.get().amount().compareTo(annual.get().amount()) < 0) {
            causes.add(CEILING);
        }
        return causes;
    }
}

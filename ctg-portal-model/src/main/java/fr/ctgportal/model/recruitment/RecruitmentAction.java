package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.shared.Side;
import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done on a recruitment file, by which side, at which stages. The file refuses an action
 * outside its stages ({@link RecruitmentFile#require}), the EJBs an action by the other side; the
 * screens offer only the actions allowed.
 */
public enum RecruitmentAction {
    EDIT_DESCRIPTION(Side.AUTHORITY, RecruitmentStage.DRAFT,
            RecruitmentStage.DESCRIPTION_TO_REVISE), SUBMIT_DESCRIPTION(Side.AUTHORITY, RecruitmentStage.DRAFT,
                    RecruitmentStage.DESCRIPTION_TO_REVISE), REVIEW_DESCRIPTION(Side.CAF,
                            RecruitmentStage.DESCRIPTION_SUBMITTED),
    /** Also after a reserved or unfavourable opinion, to choose another candidate (see {@link RecruitmentFile#allows}). */
    ADD_CANDIDATE(Side.AUTHORITY, RecruitmentStage.DESCRIPTION_AGREED, RecruitmentStage.OPINION_GIVEN),
    /** Also after a reserved or unfavourable opinion, to choose another candidate (see {@link RecruitmentFile#allows}). */
    PROPOSE_CANDIDATE(Side.AUTHORITY, RecruitmentStage.DESCRIPTION_AGREED,
            RecruitmentStage.OPINION_GIVEN), GIVE_OPINION(Side.CAF, RecruitmentStage.CANDIDATE_PROPOSED),
    /** Only a Caf manager, once, after the opinion. */
    COUNTERSIGN(Side.CAF, RecruitmentStage.OPINION_GIVEN, RecruitmentStage.COMPLETED), COMPLETE(Side.AUTHORITY,
            RecruitmentStage.OPINION_GIVEN), ABANDON(Side.AUTHORITY, RecruitmentStage.DRAFT,
                    RecruitmentStage.DESCRIPTION_SUBMITTED,
                    RecruitmentStage.DESCRIPTION_TO_REVISE, RecruitmentStage.DESCRIPTION_AGREED,
                    RecruitmentStage.CANDIDATE_PROPOSED, RecruitmentStage.OPINION_GIVEN), POST_MESSAGE(null,
                            RecruitmentStage.DRAFT, RecruitmentStage.DESCRIPTION_SUBMITTED,
                            RecruitmentStage.DESCRIPTION_TO_REVISE, RecruitmentStage.DESCRIPTION_AGREED,
                            RecruitmentStage.CANDIDATE_PROPOSED, RecruitmentStage.OPINION_GIVEN);

    private final Side side;
    private final Set<RecruitmentStage> stages;

    RecruitmentAction(Side side, RecruitmentStage first, RecruitmentStage... others) {
        this.side = side;
        this.stages = EnumSet.of(first, others);
    }

    /** @return the side that acts, or null when both do */
    public Side side() {
        return side;
    }

    public boolean allowedAt(RecruitmentStage stage) {
        return stages.contains(stage);
    }

    public boolean allowedFor(Side actor) {
        return side == null || side == actor;
    }
}

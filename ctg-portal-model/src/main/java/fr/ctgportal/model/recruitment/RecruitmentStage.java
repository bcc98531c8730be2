package fr.ctgportal.model.recruitment;

/**
 * Where a recruitment file stands. The authority writes the job description ({@link #DRAFT}),
 * submits it, the Caf agrees it or sends it back ({@link #DESCRIPTION_TO_REVISE}); once agreed the
 * authority proposes its chosen candidate, the Caf gives its opinion, and the authority completes
 * the recruitment. The authority may abandon the file at any open stage.
 */
public enum RecruitmentStage {
    DRAFT, DESCRIPTION_SUBMITTED, DESCRIPTION_TO_REVISE, DESCRIPTION_AGREED, CANDIDATE_PROPOSED, OPINION_GIVEN, COMPLETED, ABANDONED;

    /** @return true once the file is completed or abandoned: nothing changes it any more */
    public boolean isClosed() {
        return this == COMPLETED || this == ABANDONED;
    }

    /** @return true when the Caf has to answer, with a due date */
    public boolean awaitsCaf() {
        return this == DESCRIPTION_SUBMITTED || this == CANDIDATE_PROPOSED;
    }

    /** @return true when the authority may edit the job description */
    public boolean descriptionEditable() {
        return this == DRAFT || this == DESCRIPTION_TO_REVISE;
    }
}

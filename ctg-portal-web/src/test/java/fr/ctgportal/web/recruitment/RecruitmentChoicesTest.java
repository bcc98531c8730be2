package fr.ctgportal.web.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.recruitment.RecruitmentStage;
import org.junit.jupiter.api.Test;

/** The progress list of a recruitment file highlights its current step in every state (issue 13). */
class RecruitmentChoicesTest {

    private final RecruitmentChoices choices = new RecruitmentChoices();

    @Test
    void everyStageIsAStepOfItsOwnCourse() {
        for (RecruitmentStage stage : RecruitmentStage.values()) {
            assertTrue(choices.course(stage).contains(stage), stage.name());
            assertEquals(6, choices.course(stage).size(), stage.name());
        }
    }

    @Test
    void changesRequestedStandInThePlaceOfTheSubmittedDescription() {
        assertEquals(RecruitmentStage.DESCRIPTION_TO_REVISE,
                choices.course(RecruitmentStage.DESCRIPTION_TO_REVISE).get(1));
        assertEquals(choices.getCourse(), choices.course(RecruitmentStage.CANDIDATE_PROPOSED));
        assertEquals(RecruitmentStage.ABANDONED, choices.course(RecruitmentStage.ABANDONED).get(5));
    }
}

package fr.ctgportal.model.recruitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.TextLimit;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobDescriptionContentTest {

    static JobDescriptionContent complete() {
        return new JobDescriptionContent(Map.of(ReferenceOutcome.DIAGNOSTICS, "Diagnostic du territoire"),
                Set.of(ReferenceActivity.NETWORK_ACTORS), Set.of(ThematicField.EARLY_CHILDHOOD),
                new BigDecimal("1.00"), new BigDecimal("0.8000"), "Rattaché·e à la direction enfance",
                Set.of(EmploymentFramework.TERRITORIAL_ANIMATOR_B), Qualification.BAC2,
                new BigDecimal("48000.00"), new BigDecimal("0.5000"), "Collectivité 50 %, Caf 50 %");
    }

    @Test
    void anEmptyDescriptionLacksEveryItem() {
        assertEquals(EnumSet.allOf(DescriptionItem.class), JobDescriptionContent.empty().missingItems());
        assertTrue(JobDescriptionContent.empty().invalidValues().isEmpty(), "a draft may be empty");
    }

    @Test
    void aCompleteDescriptionLacksNothing() {
        assertTrue(complete().missingItems().isEmpty());
        assertTrue(complete().invalidValues().isEmpty());
    }

    @Test
    void blankMissionsDoNotCount() {
        var c = complete();
        var blank = new JobDescriptionContent(Map.of(ReferenceOutcome.DIAGNOSTICS, "   "), c.activities(), c.themes(),
                c.employmentFte(), c.cooperationShare(), c.organisation(), c.frameworks(), c.minimumQualification(),
                c.annualCost(), c.cofinancingShare(), c.cofinancing());
        assertEquals(Set.of(DescriptionItem.MISSIONS), blank.missingItems());
    }

    @Test
    void outOfBoundValuesAreRefused() {
        var c = complete();
        var bad = new JobDescriptionContent(c.missions(), c.activities(), c.themes(), new BigDecimal("1.5"),
                new BigDecimal("0"), "x".repeat(TextLimit.DESCRIPTION.max() + 1), c.frameworks(),
                Qualification.BELOW_BAC2, new BigDecimal("-1"), new BigDecimal("2"), c.cofinancing());
        assertEquals(List.of("recruitment.error.employmentFte", "recruitment.error.cooperationShare",
                "recruitment.error.annualCost", "recruitment.error.cofinancingShare",
                "recruitment.error.qualificationBelowBac2", "recruitment.error.textTooLong"), bad.invalidValues());
    }

    @Test
    void changesAreReportedPerItem() {
        var c = complete();
        var revised = new JobDescriptionContent(Map.of(ReferenceOutcome.DIAGNOSTICS, "Diagnostic du territoire"),
                c.activities(), c.themes(), new BigDecimal("1"), new BigDecimal("0.5"), c.organisation(),
                c.frameworks(), c.minimumQualification(), new BigDecimal("48000"), c.cofinancingShare(),
                c.cofinancing());
        assertEquals(Set.of(DescriptionItem.TIME_SHARE), revised.changedSince(c), "48000 equals 48000.00");
        assertTrue(c.changedSince(c).isEmpty());
        assertFalse(JobDescriptionContent.empty().changedSince(c).isEmpty());
    }

    @Test
    void actionsFollowTheStages() {
        assertTrue(RecruitmentAction.SUBMIT_DESCRIPTION.allowedAt(RecruitmentStage.DESCRIPTION_TO_REVISE));
        assertFalse(RecruitmentAction.SUBMIT_DESCRIPTION.allowedAt(RecruitmentStage.DESCRIPTION_SUBMITTED));
        assertFalse(RecruitmentAction.COMPLETE.allowedAt(RecruitmentStage.CANDIDATE_PROPOSED),
                "not before the opinion");
        for (RecruitmentStage closed : List.of(RecruitmentStage.COMPLETED, RecruitmentStage.ABANDONED)) {
            assertFalse(RecruitmentAction.ABANDON.allowedAt(closed));
            assertFalse(RecruitmentAction.POST_MESSAGE.allowedAt(closed));
        }
        assertFalse(RecruitmentAction.GIVE_OPINION.allowedFor(Side.AUTHORITY));
        assertTrue(RecruitmentAction.POST_MESSAGE.allowedFor(Side.AUTHORITY));
    }
}

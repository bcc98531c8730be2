package fr.ctgportal.model.compliance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.authority.AuthorityType;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.territory.Territory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The lifecycle of a compliance procedure, driven without a container: allowed paths and each refusal. */
class ComplianceProcedureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate DEADLINE = TODAY.plusDays(30);
    private static final Stamp MANAGER = Stamp.of("direction.caf", Instant.parse("2026-06-01T08:00:00Z"));
    private static final Stamp HR = Stamp.of("rh.uzes", Instant.parse("2026-06-10T08:00:00Z"));

    private final CooperationPost post = CooperationPost.created(new Authority("200034379", "CC Pays d'Uzès",
            AuthorityType.COMMUNES_COMMUNITY, new Territory("Pays d'Uzès", 30000, new BigDecimal("500")), true),
            "Chargé(e) de coopération");

    private ComplianceProcedure opened() {
        return ComplianceProcedure.open(post, List.of(), ProcedureGround.WEIGHING, "  La pesée ne correspond pas.  ",
                DEADLINE, MANAGER, TODAY);
    }

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    @Test
    void opensOnAFundedPostWithReasonsAndADeadline() {
        ComplianceProcedure procedure = opened();
        assertEquals(ProcedureStatus.OPEN, procedure.getStatus());
        assertEquals("La pesée ne correspond pas.", procedure.getReasons(), "stripped");
        assertEquals(MANAGER, procedure.getOpened());
        assertNull(procedure.getAnswered());
        assertNull(procedure.getClosed());
        assertTrue(procedure.underWay());
        assertFalse(procedure.lateOn(DEADLINE), "late only after the deadline");
        assertTrue(procedure.lateOn(DEADLINE.plusDays(1)));
    }

    @Test
    void openingRefusesWhatTheRulesForbid() {
        refused("procedure.error.ground",
                () -> ComplianceProcedure.open(post, List.of(), null, "x", DEADLINE, MANAGER, TODAY));
        refused("procedure.error.reasons", () -> ComplianceProcedure.open(post, List.of(), ProcedureGround.REALITY, " ",
                DEADLINE, MANAGER, TODAY));
        refused(TextLimit.TOO_LONG, () -> ComplianceProcedure.open(post, List.of(), ProcedureGround.REALITY,
                "x".repeat(TextLimit.REASON.max() + 1), DEADLINE, MANAGER, TODAY));
        refused("procedure.error.deadline",
                () -> ComplianceProcedure.open(post, List.of(), ProcedureGround.REALITY, "x",
                        TODAY, MANAGER, TODAY));
        refused("procedure.error.deadline",
                () -> ComplianceProcedure.open(post, List.of(), ProcedureGround.REALITY, "x",
                        null, MANAGER, TODAY));
        refused("procedure.error.alreadyOpen", () -> ComplianceProcedure.open(post, List.of(opened()),
                ProcedureGround.REALITY, "x", DEADLINE, MANAGER, TODAY));
    }

    @Test
    void anotherProcedureAfterTheFirstIsClosed() {
        ComplianceProcedure first = opened();
        first.close(true, "Engagement suffisant.", MANAGER, TODAY);
        assertEquals(ProcedureStatus.OPEN, ComplianceProcedure.open(post, List.of(first), ProcedureGround.REALITY, "x",
                DEADLINE, MANAGER, TODAY).getStatus());
    }

    @Test
    void theAuthorityAnswersAgainUntilTheCafConcludesCompliant() {
        ComplianceProcedure procedure = opened();
        refused("procedure.error.commitment", () -> procedure.answer(" ", HR));
        assertEquals(ProcedureStatus.OPEN, procedure.getStatus(), "nothing changed");
        procedure.answer("Nouvelle pesée proposée.", HR);
        procedure.answer(" Fiche de poste revue. ", HR);
        assertEquals(ProcedureStatus.ANSWERED, procedure.getStatus());
        assertEquals("Fiche de poste revue.", procedure.getCommitment());
        assertEquals(HR, procedure.getAnswered());

        refused("procedure.error.closingReasons", () -> procedure.close(true, "", MANAGER, TODAY));
        procedure.close(true, "Engagement suffisant.", MANAGER, TODAY);
        assertEquals(ProcedureStatus.CLOSED_COMPLIANT, procedure.getStatus());
        assertEquals("Engagement suffisant.", procedure.getClosingReasons());
        assertEquals(MANAGER, procedure.getClosed());
        assertFalse(procedure.underWay());
        assertNull(post.getFundingEndedOn(), "still funded");
    }

    @Test
    void aClosedProcedureChangesNoMore() {
        ComplianceProcedure procedure = opened();
        procedure.close(true, "Engagement suffisant.", MANAGER, TODAY);
        refused("procedure.error.closed", () -> procedure.answer("encore", HR));
        refused("procedure.error.closed", () -> procedure.close(false, "x", MANAGER, DEADLINE.plusDays(1)));
        assertEquals(ProcedureStatus.CLOSED_COMPLIANT, procedure.getStatus());
    }

    @Test
    void withoutAnAnswerTheFundingEndsOnlyAfterTheDeadline() {
        ComplianceProcedure procedure = opened();
        DomainRuleException early = assertThrows(DomainRuleException.class,
                () -> procedure.close(false, "Pas de réponse.", MANAGER, DEADLINE));
        assertEquals("procedure.error.beforeDeadline", early.getMessageKey());
        assertArrayEquals(new Object[]{"01/07/2026"}, early.getArguments());
        assertNull(post.getFundingEndedOn(), "nothing changed");

        LocalDate after = DEADLINE.plusDays(1);
        procedure.close(false, "Aucun engagement reçu à l’échéance.", MANAGER, after);
        assertEquals(ProcedureStatus.CLOSED_FUNDING_ENDED, procedure.getStatus());
        assertEquals(after, post.getFundingEndedOn(), "the post is no longer funded from the day");
        refused("procedure.error.fundingEnded", () -> ComplianceProcedure.open(post, List.of(procedure),
                ProcedureGround.CONFORMITY, "x", after.plusDays(10), MANAGER, after));
    }

    @Test
    void afterAnAnswerTheFundingMayEndBeforeTheDeadline() {
        ComplianceProcedure procedure = opened();
        procedure.answer("Nous ne changerons rien.", HR);
        procedure.close(false, "Engagement insuffisant.", MANAGER, TODAY);
        assertEquals(ProcedureStatus.CLOSED_FUNDING_ENDED, procedure.getStatus());
        assertEquals(TODAY, post.getFundingEndedOn());
    }
}

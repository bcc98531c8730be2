package fr.ctgportal.model.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.doctrine.CompliancePhase;
import fr.ctgportal.model.doctrine.Doctrine;
import fr.ctgportal.model.doctrine.FundingDecision;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.PostFixtures;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.weighing.TimeUse;
import fr.ctgportal.model.weighing.Weighing;
import fr.ctgportal.model.weighing.WeighingLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A funding decision's lifecycle: prepared from the agreed weighing, approved or sent back, then fixed. */
class PostFundingDecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Stamp ADVISOR = Stamp.of("conseil.sud", Instant.parse("2026-06-15T08:00:00Z"));
    private static final Stamp MANAGER = Stamp.of("direction.caf", Instant.parse("2026-06-16T08:00:00Z"));

    private final CooperationPost post = PostFixtures.filled();
    private final Weighing agreed = agreed(post);
    private final List<LocalDate> evaluatedOn = new ArrayList<>();
    private final Function<LocalDate, FundingDecision> doctrine = day -> {
        evaluatedOn.add(day);
        return Doctrine.standard().evaluate(post.situation(), CompliancePhase.PHASE_1, day, Locale.FRENCH);
    };

    private static Weighing agreed(CooperationPost post) {
        Stamp rh = Stamp.of("rh.uzes", Instant.parse("2026-03-02T09:00:00Z"));
        Weighing weighing = Weighing.proposed(post, 1, Side.AUTHORITY, List.of(
                new WeighingLine(TimeUse.COOPERATION, null, new BigDecimal("0.60")),
                new WeighingLine(TimeUse.MANAGEMENT, null, new BigDecimal("0.40"))), null, rh);
        weighing.accept(Side.CAF, Stamp.of("conseil.sud", Instant.parse("2026-03-03T09:00:00Z")));
        return weighing;
    }

    private PostFundingDecision prepare(int year) {
        return PostFundingDecision.prepare(post, year, TODAY, false, agreed, doctrine, ADVISOR);
    }

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    @Test
    void anAdvisorPreparesWhatTheDoctrineComputedAndAManagerApprovesIt() {
        PostFundingDecision decision = prepare(2026);
        FundingDecision expected = Doctrine.standard().evaluate(post.situation(), CompliancePhase.PHASE_1, TODAY,
                Locale.FRENCH);
        assertEquals(DecisionStatus.PREPARED, decision.getStatus());
        assertEquals(expected.cafFunding(), decision.getCafFunding());
        assertEquals(0, new BigDecimal("0.6").compareTo(decision.getCooperationFte()));
        assertEquals(expected.findings().size(), decision.getFindings().size());
        assertEquals(expected.steps().size(), decision.getSteps().size());
        assertEquals(7, decision.getParameters().size(), "every parameter value used is kept");
        assertEquals(ADVISOR, decision.getPrepared());
        assertNull(decision.getDecided());
        assertEquals(List.of(TODAY), evaluatedOn, "this year's decision applies the doctrine of today");

        decision.approve(MANAGER);
        assertEquals(DecisionStatus.APPROVED, decision.getStatus());
        assertEquals(MANAGER, decision.getDecided());
        refused("funding.error.notPending", () -> decision.approve(MANAGER));
        refused("funding.error.notPending", () -> decision.sendBack("Revoir.", MANAGER));
    }

    @Test
    void nextYearsDecisionAppliesTheDoctrineOfItsFirstDay() {
        prepare(2027);
        assertEquals(List.of(LocalDate.of(2027, 1, 1)), evaluatedOn);
    }

    @Test
    void aManagerSendsItBackWithAReason() {
        PostFundingDecision decision = prepare(2026);
        refused("funding.error.returnReason", () -> decision.sendBack(" ", MANAGER));
        refused("funding.error.returnReason", () -> decision.sendBack("x".repeat(4001), MANAGER));
        decision.sendBack("  Vérifier le coût annuel.  ", MANAGER);
        assertEquals(DecisionStatus.RETURNED, decision.getStatus());
        assertEquals("Vérifier le coût annuel.", decision.getReturnReason());
        assertEquals(MANAGER, decision.getDecided());
        refused("funding.error.notPending", () -> decision.approve(MANAGER));
    }

    @Test
    void aDecisionIsPreparedOnlyWhenThePostAndTheYearAllowIt() {
        refused("funding.error.year", () -> prepare(2025));
        refused("funding.error.year", () -> prepare(2028));
        refused("funding.error.alreadyPrepared", () -> PostFundingDecision.prepare(post, 2026, TODAY, true, agreed,
                doctrine, ADVISOR));
        refused("funding.error.noAgreedWeighing", () -> PostFundingDecision.prepare(post, 2026, TODAY, false, null,
                doctrine, ADVISOR));
        post.endFunding(TODAY.minusDays(1));
        refused("funding.error.fundingEnded", () -> prepare(2026));
        assertTrue(evaluatedOn.isEmpty(), "the doctrine is not asked when a rule refuses");
    }

    @Test
    void aDecisionWhosePostChangedSinceIsOutdated() {
        PostFundingDecision decision = prepare(2026);
        post.endFunding(TODAY);
        refused("funding.error.outdated", () -> decision.approve(MANAGER));
        assertEquals(DecisionStatus.PREPARED, decision.getStatus());
    }

    @Test
    void aDecisionWhoseWeighingWasReplacedIsOutdated() {
        PostFundingDecision decision = prepare(2026);
        agreed.supersede();
        refused("funding.error.outdated", () -> decision.approve(MANAGER));
    }
}

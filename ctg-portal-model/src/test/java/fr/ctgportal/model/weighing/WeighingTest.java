package fr.ctgportal.model.weighing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.doctrine.PostFunction;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.post.PostFixtures;
import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A weighing's lifecycle: proposal, counter-proposals by turns, acceptance, supersession. */
class WeighingTest {

    private static final Stamp RH = Stamp.of("rh.uzes", Instant.parse("2026-03-02T09:00:00Z"));
    private static final Stamp CAF = Stamp.of("conseil.sud", Instant.parse("2026-03-03T09:00:00Z"));
    private static final Stamp RH_AGAIN = Stamp.of("rh.uzes", Instant.parse("2026-03-04T09:00:00Z"));

    private final CooperationPost post = PostFixtures.filled();

    private static List<WeighingLine> split(String cooperation, String management) {
        return List.of(new WeighingLine(TimeUse.COOPERATION, null, new BigDecimal(cooperation)),
                new WeighingLine(TimeUse.MANAGEMENT, null, new BigDecimal(management)));
    }

    private static void refused(String key, Executable change) {
        assertEquals(key, assertThrows(DomainRuleException.class, change).getMessageKey());
    }

    @Test
    void theAuthorityProposesTheCafCounterProposesTheAuthorityAccepts() {
        Weighing weighing = Weighing.proposed(post, 1, Side.AUTHORITY, split("0.60", "0.40"), "  ", RH);
        assertEquals(WeighingStatus.NEGOTIATING, weighing.getStatus());
        assertEquals(Side.CAF, weighing.getAwaiting());
        assertNull(weighing.lastProposal().getComment(), "a blank comment is none");

        weighing.counterPropose(Side.CAF, split("0.70", "0.30"), " Plutôt 70 %. ", CAF);
        assertEquals(Side.AUTHORITY, weighing.getAwaiting());
        assertEquals("Plutôt 70 %.", weighing.lastProposal().getComment());
        assertEquals(2, weighing.getProposals().size());

        weighing.accept(Side.AUTHORITY, RH_AGAIN);
        assertEquals(WeighingStatus.AGREED, weighing.getStatus());
        assertNull(weighing.getAwaiting());
        assertEquals(CAF, weighing.getCafSigned(), "the proposer signs by proposing");
        assertEquals(RH_AGAIN, weighing.getAuthoritySigned(), "the other by accepting");
        assertEquals(0, new BigDecimal("0.7").compareTo(post.getCooperationShare()), "the post follows");
        assertFalse(post.getFunctions().contains(PostFunction.SERVICE_FUNDED));

        weighing.supersede();
        assertEquals(WeighingStatus.SUPERSEDED, weighing.getStatus());
    }

    @Test
    void theCafAcceptsTheAuthoritysProposalAndAServiceFundedFunctionFlagsThePost() {
        Weighing weighing = Weighing.proposed(post, 1, Side.AUTHORITY, List.of(
                new WeighingLine(TimeUse.COOPERATION, null, new BigDecimal("0.50")),
                new WeighingLine(TimeUse.EAJE_DIRECTION, null, new BigDecimal("0.50"))), null, RH);
        weighing.accept(Side.CAF, CAF);
        assertEquals(RH, weighing.getAuthoritySigned());
        assertEquals(CAF, weighing.getCafSigned());
        assertTrue(post.getFunctions().contains(PostFunction.SERVICE_FUNDED));
    }

    @Test
    void onlyTheAuthorityStartsAVersion() {
        refused("weighing.error.authorityStarts",
                () -> Weighing.proposed(post, 1, Side.CAF, split("0.5", "0.5"), null, CAF));
    }

    @Test
    void theSplitFollowsItsRules() {
        refused("weighing.error.total",
                () -> Weighing.proposed(post, 1, Side.AUTHORITY, split("0.60", "0.30"), null, RH));
        refused("weighing.error.noCooperation", () -> Weighing.proposed(post, 1, Side.AUTHORITY,
                List.of(new WeighingLine(TimeUse.MANAGEMENT, null, BigDecimal.ONE)), null, RH));
        refused("weighing.error.line", () -> Weighing.proposed(post, 1, Side.AUTHORITY, split("1.005", "0"), null, RH));
        DomainRuleException total = assertThrows(DomainRuleException.class,
                () -> Weighing.proposed(post, 1, Side.AUTHORITY, split("0.5", "0.4"), null, RH));
        assertEquals("1", total.getArguments()[0], "the message quotes the employment FTE");
        refused("recruitment.error.textTooLong", () -> Weighing.proposed(post, 1, Side.AUTHORITY, split("0.5", "0.5"),
                "x".repeat(4001), RH));
    }

    @Test
    void eachSideAnswersInTurnAndACounterProposalSaysWhy() {
        Weighing weighing = Weighing.proposed(post, 1, Side.AUTHORITY, split("0.60", "0.40"), null, RH);
        refused("weighing.error.notYourTurn",
                () -> weighing.counterPropose(Side.AUTHORITY, split("0.5", "0.5"), "x", RH));
        refused("weighing.error.notYourTurn", () -> weighing.accept(Side.AUTHORITY, RH));
        refused("weighing.error.commentRequired",
                () -> weighing.counterPropose(Side.CAF, split("0.7", "0.3"), " ", CAF));
        weighing.accept(Side.CAF, CAF);
        refused("weighing.error.notYourTurn", () -> weighing.accept(Side.AUTHORITY, RH));
        refused("weighing.error.notYourTurn",
                () -> weighing.counterPropose(Side.AUTHORITY, split("0.5", "0.5"), "x", RH));
    }

    @Test
    void onlyAnAgreedVersionIsSuperseded() {
        Weighing weighing = Weighing.proposed(post, 1, Side.AUTHORITY, split("0.60", "0.40"), null, RH);
        assertThrows(IllegalStateException.class, weighing::supersede);
    }
}

package fr.ctgportal.model.doctrine;

import static fr.ctgportal.model.doctrine.Posts.ON;
import static fr.ctgportal.model.doctrine.Posts.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ComplianceRulesTest {

    private static final BigDecimal NO_FUNDING = new BigDecimal("0.00");

    private final Doctrine doctrine = Doctrine.standard();

    private FundingDecision evaluate(Posts post, CompliancePhase phase) {
        return doctrine.evaluate(post.build(), phase, ON);
    }

    /** Checks the finding (or its absence, severity "NONE") and its effect on the funding. */
    private static void assertOutcome(FundingDecision decision, FindingCode code, String severity,
            String fundingIfFunded) {
        if (severity.equals("NONE")) {
            assertFalse(decision.has(code), () -> "unexpected " + decision.findings());
        } else {
            Finding finding = decision.finding(code).orElseThrow(() -> new AssertionError(decision.findings()));
            assertEquals(Severity.valueOf(severity), finding.severity());
            assertFalse(finding.message().isBlank());
        }
        boolean blocking = severity.equals("BLOCKING");
        assertEquals(!blocking, decision.funded());
        assertEquals(blocking ? NO_FUNDING : dec(fundingIfFunded), decision.cafFunding());
    }

    @ParameterizedTest(name = "existing post, share {0}, {1}: {2}")
    @CsvSource({
            "0.25,   PHASE_1, NONE,     6000.00",
            "0.25,   PHASE_2, NONE,     6000.00",
            "0.25,   PHASE_3, NONE,     6000.00",
            "0.2499, PHASE_1, WARNING,  5997.60",
            "0.2499, PHASE_2, BLOCKING, 0",
            "0.2499, PHASE_3, BLOCKING, 0",
            "0.10,   PHASE_1, WARNING,  2400.00",
            "0,      PHASE_2, BLOCKING, 0",
            "1,      PHASE_3, NONE,    24000.00",
    })
    void shareBelow25IsWarnedThenExcludedFromTheRenewal(String share, CompliancePhase phase, String severity,
            String funding) {
        FundingDecision decision = evaluate(Posts.compliant().share(share), phase);

        assertOutcome(decision, FindingCode.SHARE_BELOW_25, severity, funding);
    }

    @Test
    void shareMessageSaysWhyAndWhatToDo() {
        Finding warning = evaluate(Posts.compliant().share("0.2499"), CompliancePhase.PHASE_1)
                .finding(FindingCode.SHARE_BELOW_25).orElseThrow();
        Finding blocking = evaluate(Posts.compliant().share("0.2499"), CompliancePhase.PHASE_2)
                .finding(FindingCode.SHARE_BELOW_25).orElseThrow();

        assertTrue(warning.message().startsWith("La quotité consacrée à la coopération (24,99\u00A0%) est "
                + "inférieure au minimum de 25\u00A0%"), warning.message());
        assertTrue(warning.message().contains("revoir la pesée du poste"), warning.message());
        assertTrue(blocking.message().contains("le poste n’est pas financé"), blocking.message());
    }

    @ParameterizedTest(name = "administrative assistant in {0}: {1}")
    @CsvSource({"PHASE_1, WARNING", "PHASE_2, BLOCKING", "PHASE_3, BLOCKING"})
    void administrativeAssistantIsExcludedFromPhase2(CompliancePhase phase, String severity) {
        FundingDecision decision = evaluate(Posts.compliant().with(PostFunction.ADMINISTRATIVE_ASSISTANT), phase);

        assertOutcome(decision, FindingCode.ADMINISTRATIVE_ASSISTANT, severity, "12000.00");
        assertEquals(List.of(FindingCode.ADMINISTRATIVE_ASSISTANT), decision.findingCodes());
    }

    @ParameterizedTest(name = "director function in {0}: {1}")
    @CsvSource({"PHASE_1, WARNING", "PHASE_2, WARNING", "PHASE_3, BLOCKING"})
    void directorFunctionIsExcludedInPhase3(CompliancePhase phase, String severity) {
        FundingDecision decision = evaluate(Posts.compliant().with(PostFunction.DIRECTOR), phase);

        assertOutcome(decision, FindingCode.DIRECTOR_FUNCTION, severity, "12000.00");
        assertEquals(List.of(FindingCode.DIRECTOR_FUNCTION), decision.findingCodes());
    }

    static Stream<Arguments> newPosts() {
        List<Arguments> cases = new ArrayList<>();
        for (CompliancePhase phase : CompliancePhase.values()) {
            cases.add(Arguments.of(phase, "1", "0.5", Set.of()));
            cases.add(Arguments.of(phase, "0.5", "1", Set.of()));
            // on a full-time employment, under 50 % is also under 0.5 FTE: both rules are reported
            cases.add(Arguments.of(phase, "1", "0.4999",
                    Set.of(FindingCode.NEW_POST_SHARE_BELOW_50, FindingCode.NEW_POST_BELOW_HALF_FTE)));
            cases.add(Arguments.of(phase, "0.8", "0.6", Set.of(FindingCode.NEW_POST_BELOW_HALF_FTE)));
            cases.add(Arguments.of(phase, "0.4999", "1", Set.of(FindingCode.NEW_POST_BELOW_HALF_FTE)));
            cases.add(Arguments.of(phase, "0.6", "0.4",
                    Set.of(FindingCode.NEW_POST_SHARE_BELOW_50, FindingCode.NEW_POST_BELOW_HALF_FTE)));
            // under 25 %: the new-post rules apply, not the existing-post one
            cases.add(Arguments.of(phase, "1", "0.2",
                    Set.of(FindingCode.NEW_POST_SHARE_BELOW_50, FindingCode.NEW_POST_BELOW_HALF_FTE)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "new post in {0}, {1} FTE, share {2}: {3}")
    @MethodSource("newPosts")
    void newPostNeedsHalfTimeAndHalfAnFte(CompliancePhase phase, String fte, String share,
            Set<FindingCode> expected) {
        FundingDecision decision = evaluate(Posts.compliant().origin(PostOrigin.DEVELOPMENT).fte(fte).share(share),
                phase);

        assertEquals(expected, Set.copyOf(decision.findingCodes()));
        decision.findings().forEach(f -> assertEquals(Severity.BLOCKING, f.severity()));
        assertEquals(expected.isEmpty(), decision.funded());
        if (!expected.isEmpty()) {
            assertEquals(NO_FUNDING, decision.cafFunding());
        }
    }

    @ParameterizedTest(name = "new post, minimum 0.25 FTE, {0} FTE, share {1}: {2}")
    @CsvSource({
            "1,   0.4999, NEW_POST_SHARE_BELOW_50",
            "0.4, 0.6,    NEW_POST_BELOW_HALF_FTE",
    })
    void theTwoNewPostRulesAreDistinct(String fte, String share, FindingCode expected) {
        Doctrine quarterFte = doctrine.with(DoctrineParameter.MIN_NEW_POST_COOPERATION_FTE, ON.minusYears(1),
                new BigDecimal("0.25"), "Valeur fictive pour le test");

        FundingDecision decision = quarterFte.evaluate(Posts.compliant().origin(PostOrigin.DEVELOPMENT).fte(fte)
                .share(share).build(), CompliancePhase.PHASE_1, ON);

        assertEquals(List.of(expected), decision.findingCodes());
        assertFalse(decision.funded());
    }

    @Test
    void newPostBelowHalfFteMessageShowsTheComputation() {
        Finding finding = evaluate(Posts.compliant().origin(PostOrigin.DEVELOPMENT).fte("0.8").share("0.6"),
                CompliancePhase.PHASE_1).finding(FindingCode.NEW_POST_BELOW_HALF_FTE).orElseThrow();

        assertEquals("Nouveau poste (développement) : il représente 0,48 ETP de coopération (0,8 ETP × quotité de "
                + "60\u00A0%), en dessous du minimum de 0,5 ETP exigé pour un nouveau poste : le poste n’est pas "
                + "financé. Augmenter le temps de travail de l’emploi ou la quotité consacrée à la coopération.",
                finding.message());
    }

    @ParameterizedTest(name = "{0} post, {1}, {2}: {3}")
    @CsvSource({
            "EXISTING,    BELOW_BAC2,    PHASE_1, WARNING",
            "EXISTING,    BELOW_BAC2,    PHASE_2, WARNING",
            "EXISTING,    BELOW_BAC2,    PHASE_3, WARNING",
            "DEVELOPMENT, BELOW_BAC2,    PHASE_1, BLOCKING",
            "DEVELOPMENT, BELOW_BAC2,    PHASE_2, BLOCKING",
            "DEVELOPMENT, BELOW_BAC2,    PHASE_3, BLOCKING",
            "EXISTING,    BAC2,          PHASE_2, NONE",
            "DEVELOPMENT, BAC2,          PHASE_2, NONE",
            "DEVELOPMENT, BAC3_OR_ABOVE, PHASE_1, NONE",
    })
    void qualificationBelowBac2(PostOrigin origin, Qualification qualification, CompliancePhase phase,
            String severity) {
        FundingDecision decision = evaluate(Posts.compliant().origin(origin).qualification(qualification), phase);

        assertOutcome(decision, FindingCode.QUALIFICATION_BELOW_BAC2, severity, "12000.00");
    }

    static Stream<Arguments> employers() {
        List<Arguments> cases = new ArrayList<>();
        for (CompliancePhase phase : CompliancePhase.values()) {
            cases.add(Arguments.of(phase, EmployerKind.SIGNATORY_AUTHORITY, List.of(), true));
            cases.add(Arguments.of(phase, EmployerKind.PROVIDER, List.of(FindingCode.PROVIDER_EXCEPTION), true));
            cases.add(Arguments.of(phase, EmployerKind.OTHER, List.of(FindingCode.EMPLOYER_NOT_SIGNATORY), false));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, employer {1}: {2}")
    @MethodSource("employers")
    void employerMustBeASignatoryOrItsProvider(CompliancePhase phase, EmployerKind employer,
            List<FindingCode> expected, boolean funded) {
        FundingDecision decision = evaluate(Posts.compliant().employer(employer), phase);

        assertEquals(expected, decision.findingCodes());
        assertEquals(funded, decision.funded());
        assertEquals(funded ? new BigDecimal("12000.00") : NO_FUNDING, decision.cafFunding());
        decision.findings().forEach(f -> assertEquals(funded ? Severity.WARNING : Severity.BLOCKING, f.severity()));
    }

    @ParameterizedTest(name = "co-financing {0} in {1}: {2}")
    @CsvSource({
            "0.5,    PHASE_1, NONE",
            "0.5,    PHASE_3, NONE",
            "1,      PHASE_2, NONE",
            "0.4999, PHASE_1, BLOCKING",
            "0.4999, PHASE_2, BLOCKING",
            "0.4999, PHASE_3, BLOCKING",
            "0,      PHASE_1, BLOCKING",
    })
    void authorityCofinancingOfAtLeastHalf(String cofinancing, CompliancePhase phase, String severity) {
        FundingDecision decision = evaluate(Posts.compliant().cofinancing(cofinancing), phase);

        assertOutcome(decision, FindingCode.COFINANCING_BELOW_50, severity, "12000.00");
    }

    @Test
    void cofinancingMessageGivesBothFigures() {
        Finding finding = evaluate(Posts.compliant().cofinancing("0.4"), CompliancePhase.PHASE_1)
                .finding(FindingCode.COFINANCING_BELOW_50).orElseThrow();

        assertTrue(finding.message().startsWith("Le co-financement garanti par la collectivité (40\u00A0% du coût "
                + "du poste) est inférieur au minimum de 50\u00A0%"), finding.message());
    }

    @ParameterizedTest(name = "service-funded post in {0}: warning, still funded")
    @EnumSource(CompliancePhase.class)
    void serviceFundedPostIsFlagged(CompliancePhase phase) {
        FundingDecision decision = evaluate(Posts.compliant().with(PostFunction.SERVICE_FUNDED), phase);

        assertEquals(List.of(FindingCode.SERVICE_FUNDED_POST), decision.findingCodes());
        assertOutcome(decision, FindingCode.SERVICE_FUNDED_POST, "WARNING", "12000.00");
        assertTrue(decision.findings().get(0).message().contains("vérifiée a posteriori"));
    }

    @ParameterizedTest(name = "compliant post in {0}: no finding, 12 000 €")
    @EnumSource(CompliancePhase.class)
    void compliantPostHasNoFinding(CompliancePhase phase) {
        FundingDecision decision = evaluate(Posts.compliant(), phase);

        assertEquals(List.of(), decision.findings());
        assertTrue(decision.funded());
        assertEquals(new BigDecimal("12000.00"), decision.cafFunding());
        assertFalse(decision.step(StepCode.FUNDING_REFUSED).isPresent());
    }

    @Test
    void blockingFindingStopsTheFundingButKeepsTheComputation() {
        FundingDecision decision = evaluate(Posts.compliant().employer(EmployerKind.OTHER), CompliancePhase.PHASE_1);

        assertFalse(decision.funded());
        assertEquals(NO_FUNDING, decision.cafFunding());
        assertEquals(new BigDecimal("24000.00"), decision.eligibleCost());
        assertEquals(0, new BigDecimal("0.5").compareTo(decision.cooperationFte()));
        assertEquals(new BigDecimal("12000.00"), decision.step(StepCode.CAF_FUNDING).orElseThrow().amount());
        ComputationStep last = decision.steps().get(decision.steps().size() - 1);
        assertEquals(StepCode.FUNDING_REFUSED, last.code());
        assertEquals(NO_FUNDING, last.amount());
        assertEquals(List.of(FindingCode.EMPLOYER_NOT_SIGNATORY),
                decision.blockingFindings().stream().map(Finding::code).toList());
    }

    @Test
    void warningsAloneKeepTheFunding() {
        FundingDecision decision = evaluate(Posts.compliant().share("0.2").qualification(Qualification.BELOW_BAC2)
                .with(PostFunction.DIRECTOR).with(PostFunction.ADMINISTRATIVE_ASSISTANT)
                .employer(EmployerKind.PROVIDER), CompliancePhase.PHASE_1);

        assertTrue(decision.funded());
        assertEquals(new BigDecimal("4800.00"), decision.cafFunding());
        assertEquals(List.of(FindingCode.SHARE_BELOW_25, FindingCode.ADMINISTRATIVE_ASSISTANT,
                FindingCode.DIRECTOR_FUNCTION, FindingCode.QUALIFICATION_BELOW_BAC2,
                FindingCode.PROVIDER_EXCEPTION), decision.findingCodes());
        assertEquals(List.of(), decision.blockingFindings());
    }

    @Test
    void severalBlockingRulesAreAllReportedInOrder() {
        FundingDecision decision = evaluate(Posts.compliant().origin(PostOrigin.DEVELOPMENT).share("0.3")
                .qualification(Qualification.BELOW_BAC2).employer(EmployerKind.OTHER).cofinancing("0.3")
                .with(PostFunction.SERVICE_FUNDED), CompliancePhase.PHASE_3);

        assertEquals(List.of(FindingCode.NEW_POST_SHARE_BELOW_50, FindingCode.NEW_POST_BELOW_HALF_FTE,
                FindingCode.QUALIFICATION_BELOW_BAC2, FindingCode.EMPLOYER_NOT_SIGNATORY,
                FindingCode.COFINANCING_BELOW_50, FindingCode.SERVICE_FUNDED_POST), decision.findingCodes());
        assertEquals(5, decision.blockingFindings().size());
        assertEquals(NO_FUNDING, decision.cafFunding());
        assertEquals(new BigDecimal("14400.00"), decision.eligibleCost());
    }
}

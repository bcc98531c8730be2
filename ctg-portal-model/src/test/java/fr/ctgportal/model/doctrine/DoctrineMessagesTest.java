package fr.ctgportal.model.doctrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoctrineMessagesTest {

    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(CompliancePhase.class, Severity.class,
            FindingCode.class, DoctrineParameter.class, PostOrigin.class, PostFunction.class, Qualification.class,
            EmployerKind.class, StepCode.class);

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = DoctrineMessages.of(locale).bundle();
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    /** The keys of one file alone: a bundle's key set also holds its parent's, which would hide a gap. */
    private static Set<String> fileKeys(String file) {
        java.util.Properties properties = new java.util.Properties();
        try (var in = DoctrineMessagesTest.class.getResourceAsStream("/fr/ctgportal/model/doctrine/" + file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        Set<String> french = fileKeys("messages.properties");
        Set<String> english = fileKeys("messages_en.properties");

        assertEquals(french, english);
        assertTrue(french.size() > 90, "keys: " + french.size());
    }

    @ParameterizedTest(name = "bundle {0}: no straight apostrophe (MessageFormat would eat it)")
    @ValueSource(strings = {"fr", "en"})
    void patternsHaveNoStraightApostrophe(String language) {
        ResourceBundle bundle = DoctrineMessages.of(Locale.forLanguageTag(language)).bundle();

        for (String key : Collections.list(bundle.getKeys())) {
            assertFalse(bundle.getString(key).contains("'"), key);
        }
    }

    @Test
    void everyRuleStepAndLabelHasItsText() {
        DoctrineMessages french = DoctrineMessages.french();
        Set<String> keys = keys(Locale.FRENCH);
        for (FindingCode code : FindingCode.values()) {
            assertTrue(
                    keys.contains(code.messageKey(Severity.BLOCKING))
                            || keys.contains(code.messageKey(Severity.WARNING)),
                    code.name());
        }
        for (StepCode code : StepCode.values()) {
            assertTrue(keys.contains(code.messageKey()), code.name());
        }
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertFalse(french.label(constant).isBlank(), constant.name());
            }
        }
        assertEquals("Bloquant", french.label(Severity.BLOCKING));
        assertEquals("Plafond de coût par ETP", french.label(DoctrineParameter.CEILING_PER_FTE));
        assertEquals("Cost ceiling per FTE",
                DoctrineMessages.of(Locale.ENGLISH).label(DoctrineParameter.CEILING_PER_FTE));
    }

    @Test
    void bundleIsReadAsUtf8() {
        assertEquals("Coût annuel de l’emploi", DoctrineMessages.french().text("step.annual_cost"));
        assertEquals("Phase 2 : mise en conformité au renouvellement de la Ctg",
                DoctrineMessages.french().label(CompliancePhase.PHASE_2));
    }

    @Test
    void frenchIsTheDefaultWhateverTheServerLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();

            assertEquals("Bloquant", DoctrineMessages.of(Locale.GERMAN).label(Severity.BLOCKING));
            assertEquals("Bloquant", DoctrineMessages.of(Locale.FRANCE).label(Severity.BLOCKING));
            assertEquals("Bloquant", DoctrineMessages.of(null).label(Severity.BLOCKING));
            FundingDecision decision = Doctrine.standard().evaluate(
                    Posts.compliant().employer(EmployerKind.OTHER).build(), CompliancePhase.PHASE_1, Posts.ON);
            assertTrue(decision.findings().get(0).message().startsWith("L’employeur n’est ni une collectivité"),
                    decision.findings().get(0).message());
        } finally {
            Locale.setDefault(saved);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void findingsCanBeAskedInEnglish() {
        FundingDecision decision = Doctrine.standard().evaluate(Posts.compliant().cofinancing("0.4").build(),
                CompliancePhase.PHASE_1, Posts.ON, Locale.ENGLISH);

        assertEquals("The co-financing guaranteed by the authority (40\u00A0% of the post’s cost) is below the "
                + "minimum of 50\u00A0%: the post is not funded. The authority must commit to co-finance at least "
                + "50\u00A0% of the post’s cost.", decision.findings().get(0).message());
    }

    @Test
    void everyFindingMessageIsComplete() {
        // One situation raising every rule that can be raised together, in each phase and language.
        PostSituation many = Posts.compliant().origin(PostOrigin.DEVELOPMENT).share("0.3")
                .qualification(Qualification.BELOW_BAC2).employer(EmployerKind.PROVIDER).cofinancing("0.2")
                .with(PostFunction.ADMINISTRATIVE_ASSISTANT).with(PostFunction.DIRECTOR)
                .with(PostFunction.SERVICE_FUNDED).vacantSince(Posts.ON.minusMonths(3)).build();
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            for (CompliancePhase phase : CompliancePhase.values()) {
                FundingDecision decision = Doctrine.standard().evaluate(many, phase, Posts.ON, locale);
                assertEquals(9, decision.findings().size(), decision.findingCodes().toString());
                for (Finding finding : decision.findings()) {
                    assertFalse(finding.message().contains("{"), finding.message());
                    assertTrue(finding.message().length() > 60, finding.message());
                }
                decision.steps().forEach(step -> assertFalse(step.label().contains("{"), step.label()));
            }
        }
    }
}

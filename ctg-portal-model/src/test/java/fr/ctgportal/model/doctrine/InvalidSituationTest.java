package fr.ctgportal.model.doctrine;

import static fr.ctgportal.model.doctrine.Posts.ON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidSituationTest {

    private final Doctrine doctrine = Doctrine.standard();

    static Stream<Arguments> invalidSituations() {
        return Stream.of(
                invalid("cost 0", p -> p.cost("0"), "annualCost",
                        "Le coût annuel de l’emploi doit être strictement positif (valeur saisie : 0,00\u00A0€)."),
                invalid("cost negative", p -> p.cost("-1"), "annualCost", "strictement positif"),
                invalid("cost missing", p -> p.cost(null), "annualCost",
                        "Donnée manquante : le coût annuel de l’emploi est obligatoire."),
                invalid("FTE 0", p -> p.fte("0"), "employmentFte",
                        "Le temps de travail de l’emploi doit être supérieur à 0 et au plus de 1 ETP (valeur saisie : 0 ETP)."),
                invalid("FTE above 1", p -> p.fte("1.01"), "employmentFte", "valeur saisie : 1,01 ETP"),
                invalid("FTE negative", p -> p.fte("-0.5"), "employmentFte", "au plus de 1 ETP"),
                invalid("FTE missing", p -> p.fte(null), "employmentFte", "Donnée manquante"),
                invalid("share negative", p -> p.share("-0.01"), "cooperationShare",
                        "La quotité consacrée à la coopération doit être comprise entre 0 % et 100 % (valeur saisie : -1\u00A0%)."),
                invalid("share above 1", p -> p.share("1.01"), "cooperationShare", "valeur saisie : 101\u00A0%"),
                invalid("share missing", p -> p.share(null), "cooperationShare",
                        "la quotité consacrée à la coopération est obligatoire"),
                invalid("origin missing", p -> p.origin(null), "origin", "l’origine du poste"),
                invalid("functions missing", p -> p.functions(null), "functions",
                        "la liste des fonctions du poste est obligatoire"),
                invalid("functions with a null",
                        p -> p.functions(new HashSet<>(Arrays.asList(PostFunction.DIRECTOR, null))),
                        "functions", "ne doit pas contenir de valeur vide"),
                invalid("qualification missing", p -> p.qualification(null), "qualification",
                        "le niveau de qualification est obligatoire"),
                invalid("employer missing", p -> p.employer(null), "employer", "l’employeur est obligatoire"),
                invalid("co-financing negative", p -> p.cofinancing("-0.1"), "authorityCofinancingShare",
                        "valeur saisie : -10\u00A0%"),
                invalid("co-financing above 1", p -> p.cofinancing("1.1"), "authorityCofinancingShare",
                        "La part de co-financement de la collectivité doit être comprise entre 0 % et 100 %"),
                invalid("co-financing missing", p -> p.cofinancing(null), "authorityCofinancingShare",
                        "Donnée manquante"),
                invalid("vacant after the evaluation", p -> p.vacantSince(ON.plusDays(1)), "vacantSince",
                        "La date de début de vacance (02/06/2026) ne peut pas être postérieure à la date d’évaluation (01/06/2026)."));
    }

    private static Arguments invalid(String name, UnaryOperator<Posts> change, String field, String message) {
        return Arguments.of(name, change, field, message);
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("invalidSituations")
    void invalidSituationIsRefused(String name, UnaryOperator<Posts> change, String field, String message) {
        PostSituation situation = change.apply(Posts.compliant()).build();

        for (CompliancePhase phase : CompliancePhase.values()) {
            InvalidSituationException refused = assertThrows(InvalidSituationException.class,
                    () -> doctrine.evaluate(situation, phase, ON));
            assertEquals(field, refused.field());
            assertTrue(refused.getMessage().contains(message), refused.getMessage());
        }
        assertThrows(InvalidSituationException.class, () -> SituationValidator.validate(situation, ON));
    }

    @Test
    void missingPhaseDateOrSituationIsRefused() {
        PostSituation situation = Posts.compliant().build();

        InvalidSituationException noPhase = assertThrows(InvalidSituationException.class,
                () -> doctrine.evaluate(situation, null, ON));
        InvalidSituationException noDate = assertThrows(InvalidSituationException.class,
                () -> doctrine.evaluate(situation, CompliancePhase.PHASE_1, null));
        InvalidSituationException noSituation = assertThrows(InvalidSituationException.class,
                () -> doctrine.evaluate(null, CompliancePhase.PHASE_1, ON));

        assertEquals("phase", noPhase.field());
        assertEquals("Donnée manquante : la phase de mise en conformité est obligatoire.", noPhase.getMessage());
        assertEquals("on", noDate.field());
        assertEquals("Donnée manquante : la date d’évaluation est obligatoire.", noDate.getMessage());
        assertEquals("situation", noSituation.field());
    }

    static Stream<Arguments> boundaryValues() {
        return Stream.of(
                Arguments.of("full time", (UnaryOperator<Posts>) p -> p.fte("1"), "12000.00"),
                Arguments.of("smallest FTE", (UnaryOperator<Posts>) p -> p.fte("0.01").cost("480"), "120.00"),
                Arguments.of("no time on the mission", (UnaryOperator<Posts>) p -> p.share("0"), "0.00"),
                Arguments.of("all the time on the mission", (UnaryOperator<Posts>) p -> p.share("1"), "24000.00"),
                Arguments.of("one cent", (UnaryOperator<Posts>) p -> p.cost("0.01").share("1"), "0.01"),
                Arguments.of("vacant since today", (UnaryOperator<Posts>) p -> p.vacantSince(ON), "12000.00"));
    }

    @ParameterizedTest(name = "{0} is accepted")
    @MethodSource("boundaryValues")
    void boundaryValuesAreAccepted(String name, UnaryOperator<Posts> change, String funding) {
        FundingDecision decision = doctrine.evaluate(change.apply(Posts.compliant()).build(),
                CompliancePhase.PHASE_1, ON);

        assertEquals(new BigDecimal(funding), decision.cafFunding());
    }

    @Test
    void cofinancingBoundsAreAcceptedAsInputs() {
        assertEquals(new BigDecimal("0.00"), doctrine.evaluate(Posts.compliant().cofinancing("0").build(),
                CompliancePhase.PHASE_1, ON).cafFunding());
        assertEquals(new BigDecimal("12000.00"), doctrine.evaluate(Posts.compliant().cofinancing("1").build(),
                CompliancePhase.PHASE_1, ON).cafFunding());
    }
}

package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.model.compliance.Milestone;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import fr.ctgportal.model.shared.TextLimit;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every enum a view names has a label for each constant, in French and in English. */
class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    void everyConstantOfEveryLabelledEnumHasItsKeyInBothLanguages() {
        for (Locale locale : new Locale[]{Locale.FRENCH, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            Labels.PREFIXES.keySet().forEach(type -> {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertTrue(bundle.containsKey(Labels.key(value, "")), Labels.key(value, "") + " in " + locale);
                }
            });
            for (Milestone m : Milestone.values()) {
                assertTrue(bundle.containsKey(Labels.key(m, "short.")), "short label of " + m);
            }
        }
    }

    @Test
    void aConstantIsNamedByItsPrefixAndName() {
        assertEquals("recruitment.stage.DRAFT", Labels.key(RecruitmentStage.DRAFT, ""));
        assertEquals("Fiche de poste en rédaction",
                Messages.text(Locale.FRENCH, Labels.key(RecruitmentStage.DRAFT, "")));
    }

    @Test
    void anEnumWithoutLabelsIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> labels.of(TextLimit.REASON));
    }
}

package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The interface speaks French first, and English completely. */
class BundlesTest {

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        Set<String> french = keys(Locale.FRENCH);
        Set<String> english = keys(Locale.ENGLISH);
        assertTrue(french.size() > 50, "the bundle was found");
        assertEquals(french, english);
    }

    @Test
    void frenchIsServedForFrenchWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH); // a server configured in English must still answer in French
            assertEquals("Page introuvable", Messages.text(Locale.FRENCH, "error.404.title"));
            assertEquals("Page not found", Messages.text(Locale.ENGLISH, "error.404.title"));
            assertNotEquals(Messages.text(Locale.FRENCH, "nav.logout"), Messages.text(Locale.ENGLISH, "nav.logout"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(ResourceBundle.getBundle(Messages.BUNDLE, locale).keySet());
    }
}

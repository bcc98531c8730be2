package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The interface speaks French first, and English completely. */
class BundlesTest {

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        Set<String> french = fileKeys("messages.properties");
        Set<String> english = fileKeys("messages_en.properties");
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

    /** The keys of one file alone: a bundle's key set also holds its parent's, which would hide a gap. */
    private static Set<String> fileKeys(String file) {
        Properties properties = new Properties();
        try (var in = BundlesTest.class.getResourceAsStream("/fr/ctgportal/web/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}

package fr.ctgportal.model.doctrine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible text of the doctrine, from the {@code messages} bundle of this package
 * (French in {@code messages.properties}, English in {@code messages_en.properties}).
 *
 * <p>Key scheme, all lower case: {@code finding.<code>.<severity>} (finding messages),
 * {@code step.<code>} (computation steps), {@code field.<field>} (names of inputs),
 * {@code invalid.<field or topic>[.<reason>]} (refusals), {@code label.<enum type>.<constant>}
 * (display names of enum constants, see {@link #label(Enum)}).
 *
 * <p>French is the default whatever the JVM's default locale: the bundle lookup does not fall
 * back to the default locale (otherwise an English server would answer in English). Patterns
 * are {@link MessageFormat}s; they use the typographic apostrophe (’) since a plain one quotes.
 */
public final class DoctrineMessages {

    /** Base name of the bundle. */
    public static final String BUNDLE_NAME = "fr.ctgportal.model.doctrine.messages";
    /** The language of the Caf and the authorities. */
    public static final Locale DEFAULT_LOCALE = Locale.FRENCH;

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DoctrineMessages FRENCH = new DoctrineMessages(DEFAULT_LOCALE);

    private final Locale locale;
    private final ResourceBundle bundle;

    private DoctrineMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE_NAME, locale, DoctrineMessages.class.getClassLoader(),
                NO_FALLBACK);
    }

    /** @return the French messages */
    public static DoctrineMessages french() {
        return FRENCH;
    }

    /** @return the messages for that locale (French if null or not translated) */
    public static DoctrineMessages of(Locale locale) {
        return locale == null || locale.getLanguage().equals(DEFAULT_LOCALE.getLanguage())
                ? FRENCH
                : new DoctrineMessages(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** @return the bundle itself, e.g. to list its keys */
    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * @param key  a bundle key
     * @param args the arguments, already formatted (see {@link DoctrineFormats})
     * @return the message
     */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** @return the display name of an enum constant of this package, key {@code label.<type>.<constant>} */
    public String label(Enum<?> value) {
        return text("label." + snake(value.getDeclaringClass().getSimpleName()) + "."
                + value.name().toLowerCase(Locale.ROOT));
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}

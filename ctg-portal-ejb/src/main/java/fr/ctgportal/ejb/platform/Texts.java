package fr.ctgportal.ejb.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The French texts the EJBs write themselves (letters, audit details), from one bundle. */
public final class Texts {

    /** The language of what the EJBs write (letters, audit details, the doctrine's findings and steps). */
    public static final Locale LOCALE = Locale.FRENCH;

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("fr.ctgportal.ejb.texts", LOCALE);

    private Texts() {
    }

    public static String text(String key, Object... args) {
        return args.length == 0 ? TEXTS.getString(key) : MessageFormat.format(TEXTS.getString(key), args);
    }

    /** @return the French label of an enum value, key {@code <prefix>.<NAME>} */
    public static String label(String prefix, Enum<?> value) {
        return TEXTS.getString(prefix + "." + value.name());
    }
}

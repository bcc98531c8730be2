package fr.ctgportal.ejb.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The French texts the EJBs write themselves (letters, audit details, e-mails), from one bundle. */
public final class Texts {

    /** The language the EJBs write in: the Caf's letters, the audit trail and the e-mails are in French. */
    public static final Locale LOCALE = Locale.FRENCH;

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("fr.ctgportal.ejb.texts", LOCALE);

    private Texts() {
    }

    /** @return the text of the key, formatted with the arguments ({@link MessageFormat}) when there are some */
    public static String text(String key, Object... args) {
        return args.length == 0 ? TEXTS.getString(key) : MessageFormat.format(TEXTS.getString(key), args);
    }

    /** @return the French label of an enum value, key {@code <prefix>.<NAME>} */
    public static String label(String prefix, Enum<?> value) {
        return TEXTS.getString(prefix + "." + value.name());
    }
}

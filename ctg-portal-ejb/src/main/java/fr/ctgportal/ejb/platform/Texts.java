package fr.ctgportal.ejb.platform;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The French texts the EJBs write themselves (letters, audit details), from one bundle. */
public final class Texts {

    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("fr.ctgportal.ejb.texts", PortalDoctrine.LOCALE);

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

package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The French texts the recruitment EJBs write themselves (letters, audit details), from one bundle. */
final class RecruitmentTexts {

    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("fr.ctgportal.ejb.recruitment.texts", PortalDoctrine.LOCALE);

    private RecruitmentTexts() {
    }

    static String text(String key, Object... args) {
        return args.length == 0 ? TEXTS.getString(key) : MessageFormat.format(TEXTS.getString(key), args);
    }

    /** @return the French label of an enum value, key {@code <prefix>.<NAME>} */
    static String label(String prefix, Enum<?> value) {
        return TEXTS.getString(prefix + "." + value.name());
    }
}

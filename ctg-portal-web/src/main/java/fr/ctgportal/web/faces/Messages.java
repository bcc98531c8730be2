package fr.ctgportal.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible text from the web bundle, in the view's language (French by default). */
public final class Messages {

    public static final String BUNDLE = "fr.ctgportal.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        return text(locale(), key, args);
    }

    /** @return the view's language; French outside a view */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
    }

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    /**
     * An error shown next to a field (its {@code p:message}); the field is marked invalid so that it
     * is highlighted and announced as such. Without a field, the message is global.
     *
     * @param clientId the field's client id, e.g. {@code sim:fte}; null for a global message
     * @param text     the text, already in the user's language
     */
    public static void fieldError(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clientId != null && faces.getViewRoot().findComponent(":" + clientId) instanceof UIInput input) {
            input.setValid(false);
        } else {
            clientId = null;
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }
}

package fr.ctgportal.web.faces;

import fr.ctgportal.model.shared.TextLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The limits of {@link TextLimit} for the views ({@code #{textLimits.max('NAME')}}, the counter of
 * {@code ctg:textArea}), so that a field counts as the service and the column do.
 */
@Named("textLimits")
@ApplicationScoped
public class TextLimits {

    /**
     * @param kind the name of a {@link TextLimit}, e.g. {@code "REASON"}
     * @return its most characters
     * @throws IllegalArgumentException for an unknown or missing kind
     */
    public int max(String kind) {
        return TextLimit.valueOf(kind).max();
    }

    /**
     * @param text a field's text, as typed
     * @param kind the name of its {@link TextLimit}
     * @return the field's counter, e.g. "4 512 caractères sur 4 000" (characters as {@link TextLimit#length} counts them)
     */
    public String counter(Object text, String kind) {
        return Messages.text("field.counter", TextLimit.length(text == null ? null : text.toString()), max(kind));
    }
}

package fr.ctgportal.web.faces;

import fr.ctgportal.model.shared.TextLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The limits of {@link TextLimit} for the views ({@code maxlength="#{textLimits.max('NAME')}"}), so that
 * a field stops where the service and the column do.
 */
@Named("textLimits")
@ApplicationScoped
public class TextLimits {

    /**
     * @param kind the name of a {@link TextLimit}, e.g. {@code "TEXT"}
     * @return its most characters
     * @throws IllegalArgumentException for an unknown kind
     */
    public int max(String kind) {
        return TextLimit.valueOf(kind).max();
    }
}

package fr.ctgportal.ejb.doctrine;

import fr.ctgportal.ejb.platform.InvalidInputException;

/**
 * The doctrine refused to compute on an input ({@link fr.ctgportal.model.doctrine.InvalidSituationException}
 * turned into an application exception): {@link #field()} names the input, the single argument of
 * the message key is the doctrine's French explanation.
 */
public class SituationRefusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /** Key of the web bundle; its argument {0} is the doctrine's explanation. */
    public static final String MESSAGE_KEY = "doctrine.error.invalidSituation";

    private final String field;
    private final String explanation;

    public SituationRefusedException(String field, String explanation) {
        super(MESSAGE_KEY, explanation);
        this.field = field;
        this.explanation = explanation;
    }

    /** @return the offending input: a {@link fr.ctgportal.model.doctrine.PostSituation} component name, or phase, on... */
    public String field() {
        return field;
    }

    /** @return the doctrine's French explanation */
    public String explanation() {
        return explanation;
    }
}

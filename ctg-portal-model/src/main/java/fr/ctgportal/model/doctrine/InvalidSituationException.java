package fr.ctgportal.model.doctrine;

/**
 * An input the doctrine refuses to compute on (missing value, value out of range, vacancy after
 * the evaluation date, date before the first parameter value...). The message is in French, ready
 * to show; {@link #field()} names the offending input (a {@link PostSituation} component name, or
 * {@code situation}, {@code phase}, {@code on}, {@code phase3Deadline}).
 */
public class InvalidSituationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidSituationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the name of the offending input, e.g. {@code annualCost} */
    public String field() {
        return field;
    }
}

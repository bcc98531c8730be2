package fr.ctgportal.model.shared;

/**
 * The longest text of each kind, in characters: the one limit the view (counter, maxlength), the
 * service (refusal) and the column use for that kind. Typed text is stripped, never cut.
 */
public enum TextLimit {
    /** A free text: a mission, a reason, a comment, a message, an answer, an opinion. */
    TEXT(4000),
    /** A person's name, a post's title, a label on a weighing line. */
    NAME(150),
    /** A login of the identity provider. */
    ACCOUNT(100),
    /** The title of a meeting. */
    TITLE(200),
    /** A diploma or a qualification. */
    QUALIFICATION(300),
    /** A reason given on one line (plan dates, committee). */
    SHORT_REASON(500),
    /** The source of a doctrine parameter. */
    SOURCE(2000);

    /** The message key of a text over its limit. */
    public static final String TOO_LONG = "recruitment.error.textTooLong";

    private final int max;

    TextLimit(int max) {
        this.max = max;
    }

    /** @return the most characters a text of this kind may have */
    public int max() {
        return max;
    }

    /**
     * An optional text as stored: stripped, and null when blank.
     *
     * @throws DomainRuleException with {@link #TOO_LONG} if the stripped text is longer than {@link #max()}
     */
    public String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new DomainRuleException(TOO_LONG);
        }
        return stripped;
    }

    /**
     * A required text as stored: stripped.
     *
     * @param missingKey the message key when it is blank
     * @throws DomainRuleException with {@code missingKey} if blank, {@link #TOO_LONG} if too long
     */
    public String required(String text, String missingKey) {
        String stripped = optional(text);
        if (stripped == null) {
            throw new DomainRuleException(missingKey);
        }
        return stripped;
    }
}

package fr.ctgportal.model.shared;

import java.util.List;

/**
 * What a typed text may be, per kind of content: its most characters, and whether it is one line. The
 * one rule the view (counter, validator), the service (refusal) and the column use for that kind.
 *
 * <p>A text is counted as a person counts it: in characters (Unicode code points, so an emoji or a
 * CJK ideograph is one, as MariaDB's utf8mb4 columns count), after line breaks are made {@code \n}
 * (a browser posts a line break as CRLF but shows and counts it as one). A text is stored stripped,
 * with {@code \n} line breaks; it is never cut: too long, it is refused with its length and limit.
 * A one-line text refuses line breaks; every text refuses the bidirectional controls
 * (U+202A–U+202E, U+2066–U+2069), which could make a text read differently from what it holds.
 */
public enum TextLimit {
    /** A paragraph of a job description (a mission, the organisation, the co-financing) or a candidate's situation. */
    DESCRIPTION(4000, false),
    /** The reasons of a decision or a request: an opinion, a choice, a refusal, a procedure, a vacancy, a commitment. */
    REASON(4000, false),
    /** A message of a recruitment file's thread. */
    MESSAGE(4000, false),
    /** A comment on an item of a job description or on a weighing. */
    COMMENT(4000, false),
    /** An answer of an annual report: an indicator's nature, a function's text, the employer's remarks. */
    ANSWER(4000, false),
    /** An evaluation of a post, the Caf's review of a report (its annual evaluation or the additions asked), the conclusion of a Ctg's review. */
    EVALUATION(8000, false),
    /** The source of a doctrine parameter (a text of the Cnaf or the Caf, with its references). */
    SOURCE(2000, false),
    /** A person's name, a post's title, a label on a weighing line. */
    NAME(150, true),
    /** A login of the identity provider. */
    ACCOUNT(100, true),
    /** The title of a meeting. */
    TITLE(200, true),
    /** A diploma or a qualification. */
    QUALIFICATION(300, true),
    /** A reason given on one line (plan dates, committee). */
    SHORT_REASON(500, true);

    /** The message key of a text over its limit; arguments: its length, the limit. */
    public static final String TOO_LONG = "recruitment.error.textTooLong";
    /** The message key of a line break in a one-line text. */
    public static final String LINE_BREAK = "text.error.lineBreak";
    /** The message key of a bidirectional control character. */
    public static final String BIDI_CONTROL = "text.error.bidiControl";

    private final int max;
    private final boolean singleLine;

    TextLimit(int max, boolean singleLine) {
        this.max = max;
        this.singleLine = singleLine;
    }

    /** @return the most characters a text of this kind may have */
    public int max() {
        return max;
    }

    /** @return true for a one-line text (no line break) */
    public boolean singleLine() {
        return singleLine;
    }

    /**
     * @return the characters of a text as counted against a limit: code points, a line break (CRLF,
     *         CR or LF) counting one; 0 for null
     */
    public static int length(String text) {
        if (text == null) {
            return 0;
        }
        String lines = lineFeeds(text);
        return lines.codePointCount(0, lines.length());
    }

    /**
     * An optional text as stored: line breaks as {@code \n}, stripped, and null when blank.
     *
     * @throws DomainRuleException {@link #TOO_LONG} (with the length and the limit) if longer than
     *                             {@link #max()}; {@link #LINE_BREAK} for a line break in a one-line
     *                             text; {@link #BIDI_CONTROL} for a bidirectional control
     */
    public String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String kept = lineFeeds(text).strip();
        if (singleLine && kept.indexOf('\n') >= 0) {
            throw new DomainRuleException(LINE_BREAK);
        }
        if (kept.codePoints().anyMatch(TextLimit::isBidiControl)) {
            throw new DomainRuleException(BIDI_CONTROL);
        }
        int length = kept.codePointCount(0, kept.length());
        if (length > max) {
            throw new DomainRuleException(TOO_LONG, length, max);
        }
        return kept;
    }

    /**
     * A required text as stored: line breaks as {@code \n}, stripped.
     *
     * @param missingKey the message key when it is blank
     * @throws DomainRuleException with {@code missingKey} if blank, or as {@link #optional(String)}
     */
    public String required(String text, String missingKey) {
        String stripped = optional(text);
        if (stripped == null) {
            throw new DomainRuleException(missingKey);
        }
        return stripped;
    }

    /** @return true for U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates) */
    public static boolean isBidiControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /**
     * A stored text shown where one line is expected (a mail's subject, a line of a letter): line
     * breaks and other controls become spaces, bidirectional controls are dropped. Stored texts are
     * checked already; this keeps older rows and the portal's own values from breaking a line.
     *
     * @return the text on one line; "" for null
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isBidiControl(c))
                .map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c)
                .forEach(line::appendCodePoint);
        return line.toString().replaceAll(" {2,}", " ").strip();
    }

    /** @return the lines of a stored multi-line text, each {@link #oneLine(String)}; none for null */
    public static List<String> lines(String text) {
        return text == null ? List.of() : lineFeeds(text).strip().lines().map(TextLimit::oneLine).toList();
    }

    /** @return the text with its line breaks (CRLF, CR) as {@code \n}, as it is counted and stored */
    public static String lineFeeds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}

package fr.ctgportal.web.faces;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * How a person types each kind of number in the portal, and the one reading of it: a comma or a
 * point for the decimals ({@code 45000.5} = {@code 45000,5}), a space, a no-break space (U+00A0)
 * or a narrow no-break space (U+202F) between groups of three digits ({@code 38 500,50}), the
 * kind's unit after it if the person wants ({@code 50 %}, {@code 12 000 €}).
 *
 * <p>Anything else is refused, never rounded nor guessed: a sign, a letter, two decimal
 * separators ({@code 1.2.3}), a mix of comma and point ({@code 1.234,5} or {@code 12,345.6}: each
 * is a thousands separator somewhere, so the reading is ambiguous), badly grouped digits
 * ({@code 38 50}), more decimals than the kind allows (counted as typed: {@code 45.000} is three
 * decimals, refused for an amount rather than read as 45 €), a value above the kind's largest.
 * A percentage is typed as shown ({@code 62,5} for 62,5 %) and read as a fraction (0.625), the
 * unit of the doctrine and of the database.
 */
public enum NumberKind {

    /** An amount in euros, to the cent, below 100 million (the columns' precision). */
    MONEY(2, new BigDecimal("99999999.99"), "€"),
    /** A number of FTE, to the hundredth (a weighing line, an employment's working time). */
    FTE(2, new BigDecimal("99.99"), "ETP"),
    /** A percentage from 0 to 100 with up to two decimals, read as a fraction (62,5 → 0.625). */
    PERCENT(2, new BigDecimal("100"), "%"),
    /** A whole number of things, 0 or more (a report's counts): no decimal separator at all. */
    WHOLE(0, BigDecimal.valueOf(Integer.MAX_VALUE)),
    /** A doctrine parameter as shown in its table: euros, a percentage, FTE or months. */
    DECIMAL(2, new BigDecimal("9999999999"), "€", "%", "ETP", "mois");

    /** Longest text read: anything longer is not a number a person typed for this portal. */
    static final int MAX_LENGTH = 40;

    private final int scale;
    private final BigDecimal max;
    private final List<String> units;

    NumberKind(int scale, BigDecimal max, String... units) {
        this.scale = scale;
        this.max = max;
        this.units = List.of(units);
    }

    /** Why a text is refused; each has its French message per kind (see {@link #messageKey}). */
    public enum Problem {
        /** Not a number written the French or the English way, a sign, or beyond the kind's range. */
        FORMAT,
        /** More decimals than the kind allows: the value would have to be rounded. */
        SCALE
    }

    /** A text that is not a number of this kind. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        Refused(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** @return the bundle key of the message for that problem, e.g. {@code number.money.scale} */
    public String messageKey(Problem problem) {
        return "number." + name().toLowerCase(Locale.ROOT) + "." + problem.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text what the person typed or pasted
     * @return the number (a fraction for {@link #PERCENT}), or null for an empty text
     * @throws Refused when the text is not a number of this kind
     */
    public BigDecimal parse(String text) throws Refused {
        String s = trim(text == null ? "" : text);
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > MAX_LENGTH) {
            throw new Refused(Problem.FORMAT);
        }
        s = withoutUnit(s);
        int comma = s.indexOf(',');
        int point = s.indexOf('.');
        if (comma >= 0 && point >= 0 || s.indexOf(',', comma + 1) > 0 || s.indexOf('.', point + 1) > 0) {
            throw new Refused(Problem.FORMAT); // a mix, or a separator twice: ambiguous
        }
        int separator = Math.max(comma, point);
        String whole = separator < 0 ? s : s.substring(0, separator);
        String decimals = separator < 0 ? "" : s.substring(separator + 1);
        if (separator >= 0 && scale == 0 || whole.isEmpty() && decimals.isEmpty() || !digits(decimals)) {
            throw new Refused(Problem.FORMAT);
        }
        String integer = grouped(whole);
        if (decimals.length() > scale) {
            throw new Refused(Problem.SCALE);
        }
        BigDecimal value = new BigDecimal(
                (integer.isEmpty() ? "0" : integer) + (decimals.isEmpty() ? "" : "." + decimals));
        if (value.compareTo(max) > 0) {
            throw new Refused(Problem.FORMAT);
        }
        return this == PERCENT ? value.movePointLeft(2) : value;
    }

    /** @return the digits of the integer part, its groups of three joined; refused when badly grouped */
    private static String grouped(String whole) throws Refused {
        String[] groups = whole.split("[ \u00a0\u202f]", -1);
        for (int i = 0; i < groups.length; i++) {
            boolean sized = groups.length == 1
                    || (i == 0 ? !groups[i].isEmpty() && groups[i].length() <= 3 : groups[i].length() == 3);
            if (!sized || !digits(groups[i])) {
                throw new Refused(Problem.FORMAT);
            }
        }
        return String.join("", groups);
    }

    private String withoutUnit(String s) {
        for (String unit : units) {
            if (s.length() > unit.length()
                    && s.regionMatches(true, s.length() - unit.length(), unit, 0, unit.length())) {
                return trim(s.substring(0, s.length() - unit.length()));
            }
        }
        return s;
    }

    private static boolean digits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t';
    }

    private static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && space(s.charAt(from))) {
            from++;
        }
        while (to > from && space(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}

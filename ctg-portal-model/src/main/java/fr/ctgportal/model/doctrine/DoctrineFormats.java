package fr.ctgportal.model.doctrine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * French formats shared by the doctrine's messages and the other layers: "12 000,00 €",
 * "31/12/2026", "25 %", "0,8".
 *
 * <p>The JDK's French number format uses a narrow no-break space (U+202F) to group digits, which
 * many fonts and PDF tools render badly; every separator here is a plain no-break space
 * ({@link #NBSP}, U+00A0), so that an amount never breaks across lines. A null value gives "".
 */
public final class DoctrineFormats {

    /** The no-break space (U+00A0) used as digit grouping and before "€" and "%". */
    public static final char NBSP = '\u00A0';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRANCE);

    private DoctrineFormats() {
    }

    /** @return the amount to the cent (half up) French-style, e.g. "12 000,00 €" */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : pattern("#,##0.00").format(amount) + NBSP + "€";
    }

    /** @return the date as dd/MM/yyyy, e.g. "31/12/2026" */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** @return a fraction as a percentage with up to 4 decimals, e.g. 0.2499 → "24,99 %" */
    public static String percent(BigDecimal fraction) {
        return fraction == null ? "" : decimal(fraction.movePointRight(2)) + NBSP + "%";
    }

    /** @return a number with up to 4 decimals and no trailing zero, e.g. "0,8", "1", "1 234,5" */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : pattern("#,##0.####").format(value);
    }

    /**
     * @param text text produced by a JDK French format
     * @return the same text with narrow no-break spaces (U+202F) replaced by {@link #NBSP}
     */
    public static String normalizeSpaces(String text) {
        return text == null ? null : text.replace('\u202F', NBSP);
    }

    // DecimalFormat is not thread-safe: one per call.
    private static DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NBSP);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}

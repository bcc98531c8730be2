package fr.ctgportal.web.faces;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The portal's display formats: money as {@code 12 000,00 €}, dates as {@code 31/12/2026},
 * shares as {@code 50 %}. French conventions whatever the interface language, since the figures
 * are French administrative figures.
 */
public final class Formats {

    private static final char NBSP = '\u00A0';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "" : decimal("#,##0.00").format(amount) + NBSP + "€";
    }

    public static String number(BigDecimal value, int decimals) {
        return value == null ? "" : decimal(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(value);
    }

    public static String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        return decimal("#,##0.##").format(fraction.movePointRight(2)) + NBSP + "%";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static NumberFormat decimal(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NBSP);
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }
}

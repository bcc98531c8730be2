package fr.ctgportal.web.faces;

import fr.ctgportal.ejb.platform.PortalTime;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The portal's display formats: money as {@code 12 000,00 €}, dates as {@code 31/12/2026},
 * shares as {@code 50 %}. French conventions whatever the interface language, since the figures
 * are French administrative figures. Money, dates and percentages are the doctrine's own formats
 * ({@link DoctrineFormats}): a figure reads the same in a finding and in a table.
 */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {
    }

    public static String money(BigDecimal amount) {
        return DoctrineFormats.money(amount);
    }

    /**
     * An amount exact to more than the cent (a computation step before rounding) with up to 4
     * decimals, e.g. "12 000,125 €"; otherwise as {@link #money}.
     */
    public static String exactMoney(BigDecimal amount) {
        if (amount == null || amount.stripTrailingZeros().scale() <= 2) {
            return money(amount);
        }
        return DoctrineFormats.decimal(amount) + DoctrineFormats.NBSP + "€";
    }

    /** A number with exactly that many decimals, e.g. "0,80" or "1 234". */
    public static String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(DoctrineFormats.NBSP);
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols).format(value);
    }

    public static String percent(BigDecimal fraction) {
        return DoctrineFormats.percent(fraction);
    }

    /** @return the moment as date and time in the Gard, e.g. {@code 24/11/2026 16:20}; empty for null */
    public static String dateTime(java.time.Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(PortalTime.ZONE));
    }

    public static String date(LocalDate date) {
        return DoctrineFormats.date(date);
    }
}

package fr.ctgportal.model.doctrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoctrineFormatsTest {

    /** Test values use "_" for the no-break space U+00A0, to keep them readable. */
    private static String nbsp(String text) {
        return text.replace('_', '\u00A0');
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12000| 12_000,00_€",
            "12000.00| 12_000,00_€",
            "1234567.891| 1_234_567,89_€",
            "0.005| 0,01_€",
            "2500.0025| 2_500,00_€",
            "999.995| 1_000,00_€",
            "0| 0,00_€",
            "-1500.5| -1_500,50_€",
    })
    void moneyIsFrenchStyleToTheCent(String amount, String expected) {
        assertEquals(nbsp(expected), DoctrineFormats.money(new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0.25| 25_%",
            "0.2499| 24,99_%",
            "0.5| 50_%",
            "1| 100_%",
            "0| 0_%",
            "0.125| 12,5_%",
    })
    void percentOfAFraction(String fraction, String expected) {
        assertEquals(nbsp(expected), DoctrineFormats.percent(new BigDecimal(fraction)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"0.8|0,8", "1.00|1", "0.48|0,48", "1234.5|1_234,5"})
    void decimalWithoutTrailingZeros(String value, String expected) {
        assertEquals(nbsp(expected), DoctrineFormats.decimal(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"2026-12-31|31/12/2026", "2026-01-05|05/01/2026"})
    void dateIsDayMonthYear(LocalDate date, String expected) {
        assertEquals(expected, DoctrineFormats.date(date));
    }

    @Test
    void nullGivesAnEmptyText() {
        assertEquals("", DoctrineFormats.money(null));
        assertEquals("", DoctrineFormats.date(null));
        assertEquals("", DoctrineFormats.percent(null));
        assertEquals("", DoctrineFormats.decimal(null));
    }

    @Test
    void noNarrowNoBreakSpaceIsLeft() {
        String jdk = NumberFormat.getNumberInstance(Locale.FRANCE).format(1234567);

        assertEquals("1\u00A0234\u00A0567", DoctrineFormats.normalizeSpaces(jdk));
        assertFalse(DoctrineFormats.money(new BigDecimal("1234567")).contains("\u202F"));
    }
}

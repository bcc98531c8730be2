package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The converters of the field tags: what is shown in a field reads back as the same value, and a
 * refusal carries the kind's French message.
 */
class NumberConvertersTest {

    private static String french(String key) {
        return Messages.text(Locale.FRENCH, key);
    }

    private static <T> T read(Converter<T> converter, String text) {
        return converter.getAsObject(null, null, text);
    }

    private static <T> String message(Converter<T> converter, String text) {
        return assertThrows(ConverterException.class, () -> read(converter, text)).getFacesMessage().getDetail();
    }

    @Test
    void anAmountTypedWithAPointOrPastedWithSpacesIsTheAmountShown() {
        FormatConverters.Money money = new FormatConverters.Money();
        assertEquals(new BigDecimal("45000.5"), read(money, "45000.5"));
        assertEquals("45\u00a0000,50\u00a0€", money.getAsString(null, null, read(money, "45000.5")));
        assertEquals("38\u00a0500,50\u00a0€", money.getAsString(null, null, read(money, "38 500,50")));
        BigDecimal shown = read(money, "38\u00a0500,50\u00a0€");
        assertEquals(new BigDecimal("38500.50"), shown, "what a field shows reads back unchanged");
        assertNull(read(money, ""));
        assertEquals(french("number.money.scale"), message(money, "45 000,505"));
        assertEquals(french("number.money.format"), message(money, "1.234,5"));
    }

    @Test
    void aShareIsTypedAsAPercentageAndKeptAsAFraction() {
        FormatConverters.Percent percent = new FormatConverters.Percent();
        assertEquals(0, new BigDecimal("0.625").compareTo(read(percent, "62.5")));
        assertEquals("62,5\u00a0%", percent.getAsString(null, null, read(percent, "62,5")));
        assertEquals(0, new BigDecimal("0.5")
                .compareTo(read(percent, percent.getAsString(null, null, new BigDecimal("0.5000")))));
        assertEquals(french("number.percent.format"), message(percent, "150"));
    }

    @Test
    void fteAndCountsReadWhatIsTyped() {
        FormatConverters.Fte fte = new FormatConverters.Fte();
        assertEquals(new BigDecimal("0.8"), read(fte, "0.8"));
        assertEquals("0,80", fte.getAsString(null, null, read(fte, "0,8")));
        FormatConverters.Integer count = new FormatConverters.Integer();
        assertEquals(1200, read(count, "1 200"));
        assertEquals("1\u00a0200", count.getAsString(null, null, 1200));
        for (String refused : new String[]{"2,5", "1.5", "douze", "-5"}) {
            assertEquals(french("number.whole.format"), message(count, refused), refused);
        }
    }

    @Test
    void aParameterValueReadsAsTyped() {
        FormatConverters.Decimal decimal = new FormatConverters.Decimal();
        assertEquals(new BigDecimal("48000"), read(decimal, "48 000 €"));
        assertEquals("48\u00a0000", decimal.getAsString(null, null, new BigDecimal("48000.0000")));
        assertEquals(french("number.decimal.scale"), message(decimal, "48.000"));
    }
}

package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.web.faces.NumberKind.Problem;
import fr.ctgportal.web.faces.NumberKind.Refused;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How typed numbers are read: both decimal separators, spaces between thousands, and refusals, never a shift. */
class NumberKindTest {

    @ParameterizedTest(name = "money \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
            "45000.5|45000.5", "45000,5|45000.5", "38 500,50|38500.50", "38\u00a0500,50|38500.50",
            "38\u202f500,50|38500.50", "  1 234 567,89 |1234567.89", "12 000 €|12000", "12000€|12000",
            "0,01|0.01", "99 999 999,99|99999999.99", "0|0", ",5|0.5", "5,|5", "007|7", "45.00|45.00"})
    void anAmountIsReadWithACommaOrAPointAndSpacesBetweenThousands(String typed, String expected) throws Refused {
        BigDecimal value = NumberKind.MONEY.parse(typed);
        assertEquals(new BigDecimal(expected), value, "scale kept as typed, digits never shifted");
    }

    @ParameterizedTest(name = "money \"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "douze|FORMAT", "-5|FORMAT", "\u22125|FORMAT", "+5|FORMAT", "1.2.3|FORMAT", "1,2,3|FORMAT",
            "12,345.6|FORMAT", "1.234,5|FORMAT", "38 50|FORMAT", "3 8500|FORMAT", "1234 567|FORMAT", "38  500|FORMAT",
            "0,5 5|FORMAT", "12 €€|FORMAT", "€|FORMAT", ",|FORMAT", "1e5|FORMAT", "0x10|FORMAT", "١٢|FORMAT",
            "100 000 000|FORMAT", "99 999 999,999|SCALE", "45.000|SCALE", "38 500,505|SCALE", "1.234|SCALE",
            "12 %|FORMAT"})
    void anythingElseIsRefusedAndNeverRounded(String typed, Problem problem) {
        assertEquals(problem, assertThrows(Refused.class, () -> NumberKind.MONEY.parse(typed)).problem());
    }

    @Test
    void veryLongDigitStringsAreRefused() {
        String digits = "9".repeat(5000);
        for (NumberKind kind : NumberKind.values()) {
            assertEquals(Problem.FORMAT, assertThrows(Refused.class, () -> kind.parse(digits)).problem(), kind.name());
            assertEquals(Problem.FORMAT, assertThrows(Refused.class, () -> kind.parse("1" + "0".repeat(20))).problem(),
                    kind.name());
        }
        assertEquals(Problem.FORMAT,
                assertThrows(Refused.class, () -> NumberKind.MONEY.parse("0," + "0".repeat(60))).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00a0\u202f\t"})
    void anEmptyFieldIsNoNumber(String typed) throws Refused {
        for (NumberKind kind : NumberKind.values()) {
            assertNull(kind.parse(typed), kind.name());
        }
        assertNull(NumberKind.MONEY.parse(null));
    }

    @ParameterizedTest(name = "FTE \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {"0.8|0.8", "0,8|0.8", "0,75|0.75", "1|1", "1,5|1.5", "0,8 ETP|0.8",
            "0.80 etp|0.80"})
    void fteIsReadToTheHundredth(String typed, String expected) throws Refused {
        assertEquals(new BigDecimal(expected), NumberKind.FTE.parse(typed));
    }

    @ParameterizedTest(name = "FTE \"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', value = {"0,805|SCALE", "0.125|SCALE", "100|FORMAT", "huit|FORMAT", "-0,8|FORMAT",
            "0,8 %|FORMAT"})
    void fteRefusals(String typed, Problem problem) {
        assertEquals(problem, assertThrows(Refused.class, () -> NumberKind.FTE.parse(typed)).problem());
    }

    @ParameterizedTest(name = "percent \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {"62.5|0.625", "62,5|0.625", "50|0.50", "50 %|0.50", "50%|0.50",
            "50\u00a0%|0.50",
            "0|0.00", "100|1.00", "62,55 %|0.6255", "0,5|0.005"})
    void aPercentageIsTypedAsShownAndReadAsAFraction(String typed, String expected) throws Refused {
        assertEquals(new BigDecimal(expected), NumberKind.PERCENT.parse(typed));
    }

    @ParameterizedTest(name = "percent \"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', value = {"100,01|FORMAT", "150|FORMAT", "-5|FORMAT", "62,555|SCALE", "cinquante|FORMAT",
            "50 €|FORMAT"})
    void percentRefusals(String typed, Problem problem) {
        assertEquals(problem, assertThrows(Refused.class, () -> NumberKind.PERCENT.parse(typed)).problem());
    }

    @ParameterizedTest(name = "whole \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {"1 200|1200", "1\u00a0200|1200", "3|3", "0|0", " 12 |12",
            "2 147 483 647|2147483647"})
    void aWholeNumberIsReadWithSpacesBetweenThousands(String typed, String expected) throws Refused {
        assertEquals(new BigDecimal(expected), NumberKind.WHOLE.parse(typed));
    }

    @ParameterizedTest(name = "whole \"{0}\" refused")
    @ValueSource(strings = {"2,5", "1.5", "douze", "-5", "1.200", "1,0", "12 00", "2 147 483 648", "3 %"})
    void aWholeNumberRefusesDecimalsLettersAndSigns(String typed) {
        assertEquals(Problem.FORMAT, assertThrows(Refused.class, () -> NumberKind.WHOLE.parse(typed)).problem());
    }

    @ParameterizedTest(name = "parameter \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {"48 000|48000", "48 000 €|48000", "50|50", "50 %|50", "0,5|0.5", "0.5 ETP|0.5",
            "2 mois|2"})
    void aParameterIsTypedAsTheTableShowsIt(String typed, String expected) throws Refused {
        assertEquals(new BigDecimal(expected), NumberKind.DECIMAL.parse(typed));
    }

    @ParameterizedTest(name = "parameter \"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', value = {"48.000|SCALE", "0,125|SCALE", "1.234,5|FORMAT", "-1|FORMAT"})
    void parameterRefusals(String typed, Problem problem) {
        assertEquals(problem, assertThrows(Refused.class, () -> NumberKind.DECIMAL.parse(typed)).problem());
    }

    @Test
    void everyKindAndProblemHasItsMessageInBothLanguagesWithoutEnglishNumbersInFrench() {
        for (Locale locale : new Locale[]{Locale.FRENCH, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            for (NumberKind kind : NumberKind.values()) {
                for (Problem problem : Problem.values()) {
                    assertTrue(bundle.containsKey(kind.messageKey(problem)),
                            kind.messageKey(problem) + " in " + locale);
                }
            }
        }
        ResourceBundle french = ResourceBundle.getBundle(Messages.BUNDLE, Locale.FRENCH);
        assertTrue(french.getString("number.money.format").contains("38 500,50"));
    }
}

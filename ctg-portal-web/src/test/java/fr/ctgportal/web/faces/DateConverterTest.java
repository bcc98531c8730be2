package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A day typed in a date field is read as typed, or refused: never moved to another day. */
class DateConverterTest {

    @ParameterizedTest
    @CsvSource({"31/12/2026, 2026-12-31", "1/3/2027, 2027-03-01", "01/03/2027, 2027-03-01",
            "' 29/02/2028 ', 2028-02-29"})
    void readsTheDayTyped(String typed, LocalDate day) {
        assertEquals(day, FormatConverters.Date.read(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2027", "29/02/2027", "31/04/2027", "15/13/2027", "00/01/2027", "2027-03-01",
            "1.3.2027", "12/2027", "demain", "31/12/26"})
    void refusesWhatIsNotADayOfTheCalendar(String typed) {
        assertThrows(ConverterException.class, () -> FormatConverters.Date.read(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void readsNothingFromABlankField(String typed) {
        assertNull(FormatConverters.Date.read(typed));
    }

    @org.junit.jupiter.api.Test
    void showsTheDayTheFrenchWay() {
        assertEquals("01/03/2027", new FormatConverters.Date().getAsString(null, null, LocalDate.of(2027, 3, 1)));
    }
}

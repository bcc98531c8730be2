package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An id in an address is digits only: anything else is "not found", never read as some other id. */
class PagesTest {

    @Test
    void digitsAreAnId() {
        assertEquals(12L, Pages.idOf("12"));
        assertEquals(7L, Pages.idOf("007"));
        assertEquals(999_999_999_999_999_999L, Pages.idOf("999999999999999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1", "+1", " 1", "1 ", "1e5", "1.0", "0x1", "12abc", "١٢",
            "9223372036854775807", "99999999999999999999"})
    void anythingElseIsNoId(String raw) {
        assertNull(Pages.idOf(raw));
    }

    @Test
    void noParameterIsNoId() {
        assertNull(Pages.idOf(null));
    }
}

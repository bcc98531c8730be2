package fr.ctgportal.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageNeverExceedsTheLargestSize() {
        assertEquals(PageRequest.MAX_SIZE, new PageRequest(0, 10_000, null, false, null).size());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10, null, false, Map.of()));
    }

    @Test
    void filtersAreTrimmedAndBlankOnesAreNotSet() {
        PageRequest request = PageRequest.firstPage(20).with("year", " 2026 ").with("status", " ")
                .with(PageRequest.SEARCH, "Camargue");
        assertEquals("2026", request.filter("year"));
        assertNull(request.filter("status"));
        assertEquals("Camargue", request.search());
        assertNull(request.with("year", null).filter("year"));
    }

    @Test
    void aPageMapsItsRowsAndKeepsItsTotal() {
        Page<String> page = new Page<>(List.of(1, 2), 42).map(String::valueOf);
        assertEquals(List.of("1", "2"), page.rows());
        assertEquals(42, page.total());
    }
}

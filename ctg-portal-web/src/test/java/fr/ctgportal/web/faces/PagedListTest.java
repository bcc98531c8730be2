package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The lazy model asks the use case once per page shown, with the table's page, sort and filters. */
class PagedListTest {

    private final List<PageRequest> asked = new ArrayList<>();

    private PagedList<Long> list() {
        return new PagedList<>(request -> {
            asked.add(request);
            return new Page<>(IntStream.range(request.first(), Math.min(request.first() + request.size(), 120))
                    .mapToObj(Long::valueOf).toList(), 120);
        }, id -> id, 50, () -> "one request");
    }

    @Test
    void theCountAndTheFirstPageComeFromOneCall() {
        PagedList<Long> list = list();
        assertEquals(120, list.count(Map.of()));
        assertEquals(50, list.load(0, 50, Map.of(), Map.of()).size());
        assertEquals(1, asked.size());
        assertEquals(120, list.getRowCount());
        assertEquals("7", list.getRowKey(7L));
        assertEquals(7L, list.getRowData("7"));
    }

    @Test
    void anotherPageOrSortIsAskedFor() {
        PagedList<Long> list = list();
        list.count(Map.of());
        List<Long> third = list.load(100, 50, Map.of("title", SortMeta.builder().field("title")
                .order(SortOrder.DESCENDING).build()), Map.of());
        assertEquals(20, third.size());
        assertEquals(2, asked.size());
        PageRequest last = asked.get(1);
        assertEquals(100, last.first());
        assertEquals("title", last.sortField());
        assertEquals(true, last.descending());
    }

    @Test
    void filtersOfTheTableAndFixedOnesAreSentBlankOnesNot() {
        PagedList<Long> list = list();
        list.setFilter("year", "2026");
        list.count(Map.of("status", FilterMeta.builder().field("status").filterValue("VACANT").build(),
                "holder", FilterMeta.builder().field("holder").filterValue(" ").build(),
                PageRequest.SEARCH, FilterMeta.builder().field(PageRequest.SEARCH).filterValue("Uzès").build()));
        assertEquals(Map.of("year", "2026", "status", "VACANT", PageRequest.SEARCH, "Uzès"), asked.get(0).filters());
        assertEquals("Uzès", asked.get(0).search());
        list.setFilter("year", null);
        list.count(Map.of());
        assertEquals(Map.of(), asked.get(1).filters());
    }
}

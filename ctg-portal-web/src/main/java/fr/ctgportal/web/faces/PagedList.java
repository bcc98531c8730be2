package fr.ctgportal.web.faces;

import fr.ctgportal.ejb.platform.Page;
import fr.ctgportal.ejb.platform.PageRequest;
import jakarta.faces.context.FacesContext;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one way a screen pages a list that can grow: a PrimeFaces {@link LazyDataModel} over a use case
 * method taking a {@link PageRequest} and returning a {@link Page} (rows and total counted in SQL).
 * A table asks for the count and then for the rows: both come from one call of the use case, which
 * is called again only when the page, the sort or the filters change. Columns name their sort and
 * filter fields ({@code field="..."}, {@code filterBy}, the global filter), which the use case
 * documents. Fixed filters chosen outside the table (a year menu, "show closed files") are set
 * with {@link #setFilter}.
 *
 * @param <T> the rows (records with a {@code long id()})
 */
public final class PagedList<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The use case method (serializable: the model lives in a view-scoped bean). */
    @FunctionalInterface
    public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** How a row is keyed (its id). */
    @FunctionalInterface
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    /** The rows of a page, unless the table offers another choice. */
    public static final int PAGE_SIZE = 50;

    /** What identifies the current request (the Faces context). */
    @FunctionalInterface
    interface Request extends Serializable {
        Object current();
    }

    private final Source<T> source;
    private final Request request;
    private final Key<T> key;
    private final int pageSize;
    private final Map<String, String> fixed = new HashMap<>();
    private PageRequest last;
    private transient Page<T> page;
    private transient Object readIn;

    /**
     * @param pageSize the table's {@code rows}: the first page is read with the count, in one call
     */
    public PagedList(Source<T> source, Key<T> key, int pageSize) {
        this(source, key, pageSize, FacesContext::getCurrentInstance);
    }

    /** @param request identifies the current request (a page is reused within one request only) */
    PagedList(Source<T> source, Key<T> key, int pageSize, Request request) {
        this.source = source;
        this.key = key;
        this.pageSize = pageSize;
        this.request = request;
    }

    /** Sets (or clears, for null or blank) a filter chosen outside the table; the next read applies it. */
    public void setFilter(String name, String value) {
        if (value == null || value.isBlank()) {
            fixed.remove(name);
        } else {
            fixed.put(name, value);
        }
        page = null;
    }

    /** @return the value of a filter set with {@link #setFilter}, or null */
    public String getFilter(String name) {
        return fixed.get(name);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // The table counts before it loads: read the page it will most likely ask for with the count.
        PageRequest guess = last == null
                ? new PageRequest(0, pageSize, null, false, filters(filterBy))
                : new PageRequest(last.first(), last.size(), last.sortField(), last.descending(), filters(filterBy));
        return (int) Math.min(Integer.MAX_VALUE, read(guess).total());
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        Page<T> result = read(new PageRequest(first, size, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING, filters(filterBy)));
        setRowCount((int) Math.min(Integer.MAX_VALUE, result.total()));
        return result.rows();
    }

    /** @return the rows of the page last read (for a screen that also shows them outside the table) */
    public List<T> getRows() {
        return page == null ? List.of() : page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return page == null
                ? null
                : page.rows().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

    private Page<T> read(PageRequest request) {
        // A page is reused within one request only: the next request reads what changed meanwhile.
        Object now = this.request.current();
        if (page == null || now != readIn || !Objects.equals(request, last)) {
            readIn = now;
            page = source.apply(request);
            last = request;
        }
        return page;
    }

    private Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> values = new HashMap<>(fixed);
        filterBy.forEach((name, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !value.toString().isBlank()) {
                values.put(name, value.toString());
            }
        });
        return values;
    }
}

package fr.ctgportal.ejb.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list as a screen asks for it: the rows {@code first} to {@code first + size - 1}
 * (0-based), sorted on one field, filtered by field (a status, a territory id, a year, ...) and by a
 * global search. Fields and filters are the names each list documents; an unknown sort field falls
 * back to the list's default order, an unknown filter is ignored. A size of 0 asks for the total only.
 *
 * @param filters filter values by name, as typed or chosen ({@link #SEARCH} is the global search)
 */
public record PageRequest(int first, int size, String sortField, boolean descending, Map<String, String> filters)
        implements
            Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The name of the global search among the filters (PrimeFaces' global filter). */
    public static final String SEARCH = "globalFilter";

    /** Largest page a screen may ask for: a list never loads a whole scope. */
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0 || size < 0) {
            throw new IllegalArgumentException("first and size must not be negative");
        }
        size = Math.min(size, MAX_SIZE);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** @return the first page of this size, in the list's default order, without filters */
    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, false, Map.of());
    }

    /** @return the same request with this filter set (or removed, for a blank value) */
    public PageRequest with(String filter, String value) {
        Map<String, String> changed = new java.util.HashMap<>(filters);
        if (value == null || value.isBlank()) {
            changed.remove(filter);
        } else {
            changed.put(filter, value);
        }
        return new PageRequest(first, size, sortField, descending, changed);
    }

    /** @return the trimmed value of that filter, or null when it is not set */
    public String filter(String name) {
        String value = filters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** @return the global search, trimmed, or null */
    public String search() {
        return filter(SEARCH);
    }
}

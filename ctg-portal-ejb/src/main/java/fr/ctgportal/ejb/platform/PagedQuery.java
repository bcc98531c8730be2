package fr.ctgportal.ejb.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.FetchParent;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a repository pages a list that can grow: a Criteria query built in the repository
 * from the caller's scope ({@link #where}), the list's filters ({@link #filter}), a global search
 * over some text columns ({@link #search}) and its sortable fields ({@link #sort}), run as a count
 * query plus one page of rows ({@code setFirstResult}/{@code setMaxResults}). Nothing is loaded to be
 * cut in Java. Text columns sort by their collation ({@code utf8mb4_unicode_ci}: case and accents
 * ignored, so "CC de Petite Camargue" comes before "CC Terre de Camargue"); the id breaks ties, so
 * that pages never overlap.
 *
 * @param <E> the entity listed
 */
public final class PagedQuery<E> {

    /** Conditions on the listed entity (the caller's scope, a fixed condition of the list). */
    @FunctionalInterface
    public interface Where<E> {
        List<Predicate> of(CriteriaBuilder cb, Root<E> root);
    }

    /** A value of the listed entity: a column to sort on or to search in. */
    @FunctionalInterface
    public interface Value<E> {
        Expression<?> of(CriteriaBuilder cb, Root<E> root);
    }

    /** A sort on several columns (a due date with the undated last, then the newest first...). */
    @FunctionalInterface
    public interface Sort<E> {
        List<Order> of(CriteriaBuilder cb, Root<E> root, boolean descending);
    }

    /** A named filter: the condition for the value the user chose (never null nor blank). */
    @FunctionalInterface
    public interface Filter<E> {
        Predicate of(CriteriaBuilder cb, Root<E> root, String value);
    }

    private final EntityManager em;
    private final Class<E> type;
    private final List<String> fetches = new ArrayList<>();
    private final List<String> batches = new ArrayList<>();
    private final List<Where<E>> wheres = new ArrayList<>();
    private final Map<String, Filter<E>> filters = new HashMap<>();
    private final Map<String, Filter<E>> defaults = new HashMap<>();
    private final List<Value<E>> searched = new ArrayList<>();
    private final Map<String, Sort<E>> sortable = new LinkedHashMap<>();

    private PagedQuery(EntityManager em, Class<E> type) {
        this.em = em;
        this.type = type;
    }

    /** @return a query over every entity of that type, to narrow with the other methods */
    public static <E> PagedQuery<E> of(EntityManager em, Class<E> type) {
        return new PagedQuery<>(em, type);
    }

    /** Fetches these to-one associations with the rows (dotted for a path: {@code "post.territory"}). */
    public PagedQuery<E> fetch(String... paths) {
        fetches.addAll(List.of(paths));
        return this;
    }

    /**
     * Reads these collections of the page's rows (eager ones included) in one query each, for all the
     * rows together, instead of one query per row.
     */
    public PagedQuery<E> batch(String... collections) {
        batches.addAll(List.of(collections));
        return this;
    }

    /** Adds conditions every row meets, whatever the user filters (the caller's scope). */
    public PagedQuery<E> where(Where<E> where) {
        wheres.add(where);
        return this;
    }

    /** Declares a filter the user may set by name ({@link PageRequest#filters()}). */
    public PagedQuery<E> filter(String name, Filter<E> filter) {
        filters.put(name, filter);
        return this;
    }

    /**
     * Declares a filter with a default: applied with {@code defaultValue} when the request does not set
     * it (closed and abandoned files left out unless the user asks for them); "all" lifts it.
     */
    public PagedQuery<E> filter(String name, String defaultValue, Filter<E> filter) {
        filters.put(name, filter);
        defaults.put(name, (cb, root, ignored) -> filter.of(cb, root, defaultValue));
        return this;
    }

    /** The text columns the global search looks in (contains, case and accents ignored by the collation). */
    @SafeVarargs
    public final PagedQuery<E> search(Value<E>... texts) {
        searched.addAll(List.of(texts));
        return this;
    }

    /** Declares a sortable field; the first one declared is the default order. */
    public PagedQuery<E> sort(String field, Value<E> value) {
        sortable.put(field, (cb, root, descending) -> {
            Expression<?> e = value.of(cb, root);
            return List.of(descending ? cb.desc(e) : cb.asc(e));
        });
        return this;
    }

    /** Declares a field sorted on several columns (the first field declared is the default order). */
    public PagedQuery<E> sortOn(String field, Sort<E> orders) {
        sortable.put(field, orders);
        return this;
    }

    /** @return the requested page of rows (none for a size of 0) and the filtered total */
    public Page<E> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(conditions(cb, countRoot, request));
        long total = em.createQuery(count).getSingleResult();
        if (request.size() == 0 || total <= request.first()) {
            return new Page<>(List.of(), total);
        }
        CriteriaQuery<E> rows = cb.createQuery(type);
        Root<E> root = rows.from(type);
        fetches.forEach(path -> fetch(root, path));
        rows.select(root).where(conditions(cb, root, request)).orderBy(order(cb, root, request));
        TypedQuery<E> query = em.createQuery(rows).setFirstResult(request.first()).setMaxResults(request.size());
        if (!batches.isEmpty()) {
            // EclipseLink's batch reading, by the ids of the page's rows ("IN" works with a page's limits).
            query.setHint("eclipselink.batch.type", "IN");
            batches.forEach(c -> query.setHint("eclipselink.batch", "e." + c));
        }
        return new Page<>(query.getResultList(), total);
    }

    private Predicate[] conditions(CriteriaBuilder cb, Root<E> root, PageRequest request) {
        List<Predicate> all = new ArrayList<>();
        wheres.forEach(w -> all.addAll(w.of(cb, root)));
        filters.forEach((name, filter) -> {
            String value = request.filter(name);
            if (value == null && defaults.containsKey(name)) {
                all.add(defaults.get(name).of(cb, root, null));
            } else if (value != null && !"all".equals(value)) {
                all.add(filter.of(cb, root, value));
            }
        });
        String search = request.search();
        if (search != null && !searched.isEmpty()) {
            String pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            all.add(cb.or(searched.stream()
                    .map(v -> cb.like(v.of(cb, root).as(String.class), pattern, '\\'))
                    .toArray(Predicate[]::new)));
        }
        return all.toArray(Predicate[]::new);
    }

    private List<Order> order(CriteriaBuilder cb, Root<E> root, PageRequest request) {
        List<Order> order = new ArrayList<>();
        Sort<E> chosen = request.sortField() == null ? null : sortable.get(request.sortField());
        if (chosen != null) {
            order.addAll(chosen.of(cb, root, request.descending()));
        } else if (!sortable.isEmpty()) {
            order.addAll(sortable.values().iterator().next().of(cb, root, false));
        }
        order.add(cb.asc(root.get("id")));
        return order;
    }

    private static void fetch(Root<?> root, String path) {
        FetchParent<?, ?> parent = root;
        for (String attribute : path.split("\\.")) {
            parent = existing(parent, attribute);
        }
    }

    /** A fetch declared once per path, even when two paths share a start ("post", "post.territory"). */
    private static Fetch<?, ?> existing(FetchParent<?, ?> parent, String attribute) {
        for (Fetch<?, ?> f : parent.getFetches()) {
            if (f.getAttribute().getName().equals(attribute)) {
                return f;
            }
        }
        return parent.fetch(attribute);
    }

    /**
     * A filter on a number (an id, a year): rows with that value; a value that is not a number
     * matches nothing.
     */
    public static <E> Filter<E> equalsNumber(Value<E> value) {
        return (cb, root, text) -> {
            try {
                Expression<?> e = value.of(cb, root);
                Class<?> kind = e.getJavaType();
                return cb.equal(e,
                        kind == Integer.class || kind == int.class ? Integer.valueOf(text) : Long.valueOf(text));
            } catch (NumberFormatException e) {
                return cb.disjunction();
            }
        };
    }

    /** A filter on an enum column: rows with the constant of that name; an unknown name matches nothing. */
    public static <E, T extends Enum<T>> Filter<E> equalsEnum(Class<T> constants, Value<E> value) {
        return (cb, root, text) -> {
            try {
                return cb.equal(value.of(cb, root), Enum.valueOf(constants, text));
            } catch (IllegalArgumentException e) {
                return cb.disjunction();
            }
        };
    }
}

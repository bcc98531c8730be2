package fr.ctgportal.ejb.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the number of rows of the whole (filtered) list, counted by the database.
 *
 * @param <T> the rows' type (a record, never an entity)
 */
public record Page<T>(List<T> rows, long total) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Page {
        rows = List.copyOf(rows);
    }

    /** @return the same page with each row turned into what the screen shows */
    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(rows.stream().<R>map(view).toList(), total);
    }
}

package fr.ctgportal.web.faces;

import java.util.function.Supplier;

/**
 * A value a request-scoped view reads from a use case once, when an expression first needs it (a
 * page reads a list several times: its rows, its totals, whether it is empty).
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private T value;

    /** @param compute called at the first {@link #get()}, after injection */
    public Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}

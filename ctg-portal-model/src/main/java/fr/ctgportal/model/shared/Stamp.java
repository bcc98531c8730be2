package fr.ctgportal.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who did something and when: the login of the person (their name is resolved for display) and the
 * instant. One value for every signed act of the workflows (submissions, signatures, decisions);
 * entities map its two columns with {@code @AttributeOverride}, e.g. {@code submitted_by} and
 * {@code submitted_at}. Immutable.
 */
@Embeddable
public class Stamp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "by_user", length = 100)
    private String by;

    @Column(name = "at_instant")
    private Instant at;

    protected Stamp() {
    }

    private Stamp(String by, Instant at) {
        this.by = Objects.requireNonNull(by, "by");
        this.at = Objects.requireNonNull(at, "at");
    }

    /**
     * @param by the login of the person who acted
     * @param at when
     * @throws NullPointerException if either is null
     */
    public static Stamp of(String by, Instant at) {
        return new Stamp(by, at);
    }

    /** @return the login, or null on a stamp read from empty columns */
    public String by() {
        return by;
    }

    /** @return the instant, or null on a stamp read from empty columns */
    public Instant at() {
        return at;
    }

    /** EclipseLink builds an embeddable from null columns: such a stamp stands for "not done". */
    public boolean isEmpty() {
        return by == null && at == null;
    }

    /** @return the stamp, or null when it is absent or empty (for optional acts) */
    public static Stamp orNull(Stamp stamp) {
        return stamp == null || stamp.isEmpty() ? null : stamp;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stamp s && Objects.equals(by, s.by) && Objects.equals(at, s.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(by, at);
    }

    @Override
    public String toString() {
        return by + "@" + at;
    }
}

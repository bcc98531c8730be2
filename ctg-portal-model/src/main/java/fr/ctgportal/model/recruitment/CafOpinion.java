package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * The Caf's opinion on the authority's chosen candidate: the verdict, its reasons, who gave it and
 * when, and a manager's countersignature (at most one, never by the author of the opinion). Mapped
 * on the columns {@code opinion*} and {@code countersigned_*} of {@code recruitment_file}. Immutable:
 * countersigning gives a new value.
 */
@Embeddable
public class CafOpinion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "opinion", length = 20)
    private CandidateOpinion verdict;

    @Column(name = "opinion_reasons")
    private String reasons;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "opinion_by"))
    @AttributeOverride(name = "at", column = @Column(name = "opinion_at"))
    private Stamp given;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "countersigned_by"))
    @AttributeOverride(name = "at", column = @Column(name = "countersigned_at"))
    private Stamp countersigned;

    protected CafOpinion() {
        // for JPA
    }

    private CafOpinion(CandidateOpinion verdict, String reasons, Stamp given, Stamp countersigned) {
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.reasons = reasons;
        this.given = Objects.requireNonNull(given, "given");
        this.countersigned = countersigned;
    }

    /** An opinion as given, not countersigned. */
    static CafOpinion given(CandidateOpinion verdict, String reasons, Stamp given) {
        return new CafOpinion(verdict, reasons, given, null);
    }

    /** @return the same opinion, countersigned by {@code stamp} */
    CafOpinion countersignedBy(Stamp stamp) {
        return new CafOpinion(verdict, reasons, given, stamp);
    }

    /** EclipseLink may build the value from empty columns: such an opinion stands for "none given". */
    boolean isEmpty() {
        return verdict == null;
    }

    public CandidateOpinion verdict() {
        return verdict;
    }

    public String reasons() {
        return reasons;
    }

    /** @return who gave the opinion and when */
    public Stamp given() {
        return given;
    }

    /** @return who countersigned it and when, or null */
    public Stamp countersigned() {
        return Stamp.orNull(countersigned);
    }

    public boolean isCountersigned() { return countersigned() != null; }

    public boolean isUnfavourable() { return verdict == CandidateOpinion.UNFAVOURABLE; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CafOpinion c && verdict == c.verdict && Objects.equals(reasons, c.reasons)
                && Objects.equals(given, c.given) && Objects.equals(countersigned(), c.countersigned());
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, reasons, given, countersigned());
    }
}

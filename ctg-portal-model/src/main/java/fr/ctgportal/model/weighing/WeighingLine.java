package fr.ctgportal.model.weighing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One use of the holder's time in a weighing proposal, in FTE. */
@Embeddable
public class WeighingLine implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_use", nullable = false, length = 30)
    private TimeUse use;

    @Column(length = 150)
    private String label;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal fte;

    protected WeighingLine() {
        // for JPA
    }

    public WeighingLine(TimeUse use, String label, BigDecimal fte) {
        this.use = use;
        this.label = label;
        this.fte = fte;
    }

    public TimeUse getUse() { return use; }
    public String getLabel() { return label; }
    public BigDecimal getFte() { return fte; }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeighingLine other && use == other.use && Objects.equals(label, other.label)
                && fte.compareTo(other.fte) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(use, label, fte.stripTrailingZeros());
    }
}

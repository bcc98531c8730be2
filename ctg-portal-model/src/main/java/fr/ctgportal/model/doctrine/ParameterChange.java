package fr.ctgportal.model.doctrine;

import fr.ctgportal.model.shared.IdentifiedEntity;
import fr.ctgportal.model.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new value of a doctrine parameter recorded by a Caf manager (a new Cnaf ceiling, a revised
 * doctrine), on top of the shipped values of {@link StandardParameters}. It applies from a future
 * day only, so that nothing already computed or decided changes; decisions keep the values they
 * used. Never updated nor deleted.
 */
@Entity
@Table(name = "doctrine_parameter_change")
@NamedQuery(name = "ParameterChange.inOrder", query = "select c from ParameterChange c order by c.validFrom, c.id")
@NamedQuery(name = "ParameterChange.atDay", query = "select c.id from ParameterChange c "
        + "where c.parameter = :parameter and c.validFrom = :day")
// What tells whether the recorded changes moved: they are only ever added.
@NamedQuery(name = "ParameterChange.mark", query = "select count(c), max(c.id) from ParameterChange c")
public class ParameterChange extends IdentifiedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DoctrineParameter parameter;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "parameter_value", nullable = false, precision = 14, scale = 4)
    private BigDecimal value;

    @Column(nullable = false)
    private String source;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "recorded_by", nullable = false, length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at", nullable = false))
    private Stamp recorded;

    protected ParameterChange() {
        // for JPA
    }

    public ParameterChange(ParameterValue value, Stamp recorded) {
        this.parameter = value.parameter();
        this.validFrom = value.validFrom();
        this.value = value.value();
        this.source = value.source();
        this.recorded = recorded;
    }

    /** @return the dated value, for the doctrine's timeline */
    public ParameterValue toValue() {
        return new ParameterValue(parameter, validFrom, value, source);
    }

    /** @return which Caf manager recorded it, and when */
    public Stamp getRecorded() { return recorded; }
}

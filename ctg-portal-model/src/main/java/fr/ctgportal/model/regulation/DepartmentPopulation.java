package fr.ctgportal.model.regulation;

import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.IdentifiedEntity;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The department's reference population (INSEE legal population: 756,543 in the doctrine of
 * 15/11/2024), the divisor of indicator 4. Dated: a Caf manager records a new figure from a day, the
 * latest one on or before a date applies. Never updated nor deleted.
 */
@Entity
@Table(name = "department_population")
@NamedQuery(name = "DepartmentPopulation.inOrder", query = "select p from DepartmentPopulation p "
        + "order by p.validFrom desc, p.id desc")
public class DepartmentPopulation extends IdentifiedEntity {

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(nullable = false)
    private int population;

    @Column(nullable = false)
    private String source;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "recorded_by", nullable = false, length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at", nullable = false))
    private Stamp recorded;

    protected DepartmentPopulation() {
        // for JPA
    }

    /**
     * @param population inhabitants, &gt; 0
     * @param source     where the figure comes from, required, at most {@link TextLimit#SOURCE} characters
     * @throws DomainRuleException {@code regulation.error.population}, {@code regulation.error.date},
     *         {@code regulation.error.source} or a {@link TextLimit} key
     */
    public DepartmentPopulation(LocalDate validFrom, int population, String source, Stamp recorded) {
        if (validFrom == null) {
            throw new DomainRuleException("regulation.error.date");
        }
        if (population <= 0) {
            throw new DomainRuleException("regulation.error.population");
        }
        this.validFrom = validFrom;
        this.population = population;
        this.source = TextLimit.SOURCE.required(source, "regulation.error.source");
        this.recorded = recorded;
    }

    public LocalDate getValidFrom() { return validFrom; }
    public int getPopulation() { return population; }
    public String getSource() { return source; }
    public Stamp getRecorded() { return recorded; }
}

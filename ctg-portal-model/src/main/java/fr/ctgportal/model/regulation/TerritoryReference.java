package fr.ctgportal.model.regulation;

import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.IdentifiedEntity;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.territory.Territory;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the Caf keeps about a territory for the regulation indicators, dated: its number of
 * family-service structures (indicator 3), the competences held at the intercommunal level and its
 * specifics (indicator 5). Each record is a new dated version (the latest on or before a date
 * applies); never updated nor deleted, so the history stays readable.
 */
@Entity
@Table(name = "territory_reference")
@NamedQuery(name = "TerritoryReference.all", query = "select r from TerritoryReference r "
        + "order by r.territory.id, r.validFrom desc, r.id desc")
@NamedQuery(name = "TerritoryReference.ofTerritory", query = "select r from TerritoryReference r "
        + "where r.territory.id = :territory order by r.validFrom desc, r.id desc")
public class TerritoryReference extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "family_service_structures", nullable = false)
    private int structures;

    @Column(columnDefinition = "TEXT")
    private String specifics;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territory_competence", joinColumns = @JoinColumn(name = "reference_id"))
    @MapKeyColumn(name = "competence", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Map<Competence, CompetenceStatus> competences = new EnumMap<>(Competence.class);

    @Column(length = 500)
    private String reason;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "recorded_by", nullable = false, length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at", nullable = false))
    private Stamp recorded;

    protected TerritoryReference() {
        // for JPA
    }

    /**
     * @param structures  family-service structures, &ge; 0
     * @param competences the status of each competence known (others: not recorded)
     * @param specifics   the territory's specifics, free text of at most {@link TextLimit#EVALUATION} characters
     * @param reason      why it changed, one line, optional
     * @throws DomainRuleException {@code regulation.error.date}, {@code regulation.error.structures} or a
     *         {@link TextLimit} key
     */
    public TerritoryReference(Territory territory, LocalDate validFrom, int structures,
            Map<Competence, CompetenceStatus> competences, String specifics, String reason, Stamp recorded) {
        if (validFrom == null) {
            throw new DomainRuleException("regulation.error.date");
        }
        if (structures < 0) {
            throw new DomainRuleException("regulation.error.structures");
        }
        this.territory = territory;
        this.validFrom = validFrom;
        this.structures = structures;
        competences.forEach((c, s) -> {
            if (c != null && s != null) {
                this.competences.put(c, s);
            }
        });
        this.specifics = TextLimit.EVALUATION.optional(specifics);
        this.reason = TextLimit.SHORT_REASON.optional(reason);
        this.recorded = recorded;
    }

    public Territory getTerritory() { return territory; }
    public LocalDate getValidFrom() { return validFrom; }
    public int getStructures() { return structures; }
    public String getSpecifics() { return specifics; }
    public String getReason() { return reason; }
    public Stamp getRecorded() { return recorded; }

    /** @return the status of each recorded competence */
    public Map<Competence, CompetenceStatus> getCompetences() {
        return Collections.unmodifiableMap(competences);
    }
}

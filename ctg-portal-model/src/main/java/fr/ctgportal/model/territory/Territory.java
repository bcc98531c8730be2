package fr.ctgportal.model.territory;

import fr.ctgportal.model.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A Ctg territory: the area covered by one Convention territoriale globale between the Caf and
 * the authorities of an intercommunality.
 *
 * <p>Lifecycle: a territory signs its Ctg ({@code ctgStart}..{@code ctgEnd}); at its renewal date the
 * compliance plan moves it from phase 1 to phase 2, and from the phase-3 deadline set by the Caf to
 * phase 3. Population and area are public figures (INSEE), used by the regulation indicators.
 *
 * <p>Its authorities belong to it ({@code Authority} names its territory); the lead authority is kept
 * by id only, so that the two model packages do not depend on each other.
 */
@Entity
@Table(name = "territory")
@NamedQuery(name = "Territory.all", query = "select t from Territory t order by t.name")
@NamedQuery(name = "Territory.withIds", query = "select t from Territory t where t.id in :ids order by t.name")
@NamedQuery(name = "Territory.leadAuthorityNames", query = "select t.id, a.name from Territory t, Authority a "
        + "where a.id = t.leadAuthorityId and t.id in :ids")
public class Territory extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 150)
    private String name;

    /** The intercommunality that leads the Ctg (an {@code Authority}'s id), or null. */
    @Column(name = "lead_authority_id")
    private Long leadAuthorityId;

    @Column(nullable = false)
    private int population;

    @Column(name = "area_km2", nullable = false, precision = 9, scale = 2)
    private BigDecimal areaKm2;

    /** Family-service structures of the territory (crèches, centres de loisirs, RPE...). */
    @Column(name = "family_service_structures", nullable = false)
    private int familyServiceStructures;

    @Column(name = "ctg_start")
    private LocalDate ctgStart;

    @Column(name = "ctg_end")
    private LocalDate ctgEnd;

    @Column(name = "ctg_renewal")
    private LocalDate ctgRenewal;

    /** Set by the Caf: from this date the territory is in phase 3 of the compliance plan. */
    @Column(name = "phase3_deadline")
    private LocalDate phase3Deadline;

    /** Since when the territory has its officers' committee, required with several funded posts. */
    @Column(name = "officers_committee_since")
    private LocalDate officersCommitteeSince;

    protected Territory() {
        // for JPA
    }

    public Territory(String name, int population, BigDecimal areaKm2) {
        this.name = name;
        this.population = population;
        this.areaKm2 = areaKm2;
    }

    public String getName() { return name; }
    public Long getLeadAuthorityId() { return leadAuthorityId; }
    public int getPopulation() { return population; }
    public BigDecimal getAreaKm2() { return areaKm2; }
    public int getFamilyServiceStructures() { return familyServiceStructures; }
    public LocalDate getCtgStart() { return ctgStart; }
    public LocalDate getCtgEnd() { return ctgEnd; }
    public LocalDate getCtgRenewal() { return ctgRenewal; }
    public LocalDate getPhase3Deadline() { return phase3Deadline; }
    public LocalDate getOfficersCommitteeSince() { return officersCommitteeSince; }

    public void setOfficersCommitteeSince(LocalDate since) { this.officersCommitteeSince = since; }

    public void setLeadAuthorityId(Long leadAuthorityId) { this.leadAuthorityId = leadAuthorityId; }
    public void setFamilyServiceStructures(int count) { this.familyServiceStructures = count; }

    public void setCtgDates(LocalDate start, LocalDate end, LocalDate renewal) {
        this.ctgStart = start;
        this.ctgEnd = end;
        this.ctgRenewal = renewal;
    }

    public void setPhase3Deadline(LocalDate phase3Deadline) { this.phase3Deadline = phase3Deadline; }
}

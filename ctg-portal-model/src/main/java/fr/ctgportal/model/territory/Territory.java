package fr.ctgportal.model.territory;

import fr.ctgportal.model.shared.DomainRuleException;
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
 *
 * <p>Created by the Caf from the official list of intercommunalities ({@link #ofIntercommunality}).
 * Whether a post may be employed below the intercommunal level (a commune) is the territory's own
 * exception ({@link #isCommunalPostsAllowed()}: Nîmes Métropole in the doctrine of 15/11/2024), not
 * a name written in code.
 */
@Entity
@Table(name = "territory")
@NamedQuery(name = "Territory.all", query = "select t from Territory t order by t.name")
@NamedQuery(name = "Territory.withIds", query = "select t from Territory t where t.id in :ids order by t.name")
@NamedQuery(name = "Territory.withSirenOrName", query = "select t from Territory t where t.siren = :siren or t.name = :name")
@NamedQuery(name = "Territory.withoutAdvisor", query = "select t from Territory t where not exists "
        + "(select a from CafAdvisor a join a.portfolio p where p = t) order by t.name")
@NamedQuery(name = "Territory.leadAuthorityNames", query = "select t.id, a.name from Territory t, Authority a "
        + "where a.id = t.leadAuthorityId and t.id in :ids")
// Work queues (issue 14): one query per kind of work, post reference, title, holder and employer in the row.
@NamedQuery(name = "Territory.workPlanDatesToSet", query = "select t.id, t.name, t.ctgEnd from Territory t "
        + "where (t.ctgRenewal is null or t.phase3Deadline is null) "
        + "and exists (select p.id from CooperationPost p where p.territory = t)")
public class Territory extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 150)
    private String name;

    /** The SIREN of the intercommunality the territory was created from (null for older rows). */
    @Column(length = 9, unique = true)
    private String siren;

    /** The doctrine's exception: posts employed by a commune are allowed in this territory. */
    @Column(name = "communal_posts_allowed", nullable = false)
    private boolean communalPostsAllowed;

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

    /**
     * A territory created from an intercommunality of the official list, its name and population
     * taken from it.
     *
     * @param areaKm2 the area, in km² (greater than 0)
     * @throws DomainRuleException {@code admin.error.areaInvalid} for an area not above 0
     */
    public static Territory ofIntercommunality(Intercommunality epci, BigDecimal areaKm2) {
        Territory territory = new Territory(epci.name(), epci.population(), positiveArea(areaKm2));
        territory.siren = epci.siren();
        return territory;
    }

    /**
     * Changes the dates of the Ctg agreement.
     *
     * @param start   first day of the agreement, or null while none is signed
     * @param end     last day, or null; never before the start
     * @param renewal the renewal date (phase 2 of the compliance plan starts), or null; never before the start
     * @throws DomainRuleException {@code admin.error.endBeforeStart}, {@code admin.error.renewalBeforeStart},
     *                             {@code admin.error.datesWithoutStart}
     */
    public void changeAgreement(LocalDate start, LocalDate end, LocalDate renewal) {
        if (start == null && (end != null || renewal != null)) {
            throw new DomainRuleException("admin.error.datesWithoutStart");
        }
        if (end != null && end.isBefore(start)) {
            throw new DomainRuleException("admin.error.endBeforeStart");
        }
        if (renewal != null && renewal.isBefore(start)) {
            throw new DomainRuleException("admin.error.renewalBeforeStart");
        }
        setCtgDates(start, end, renewal);
    }

    /**
     * Changes the public figures used by the regulation indicators.
     *
     * @param newPopulation inhabitants (0 or more)
     * @param newAreaKm2    km² (above 0)
     * @param structures    family-service structures (0 or more)
     * @throws DomainRuleException {@code admin.error.populationInvalid}, {@code admin.error.areaInvalid},
     *                             {@code admin.error.structuresInvalid}
     */
    public void changeFigures(int newPopulation, BigDecimal newAreaKm2, int structures) {
        if (newPopulation < 0) {
            throw new DomainRuleException("admin.error.populationInvalid");
        }
        if (structures < 0) {
            throw new DomainRuleException("admin.error.structuresInvalid");
        }
        areaKm2 = positiveArea(newAreaKm2);
        population = newPopulation;
        familyServiceStructures = structures;
    }

    /** Grants or withdraws the doctrine's exception allowing posts employed by a commune. */
    public void allowCommunalPosts(boolean allowed) {
        communalPostsAllowed = allowed;
    }

    private static BigDecimal positiveArea(BigDecimal area) {
        if (area == null || area.signum() <= 0) {
            throw new DomainRuleException("admin.error.areaInvalid");
        }
        return area;
    }

    public String getName() { return name; }
    public String getSiren() { return siren; }
    public boolean isCommunalPostsAllowed() { return communalPostsAllowed; }
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

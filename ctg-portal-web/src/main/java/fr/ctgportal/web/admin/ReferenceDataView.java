package fr.ctgportal.web.admin;

import fr.ctgportal.ejb.admin.AdminAuthority;
import fr.ctgportal.ejb.admin.AdminTerritory;
import fr.ctgportal.ejb.admin.AdvisorPortfolio;
import fr.ctgportal.ejb.admin.AuthorityInput;
import fr.ctgportal.ejb.admin.ReferenceDataService;
import fr.ctgportal.ejb.admin.TerritoryChange;
import fr.ctgportal.model.authority.AuthorityType;
import fr.ctgportal.model.territory.Intercommunality;
import fr.ctgportal.web.faces.Actions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The administration area (admin and Caf managers): territories created from the official list of
 * intercommunalities and edited, authorities registered, changed, closed or deleted, advisors'
 * portfolios. Every change carries a reason (the audit trail's "why").
 */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ReferenceDataService referenceData;

    private List<AdminTerritory> territories;
    private List<AdminAuthority> authorities;
    private List<AdvisorPortfolio> advisors;

    // creation of a territory
    private String search;
    private List<Intercommunality> matches = List.of();
    private String epciSiren;
    private BigDecimal newArea;

    // change of a territory
    private Long territoryId;
    private long territoryVersion;
    private Integer population;
    private BigDecimal area;
    private Integer structures;
    private LocalDate ctgStart;
    private LocalDate ctgEnd;
    private LocalDate ctgRenewal;
    private Long leadAuthorityId;
    private boolean communalPostsAllowed;

    // an authority registered or changed
    private Long authorityId;
    private long authorityVersion;
    private String siren;
    private String authorityName;
    private AuthorityType authorityType;
    private Long authorityTerritoryId;
    private boolean signatory;

    // a portfolio
    private Long advisorId;
    private Long portfolioTerritoryId;
    private LocalDate from;

    private boolean hrMayNameHr;

    // each form its own reason: a reason typed in one form is never sent with another
    private String createReason;
    private String territoryReason;
    private String authorityReason;
    private String portfolioReason;

    @PostConstruct
    void load() {
        territories = referenceData.listTerritories();
        authorities = referenceData.listAuthorities();
        advisors = referenceData.listAdvisors();
    }

    /** Lists the intercommunalities of the official list whose name or SIREN contains the search. */
    public void find() {
        matches = referenceData.findIntercommunalities(search);
        epciSiren = matches.isEmpty() ? null : matches.get(0).siren();
    }

    public String createTerritory() {
        return Actions.run("admin.saved", () -> referenceData.createTerritory(epciSiren, newArea, createReason), "");
    }

    /** Fills the territory form with the territory chosen in the table. */
    public void editTerritory(AdminTerritory t) {
        territoryId = t.id();
        territoryVersion = t.version();
        population = t.population();
        area = t.areaKm2();
        structures = t.familyServiceStructures();
        ctgStart = t.ctgStart();
        ctgEnd = t.ctgEnd();
        ctgRenewal = t.ctgRenewal();
        leadAuthorityId = t.leadAuthorityId();
        communalPostsAllowed = t.communalPostsAllowed();
    }

    public String changeTerritory() {
        return Actions.run("admin.saved", () -> referenceData.changeTerritory(territoryId, territoryVersion,
                new TerritoryChange(population == null ? -1 : population, area, structures == null ? -1 : structures,
                        ctgStart, ctgEnd, ctgRenewal, leadAuthorityId, communalPostsAllowed),
                territoryReason), "");
    }

    /** Fills the authority form with the authority chosen in the table. */
    public void editAuthority(AdminAuthority a) {
        authorityId = a.id();
        authorityVersion = a.version();
        siren = a.siren();
        authorityName = a.name();
        authorityType = a.type();
        authorityTerritoryId = a.territoryId();
        signatory = a.ctgSignatory();
        hrMayNameHr = a.hrMayNameHr();
    }

    /** Lets the authority's HR name another HR, or no longer (delegated administration). */
    public String toggleHrDelegation() {
        return Actions.run("admin.saved",
                () -> referenceData.letHrNameHr(authorityId, authorityVersion, !hrMayNameHr, authorityReason), "");
    }

    public String saveAuthority() {
        AuthorityInput input = new AuthorityInput(siren, authorityName, authorityType,
                authorityTerritoryId == null ? -1 : authorityTerritoryId, signatory);
        return Actions.run("admin.saved", () -> {
            if (authorityId == null) {
                referenceData.registerAuthority(input, authorityReason);
            } else {
                referenceData.changeAuthority(authorityId, authorityVersion, input, authorityReason);
            }
        }, "");
    }

    public String closeAuthority() {
        return Actions.run("admin.saved",
                () -> referenceData.closeAuthority(authorityId, authorityVersion, authorityReason),
                "");
    }

    public String deleteAuthority() {
        return Actions.run("admin.saved",
                () -> referenceData.deleteAuthority(authorityId, authorityVersion, authorityReason),
                "");
    }

    public String assign() {
        return Actions.run("admin.saved",
                () -> referenceData.assignTerritory(advisorId, portfolioTerritoryId, from, portfolioReason), "");
    }

    public String release() {
        return Actions.run("admin.saved",
                () -> referenceData.releaseTerritory(advisorId, portfolioTerritoryId, portfolioReason), "");
    }

    /** @return the territories no advisor follows (the page warns about each) */
    public List<AdminTerritory> getWithoutAdvisor() {
        return territories.stream().filter(AdminTerritory::withoutAdvisor).toList();
    }

    /** @return the name of an authority, for the lead column */
    public String authorityName(Long id) {
        return id == null
                ? ""
                : authorities.stream().filter(a -> a.id() == id).map(AdminAuthority::name).findFirst()
                        .orElse("");
    }

    /** @return the names, separated by commas */
    public String joined(List<String> names) {
        return String.join(", ", names);
    }

    public AuthorityType[] getTypes() { return AuthorityType.values(); }
    public List<AdminTerritory> getTerritories() { return territories; }
    public List<AdminAuthority> getAuthorities() { return authorities; }
    public List<AdvisorPortfolio> getAdvisors() { return advisors; }
    public List<Intercommunality> getMatches() { return matches; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getEpciSiren() { return epciSiren; }
    public void setEpciSiren(String epciSiren) { this.epciSiren = epciSiren; }
    public BigDecimal getNewArea() { return newArea; }
    public void setNewArea(BigDecimal newArea) { this.newArea = newArea; }
    public Long getTerritoryId() { return territoryId; }
    public void setTerritoryId(Long territoryId) { this.territoryId = territoryId; }
    public long getTerritoryVersion() { return territoryVersion; }
    public void setTerritoryVersion(long territoryVersion) { this.territoryVersion = territoryVersion; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public BigDecimal getArea() { return area; }
    public void setArea(BigDecimal area) { this.area = area; }
    public Integer getStructures() { return structures; }
    public void setStructures(Integer structures) { this.structures = structures; }
    public LocalDate getCtgStart() { return ctgStart; }
    public void setCtgStart(LocalDate ctgStart) { this.ctgStart = ctgStart; }
    public LocalDate getCtgEnd() { return ctgEnd; }
    public void setCtgEnd(LocalDate ctgEnd) { this.ctgEnd = ctgEnd; }
    public LocalDate getCtgRenewal() { return ctgRenewal; }
    public void setCtgRenewal(LocalDate ctgRenewal) { this.ctgRenewal = ctgRenewal; }
    public Long getLeadAuthorityId() { return leadAuthorityId; }
    public void setLeadAuthorityId(Long leadAuthorityId) { this.leadAuthorityId = leadAuthorityId; }
    public boolean isCommunalPostsAllowed() { return communalPostsAllowed; }
    public void setCommunalPostsAllowed(boolean allowed) { this.communalPostsAllowed = allowed; }
    public Long getAuthorityId() { return authorityId; }
    public void setAuthorityId(Long authorityId) { this.authorityId = authorityId; }
    public long getAuthorityVersion() { return authorityVersion; }
    public void setAuthorityVersion(long authorityVersion) { this.authorityVersion = authorityVersion; }
    public String getSiren() { return siren; }
    public void setSiren(String siren) { this.siren = siren; }
    public String getAuthorityName() { return authorityName; }
    public void setAuthorityName(String authorityName) { this.authorityName = authorityName; }
    public AuthorityType getAuthorityType() { return authorityType; }
    public void setAuthorityType(AuthorityType authorityType) { this.authorityType = authorityType; }
    public Long getAuthorityTerritoryId() { return authorityTerritoryId; }
    public void setAuthorityTerritoryId(Long id) { this.authorityTerritoryId = id; }
    public boolean isSignatory() { return signatory; }
    public void setSignatory(boolean signatory) { this.signatory = signatory; }
    public Long getAdvisorId() { return advisorId; }
    public void setAdvisorId(Long advisorId) { this.advisorId = advisorId; }
    public Long getPortfolioTerritoryId() { return portfolioTerritoryId; }
    public void setPortfolioTerritoryId(Long id) { this.portfolioTerritoryId = id; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public boolean isHrMayNameHr() { return hrMayNameHr; }
    public void setHrMayNameHr(boolean hrMayNameHr) { this.hrMayNameHr = hrMayNameHr; }
    public String getCreateReason() { return createReason; }
    public void setCreateReason(String createReason) { this.createReason = createReason; }
    public String getTerritoryReason() { return territoryReason; }
    public void setTerritoryReason(String territoryReason) { this.territoryReason = territoryReason; }
    public String getAuthorityReason() { return authorityReason; }
    public void setAuthorityReason(String authorityReason) { this.authorityReason = authorityReason; }
    public String getPortfolioReason() { return portfolioReason; }
    public void setPortfolioReason(String portfolioReason) { this.portfolioReason = portfolioReason; }
}

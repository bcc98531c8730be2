package fr.ctgportal.model.advisor;

import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.VersionedEntity;
import fr.ctgportal.model.territory.Territory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A Caf "chargé(e) de conseils et de développement" and the portfolio of territories they follow.
 * An advisor sees and acts only on the territories of their portfolio; a manager sees all.
 */
@Entity
@Table(name = "caf_advisor")
@NamedQuery(name = "CafAdvisor.portfolioIdsOf", query = "select t.id from CafAdvisor a join a.portfolio t "
        + "where a.username = :username")
@NamedQuery(name = "CafAdvisor.contactsFollowing", query = "select a.username, a.email from CafAdvisor a "
        + "join a.portfolio t where t.id = :territory")
@NamedQuery(name = "CafAdvisor.emailOf", query = "select a.email from CafAdvisor a where a.username = :username "
        + "and a.email is not null")
@NamedQuery(name = "CafAdvisor.portfolioNamesOf", query = "select t.name from CafAdvisor a join a.portfolio t "
        + "where a.username = :username order by t.name")
@NamedQuery(name = "CafAdvisor.all", query = "select distinct a from CafAdvisor a left join fetch a.portfolio "
        + "order by a.displayName")
@NamedQuery(name = "CafAdvisor.namesFollowing", query = "select t.id, a.displayName from CafAdvisor a join a.portfolio t")
@NamedQuery(name = "CafAdvisor.displayNamesOf", query = "select a.username, a.displayName from CafAdvisor a "
        + "where a.username in :usernames")
@NamedQuery(name = "CafAdvisor.withUsername", query = "select a from CafAdvisor a where a.username = :username")
@NamedQuery(name = "CafAdvisor.displayNameOf", query = "select a.displayName from CafAdvisor a where a.username = :username")
public class CafAdvisor extends VersionedEntity {

    /** Login name at the identity provider. */
    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 150)
    private String displayName;

    /** Where the portal's notifications for this advisor go. */
    @Column(length = 200)
    private String email;

    @ManyToMany
    @JoinTable(name = "advisor_territory", joinColumns = @JoinColumn(name = "advisor_id"), inverseJoinColumns = @JoinColumn(name = "territory_id"))
    private Set<Territory> portfolio = new HashSet<>();

    protected CafAdvisor() {
        // for JPA
    }

    public CafAdvisor(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }

    /** A new advisor, with the address of the portal's notifications. */
    public CafAdvisor(String username, String displayName, String email) {
        this(username, displayName);
        this.email = email;
    }

    /**
     * Adds a territory to the portfolio from a date. The portfolio holds today's territories only, so
     * a date after today is refused (the Caf assigns on the day the advisor takes the territory over);
     * the date is kept in the audit trail.
     *
     * @param from  the first day the advisor follows the territory (today or before)
     * @param today today's date (the portal's clock)
     * @throws DomainRuleException {@code admin.error.fromMissing}, {@code admin.error.assignmentInFuture},
     *                             {@code admin.error.alreadyInPortfolio}
     */
    public void assign(Territory territory, LocalDate from, LocalDate today) {
        if (from == null) {
            throw new DomainRuleException("admin.error.fromMissing");
        }
        if (from.isAfter(today)) {
            throw new DomainRuleException("admin.error.assignmentInFuture");
        }
        if (!portfolio.add(territory)) {
            throw new DomainRuleException("admin.error.alreadyInPortfolio", displayName, territory.getName());
        }
    }

    /**
     * Takes a territory out of the portfolio.
     *
     * @throws DomainRuleException {@code admin.error.notInPortfolio}
     */
    public void release(Territory territory) {
        if (!portfolio.remove(territory)) {
            throw new DomainRuleException("admin.error.notInPortfolio", displayName, territory.getName());
        }
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public Set<Territory> getPortfolio() { return portfolio; }
    public String getEmail() { return email; }
}

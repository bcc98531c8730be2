package fr.ctgportal.model.advisor;

import fr.ctgportal.model.shared.VersionedEntity;
import fr.ctgportal.model.territory.Territory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
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
@NamedQuery(name = "CafAdvisor.emailsFollowing", query = "select a.email from CafAdvisor a join a.portfolio t "
        + "where t.id = :territory and a.email is not null")
@NamedQuery(name = "CafAdvisor.portfolioNamesOf", query = "select t.name from CafAdvisor a join a.portfolio t "
        + "where a.username = :username order by t.name")
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

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public Set<Territory> getPortfolio() { return portfolio; }
    public String getEmail() { return email; }
}

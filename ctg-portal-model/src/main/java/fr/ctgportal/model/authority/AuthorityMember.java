package fr.ctgportal.model.authority;

import fr.ctgportal.model.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Links a user account of the identity provider to the authority it works for. The identity
 * provider is the source (the {@code authority} claim of the token, a SIREN); the portal records it
 * at each sign-in so that the EJB layer can scope every query without depending on the web tier.
 */
@Entity
@Table(name = "authority_member")
@NamedQuery(name = "AuthorityMember.authorityIdsOf", query = "select m.authority.id from AuthorityMember m "
        + "where m.username = :username")
@NamedQuery(name = "AuthorityMember.sirensOf", query = "select m.authority.siren from AuthorityMember m "
        + "where m.username = :username")
@NamedQuery(name = "AuthorityMember.authorityNamesOf", query = "select m.authority.name from AuthorityMember m "
        + "where m.username = :username order by m.authority.name")
// The authority's HR staff known to the portal (signed in at least once, or demo data), by login.
@NamedQuery(name = "AuthorityMember.hrOf", query = "select m.username from AuthorityMember m, PortalUser u "
        + "where u.username = m.username and m.authority.id = :authority and u.mainRole = 'authority-hr' "
        + "order by m.username")
@NamedQuery(name = "AuthorityMember.removeAllOf", query = "delete from AuthorityMember m where m.username = :username")
public class AuthorityMember extends IdentifiedEntity {

    @Column(nullable = false, length = 100)
    private String username;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false)
    private Authority authority;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    protected AuthorityMember() {
        // for JPA
    }

    public AuthorityMember(String username, Authority authority, Instant syncedAt) {
        this.username = username;
        this.authority = authority;
        this.syncedAt = syncedAt;
    }

    public String getUsername() { return username; }
    public Authority getAuthority() { return authority; }
    public Instant getSyncedAt() { return syncedAt; }
}

package fr.ctgportal.model.authority;

import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.Stamp;
import fr.ctgportal.model.shared.TextLimit;
import fr.ctgportal.model.shared.VersionedEntity;
import fr.ctgportal.model.territory.Territory;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A local authority (collectivité): commune or intercommunality, identified by its SIREN. It is the
 * portal's tenant: its staff see only its own data. It may sign the Ctg of its territory; only a
 * signatory may employ a funded cooperation post.
 *
 * <p>Registered by the Caf ({@link #register}, SIREN checked with its Luhn key); once it has posts
 * it is never deleted, only closed ({@link #close}): a closed authority keeps its records and
 * employs no new post.
 */
@Entity
@Table(name = "authority")
@NamedQuery(name = "Authority.withSirens", query = "select a from Authority a where a.siren in :sirens")
@NamedQuery(name = "Authority.all", query = "select a from Authority a join fetch a.territory order by a.name")
public class Authority extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 9)
    private String siren;

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuthorityType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(name = "ctg_signatory", nullable = false)
    private boolean ctgSignatory;

    /** The HR mailbox that receives the portal's notifications for this authority. */
    /** Whether the Caf lets the authority's HR name another HR of the authority (delegated administration). */
    @Column(name = "hr_may_name_hr", nullable = false)
    private boolean hrMayNameHr;

    @Column(name = "hr_email", length = 200)
    private String hrEmail;

    /** Who closed the authority and when; empty while it is open. */
    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "by", column = @Column(name = "closed_by", length = 100)),
            @AttributeOverride(name = "at", column = @Column(name = "closed_at"))})
    private Stamp closed;

    protected Authority() {
        // for JPA
    }

    public Authority(String siren, String name, AuthorityType type, Territory territory, boolean ctgSignatory) {
        this.siren = siren;
        this.name = name;
        this.type = type;
        this.territory = territory;
        this.ctgSignatory = ctgSignatory;
    }

    /**
     * Registers an authority.
     *
     * @param typedSiren its SIREN as typed (spaces allowed)
     * @throws DomainRuleException {@link Siren#INVALID}, {@code admin.error.nameMissing} or a
     *                             {@link TextLimit#NAME} refusal, {@code admin.error.typeMissing},
     *                             {@code admin.error.territoryMissing}
     */
    public static Authority register(String typedSiren, String name, AuthorityType type, Territory territory,
            boolean ctgSignatory) {
        Authority authority = new Authority(Siren.checked(typedSiren), null, null, null, ctgSignatory);
        authority.describe(name, type, territory);
        return authority;
    }

    /**
     * Changes what the Caf records of the authority.
     *
     * @param hasPosts whether it employs posts: then it cannot move to another territory (its posts
     *                 would fall outside their territory's authorities)
     * @throws DomainRuleException {@code admin.error.authorityClosed}, {@code admin.error.movedWithPosts},
     *                             or as {@link #register}
     */
    public void change(String newName, AuthorityType newType, Territory newTerritory, boolean signatory,
            boolean hasPosts) {
        requireOpen();
        if (hasPosts && newTerritory != null && !sameAs(newTerritory)) {
            throw new DomainRuleException("admin.error.movedWithPosts", name);
        }
        describe(newName, newType, newTerritory);
        ctgSignatory = signatory;
    }

    private boolean sameAs(Territory other) {
        return other == territory || other.getId() != null && other.getId().equals(territory.getId());
    }

    private void describe(String newName, AuthorityType newType, Territory newTerritory) {
        String kept = TextLimit.NAME.required(newName, "admin.error.nameMissing");
        if (newType == null) {
            throw new DomainRuleException("admin.error.typeMissing");
        }
        if (newTerritory == null) {
            throw new DomainRuleException("admin.error.territoryMissing");
        }
        name = kept;
        type = newType;
        territory = newTerritory;
    }

    /**
     * Closes the authority: it keeps its records, employs no new post and leads no territory.
     *
     * @throws DomainRuleException {@code admin.error.authorityClosed} if already closed
     */
    public void close(Stamp by) {
        requireOpen();
        closed = by;
        if (id().equals(territory.getLeadAuthorityId())) {
            territory.setLeadAuthorityId(null);
        }
    }

    /**
     * Lets (or no longer lets) the authority's HR name another HR of the authority; by default only the
     * Caf's administrator creates HR accounts.
     *
     * @throws DomainRuleException {@code admin.error.authorityClosed} when allowing it for a closed authority
     */
    public void letHrNameHr(boolean allowed) {
        if (allowed) {
            requireOpen();
        }
        hrMayNameHr = allowed;
    }

    /**
     * Makes the authority the lead of its territory's Ctg.
     *
     * @throws DomainRuleException {@code admin.error.authorityClosed}, {@code admin.error.leadIsCommune}
     *                             (the lead is an intercommunality), {@code admin.error.leadNotSignatory}
     */
    public void leadItsTerritory() {
        requireOpen();
        if (type == AuthorityType.COMMUNE) {
            throw new DomainRuleException("admin.error.leadIsCommune", name);
        }
        if (!ctgSignatory) {
            throw new DomainRuleException("admin.error.leadNotSignatory", name);
        }
        territory.setLeadAuthorityId(id());
    }

    /**
     * Whether a new post may be employed by this authority: open, and not a commune unless its
     * territory has the doctrine's exception ({@link Territory#isCommunalPostsAllowed()}).
     *
     * @throws DomainRuleException {@code admin.error.authorityClosed}, {@code post.error.communalPost}
     */
    public void requireMayEmployPosts() {
        requireOpen();
        if (type == AuthorityType.COMMUNE && !territory.isCommunalPostsAllowed()) {
            throw new DomainRuleException("post.error.communalPost", name, territory.getName());
        }
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new DomainRuleException("admin.error.authorityClosed", name);
        }
    }

    private Long id() {
        return getId() == null ? Long.valueOf(-1) : getId();
    }

    /** @return true once closed */
    public boolean isClosed() { return Stamp.orNull(closed) != null; }
    /** @return who closed it and when, or null while open */
    public Stamp getClosed() { return Stamp.orNull(closed); }
    public String getSiren() { return siren; }
    public String getName() { return name; }
    public AuthorityType getType() { return type; }
    public Territory getTerritory() { return territory; }
    public boolean isCtgSignatory() { return ctgSignatory; }
    /** @return whether its HR may name another HR of the authority ({@link #letHrNameHr}) */
    public boolean hrMayNameHr() {
        return hrMayNameHr && !isClosed();
    }
    public String getHrEmail() { return hrEmail; }
}

package fr.ctgportal.model.authority;

import fr.ctgportal.model.shared.VersionedEntity;
import fr.ctgportal.model.territory.Territory;
import jakarta.persistence.Column;
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
 */
@Entity
@Table(name = "authority")
@NamedQuery(name = "Authority.withSirens", query = "select a from Authority a where a.siren in :sirens")
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
    @Column(name = "hr_email", length = 200)
    private String hrEmail;

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

    public String getSiren() { return siren; }
    public String getName() { return name; }
    public AuthorityType getType() { return type; }
    public Territory getTerritory() { return territory; }
    public boolean isCtgSignatory() { return ctgSignatory; }
    public String getHrEmail() { return hrEmail; }
}

package fr.ctgportal.ejb.security;

import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The one party resolution of the portal: for which side a caller acts on a record owned by an
 * employer (authority) in a territory. The authority side is the employer's HR; the Caf side is the
 * advisors whose portfolio holds the territory and the managers. Anyone else gets "not found", the
 * same answer as for an unknown id, so that nothing leaks. A caller holding both kinds of roles acts
 * for the authority when the record is their employer's.
 */
@ApplicationScoped
public class Parties {

    @Inject
    private Tenancy tenancy;

    /**
     * @return the side the caller acts for on a record of this employer in this territory
     * @throws NotFoundException if the caller is party to neither side
     */
    public Side sideOf(Caller caller, Authority employer, Territory territory) {
        return sideIfAny(caller, employer, territory).orElseThrow(NotFoundException::new);
    }

    /** @return the side the caller acts for, or empty when they are not a party (no exception) */
    public Optional<Side> sideIfAny(Caller caller, Authority employer, Territory territory) {
        Scope scope = tenancy.scopeOf(caller);
        if (caller.has(Roles.AUTHORITY_HR) && scope.authorityIds().contains(employer.getId())) {
            return Optional.of(Side.AUTHORITY);
        }
        if ((caller.has(Roles.CAF_ADVISOR) || caller.has(Roles.CAF_MANAGER))
                && scope.coversTerritory(territory.getId())) {
            return Optional.of(Side.CAF);
        }
        return Optional.empty();
    }

    /**
     * The caller must act for this side on the record.
     *
     * @throws NotFoundException otherwise (the same answer as for an unknown id)
     */
    public void require(Caller caller, Authority employer, Territory territory, Side side) {
        if (sideOf(caller, employer, territory) != side) {
            throw new NotFoundException();
        }
    }

    /** @return the caller's scope (lists: the authorities and territories they see) */
    public Scope scopeOf(Caller caller) {
        return tenancy.scopeOf(caller);
    }
}

package fr.ctgportal.ejb.security;

import java.util.Set;

/**
 * What part of the data a caller may see: everything (Caf manager), the territories of a Caf
 * advisor's portfolio, or the authorities a user works for. A caller may hold several roles: the
 * scope is then the union.
 */
public record Scope(boolean all, Set<Long> authorityIds, Set<Long> territoryIds) {

    public boolean isEmpty() { return !all && authorityIds.isEmpty() && territoryIds.isEmpty(); }

    /** Whether a record owned by this authority in this territory is within the scope. */
    public boolean covers(Long authorityId, Long territoryId) {
        return all || authorityIds.contains(authorityId) || territoryIds.contains(territoryId);
    }

    /** Whether the whole territory is within the scope (Caf side). */
    public boolean coversTerritory(Long territoryId) {
        return all || territoryIds.contains(territoryId);
    }
}

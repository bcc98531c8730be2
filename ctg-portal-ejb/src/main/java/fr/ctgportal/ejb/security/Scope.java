package fr.ctgportal.ejb.security;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The scope as a condition of a query (the lists paged in the database): everything for a
     * manager, else the rows of its authorities or of its territories; no row for an empty scope.
     *
     * @param authorityId the row's authority id, or null for a list of the Caf side only
     */
    public Predicate asCondition(CriteriaBuilder cb, Expression<?> authorityId, Expression<?> territoryId) {
        if (all) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        if (authorityId != null && !authorityIds.isEmpty()) {
            any.add(authorityId.in(authorityIds));
        }
        if (!territoryIds.isEmpty()) {
            any.add(territoryId.in(territoryIds));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }

    /** Whether the whole territory is within the scope (Caf side). */
    public boolean coversTerritory(Long territoryId) {
        return all || territoryIds.contains(territoryId);
    }
}

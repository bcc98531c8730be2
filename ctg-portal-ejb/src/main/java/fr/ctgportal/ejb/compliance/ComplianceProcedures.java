package fr.ctgportal.ejb.compliance;

import fr.ctgportal.ejb.platform.Repository;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.model.compliance.ComplianceProcedure;
import fr.ctgportal.model.compliance.ProcedureStatus;
import fr.ctgportal.model.post.CooperationPost;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** The compliance procedures (repository of the {@link ComplianceProcedure} aggregate, named queries). */
@ApplicationScoped
public class ComplianceProcedures extends Repository<ComplianceProcedure> {

    /** @return the post's procedures, newest first */
    public List<ComplianceProcedure> ofPost(CooperationPost post) {
        return em.createNamedQuery("ComplianceProcedure.ofPost", ComplianceProcedure.class).setParameter("post", post)
                .getResultList();
    }

    /** @return the ids of the procedures not closed yet whose deadline is before that day, oldest deadline first */
    public List<Long> idsPastDeadline(java.time.LocalDate day) {
        return em.createNamedQuery("ComplianceProcedure.idsPastDeadline", Long.class)
                .setParameter("underWay", ProcedureStatus.UNDER_WAY).setParameter("day", day).getResultList();
    }

    /** @return the procedures awaiting the answer of one of these authorities, by deadline */
    public List<ComplianceProcedure> awaitingAuthorities(Collection<Long> authorityIds) {
        if (authorityIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ComplianceProcedure.awaitingAuthorities", ComplianceProcedure.class)
                .setParameter("underWay", ProcedureStatus.UNDER_WAY).setParameter("authorities", authorityIds)
                .getResultList();
    }

    /**
     * @return the procedures not closed yet on the posts of the Caf side of the scope (all of them for
     *         a manager, none without territories), by deadline, with their post, territory and employer
     */
    public List<ComplianceProcedure> underWay(Scope scope) {
        if (scope.all()) {
            return em.createNamedQuery("ComplianceProcedure.underWay", ComplianceProcedure.class)
                    .setParameter("underWay", ProcedureStatus.UNDER_WAY).getResultList();
        }
        if (scope.territoryIds().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ComplianceProcedure.underWayInTerritories", ComplianceProcedure.class)
                .setParameter("underWay", ProcedureStatus.UNDER_WAY)
                .setParameter("territories", scope.territoryIds()).getResultList();
    }

    /**
     * The work-queue rows of the procedures in these statuses, on posts of these authorities or in these
     * territories (never empty: pass an id that matches nothing). Each row: the item's id, the post's id, Caf reference, title, holder and employer's name, then
     * the deadline and the status.
     */
    public List<Object[]> workWithStatus(Collection<ProcedureStatus> statuses, Collection<Long> authorities,
            Collection<Long> territories) {
        return em.createNamedQuery("ComplianceProcedure.workWithStatus", Object[].class)
                .setParameter("statuses", statuses).setParameter("authorities", authorities)
                .setParameter("territories", territories).getResultList();
    }
}

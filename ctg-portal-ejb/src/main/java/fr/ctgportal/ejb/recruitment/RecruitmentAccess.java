package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.shared.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and do what on a recruitment file. The authority side is the employer's HR; the Caf
 * side is the advisors of the file's territory and the managers. Anyone else gets "not found", the
 * same answer as for an unknown id, so nothing leaks.
 */
@ApplicationScoped
public class RecruitmentAccess {

    /** How recruitment files are named in the audit trail. */
    public static final String ENTITY = "RecruitmentFile";

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    /** A file the caller may read, with the side they act for. */
    public record Access(RecruitmentFile file, Side side, Caller caller) {
    }

    public Access read(Caller caller, long fileId) {
        RecruitmentFile file = em.find(RecruitmentFile.class, fileId);
        Optional<Side> side = file == null ? Optional.empty() : sideOf(caller, file);
        return new Access(file, side.orElseThrow(NotFoundException::new), caller);
    }

    /**
     * Loads a file for a change: the caller must be of the action's side, the file at a stage that
     * allows it, and unchanged since {@code expectedVersion} (what the user saw). The row is locked
     * so that a double submit waits for the first and is then refused; the file's version
     * goes up with any change of its parts.
     */
    public Access act(Caller caller, long fileId, long expectedVersion, RecruitmentAction action) {
        Access access = read(caller, fileId);
        em.refresh(access.file(), LockModeType.PESSIMISTIC_WRITE);
        if (!action.allowedFor(access.side())) {
            throw new NotFoundException();
        }
        if (access.file().getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (!access.file().allows(action)) {
            throw new InvalidInputException("recruitment.error.wrongStage");
        }
        // Any change of the file or its parts (description, candidates) makes a new version of it.
        em.lock(access.file(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return access;
    }

    /** @return the actions the caller may take on the file now */
    public Set<RecruitmentAction> allowedActions(Caller caller, RecruitmentFile file, Side side) {
        Set<RecruitmentAction> allowed = EnumSet.noneOf(RecruitmentAction.class);
        for (RecruitmentAction action : RecruitmentAction.values()) {
            if (action.allowedFor(side) && file.allows(action)) {
                allowed.add(action);
            }
        }
        if (!caller.has(Roles.CAF_MANAGER) || file.getCountersignedAt() != null
                || caller.username().equals(file.getOpinionBy())) {
            allowed.remove(RecruitmentAction.COUNTERSIGN);
        }
        return allowed;
    }

    private Optional<Side> sideOf(Caller caller, RecruitmentFile file) {
        Scope scope = tenancy.scopeOf(caller);
        if (caller.has(Roles.AUTHORITY_HR) && scope.authorityIds().contains(file.getAuthority().getId())) {
            return Optional.of(Side.AUTHORITY);
        }
        if ((caller.has(Roles.CAF_ADVISOR) || caller.has(Roles.CAF_MANAGER))
                && scope.coversTerritory(file.getTerritory().getId())) {
            return Optional.of(Side.CAF);
        }
        return Optional.empty();
    }
}

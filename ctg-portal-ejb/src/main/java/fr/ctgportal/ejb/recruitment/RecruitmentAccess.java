package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.platform.Records;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Parties;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.model.recruitment.RecruitmentAction;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see and do what on a recruitment file: the side comes from {@link Parties} (the
 * employer's HR, or the Caf staff following the file's territory; anyone else gets "not found"), the
 * actions from the declarative {@link RecruitmentAction} table and the file's own rules.
 */
@ApplicationScoped
public class RecruitmentAccess {

    @Inject
    private Records records;

    @Inject
    private Parties parties;

    @Inject
    private Clock clock;

    /**
     * A file the caller may read or act on, the side they act for, and the instant of the call.
     */
    public record Access(RecruitmentFile file, Side side, Caller caller, Instant now) {

        /** @return the caller's stamp (login and instant of the call) */
        public Stamp stamp() {
            return Stamp.of(caller.username(), now);
        }
    }

    /** @throws NotFoundException if there is no such file or the caller is not party to it */
    public Access read(Caller caller, long fileId) {
        RecruitmentFile file = records.find(RecruitmentFile.class, fileId);
        return new Access(file, parties.sideOf(caller, file.getAuthority(), file.getTerritory()), caller,
                clock.instant());
    }

    /**
     * Loads a file for a change: the caller must be of the action's side, the file unchanged since
     * {@code expectedVersion} (what the user saw) and at a stage that allows the action. The row
     * stays locked, so that a double submit waits for the first and is then refused.
     *
     * @throws NotFoundException if the caller may not read the file or does not act for the action's side
     * @throws fr.ctgportal.ejb.platform.ConcurrentEditException if the file changed since {@code expectedVersion}
     * @throws fr.ctgportal.model.shared.DomainRuleException {@code recruitment.error.wrongStage}
     */
    public Access act(Caller caller, long fileId, long expectedVersion, RecruitmentAction action) {
        Access access = read(caller, fileId);
        if (!action.allowedFor(access.side())) {
            throw new NotFoundException();
        }
        // The file is the aggregate: a change of its parts (description, candidates) is a new version of it.
        records.forChangeOfParts(access.file(), expectedVersion).require(action);
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
        if (!caller.has(Roles.CAF_MANAGER) || !file.mayCountersign(caller.username())) {
            allowed.remove(RecruitmentAction.COUNTERSIGN);
        }
        return allowed;
    }
}

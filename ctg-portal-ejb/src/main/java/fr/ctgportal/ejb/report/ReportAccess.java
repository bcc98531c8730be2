package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.platform.ConcurrentEditException;
import fr.ctgportal.ejb.platform.NotFoundException;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.ejb.security.Roles;
import fr.ctgportal.ejb.security.Scope;
import fr.ctgportal.ejb.security.Tenancy;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see a report and as whom: its officer (the account holding the post), the HR of the
 * post's employer, the Caf advisors of its territory and the managers. Anyone else gets "not
 * found", like an unknown id.
 */
@ApplicationScoped
public class ReportAccess {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Tenancy tenancy;

    /** A report and the reader's part in it. */
    public record OnReport(AnnualReport report, ReportReader reader, Caller caller) {
    }

    public OnReport read(Caller caller, long reportId) {
        AnnualReport report = em.find(AnnualReport.class, reportId);
        if (report == null) {
            throw new NotFoundException();
        }
        ReportReader reader = readerOf(caller, report.getPost());
        // The Caf sees a report once it is sent; the draft is the officer's and the employer's.
        if (reader == ReportReader.CAF && report.getStatus() == fr.ctgportal.model.report.ReportStatus.DRAFT) {
            throw new NotFoundException();
        }
        return new OnReport(report, reader, caller);
    }

    /** As {@link #read}, locked until the end of the transaction, at the version the user read. */
    public OnReport lock(Caller caller, long reportId, long expectedVersion) {
        OnReport on = read(caller, reportId);
        em.refresh(on.report(), LockModeType.PESSIMISTIC_WRITE);
        if (on.report().getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return on;
    }

    /** The officer is the one holding the post now, not necessarily the one who opened the report. */
    ReportReader readerOf(Caller caller, CooperationPost post) {
        if (caller.has(Roles.COOPERATION_OFFICER) && caller.username().equals(post.getOfficerUsername())) {
            return ReportReader.OFFICER;
        }
        Scope scope = tenancy.scopeOf(caller);
        if (caller.has(Roles.AUTHORITY_HR) && scope.authorityIds().contains(post.getEmployer().getId())) {
            return ReportReader.EMPLOYER;
        }
        if ((caller.has(Roles.CAF_ADVISOR) || caller.has(Roles.CAF_MANAGER))
                && scope.coversTerritory(post.getTerritory().getId())) {
            return ReportReader.CAF;
        }
        throw new NotFoundException();
    }
}

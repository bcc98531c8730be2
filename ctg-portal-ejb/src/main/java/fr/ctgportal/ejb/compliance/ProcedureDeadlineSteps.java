package fr.ctgportal.ejb.compliance;

import fr.ctgportal.ejb.mail.Notifications;
import fr.ctgportal.ejb.notification.Inbox;
import fr.ctgportal.ejb.platform.Links;
import fr.ctgportal.ejb.platform.Records;
import fr.ctgportal.model.compliance.ComplianceProcedure;
import fr.ctgportal.model.compliance.ProcedureStatus;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The steps of the procedures' deadline notices ({@link ProcedureDeadlines}), each in its own transaction. */
@ApplicationScoped
public class ProcedureDeadlineSteps {

    /** The event of the notice, as the mail texts name it. */
    static final String EVENT = "procedure.deadlinePassed";

    @Inject
    private ComplianceProcedures procedures;

    @Inject
    private Records records;

    @Inject
    private Inbox inbox;

    @Inject
    private Notifications notifications;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> pastDeadline(LocalDate day) {
        return procedures.idsPastDeadline(day);
    }

    /**
     * Tells the managers of the procedure's passed deadline, unless they were told already (its
     * notice names the post's page in the Caf's area).
     *
     * @return whether they were told now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean tellManagers(long procedureId, LocalDate day) {
        ComplianceProcedure procedure = records.lock(records.find(ComplianceProcedure.class, procedureId));
        CooperationPost post = procedure.getPost();
        String path = Links.post(Side.CAF, post.getId());
        if (!ProcedureStatus.UNDER_WAY.contains(procedure.getStatus()) || !procedure.getDeadline().isBefore(day)
                || inbox.told(EVENT, path + "#procedure-" + procedureId)) {
            return false;
        }
        notifications.toManagers(EVENT, path + "#procedure-" + procedureId, Notifications.post(post),
                post.getEmployer().getName(), DoctrineFormats.date(procedure.getDeadline()));
        return true;
    }
}

package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.recruitment.RecruitmentStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The daily work on recruitment files ({@link DailyRecruitmentJobs}): reminders to the Caf before
 * and at the due date of its answer, each sent once per due date; and the erasure of candidates'
 * personal data once the retention time after the file's closing has passed.
 */
@ApplicationScoped
public class RecruitmentDeadlines {

    /** Who the audit trail names for what the portal does by itself. */
    static final Caller SYSTEM = new Caller("portail (tâche quotidienne)", Set.of());

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private RecruitmentSettings settings;

    @Inject
    private RecruitmentMail mail;

    @Inject
    private AuditTrail audit;

    @Inject
    private DocumentStore documents;

    /** @return how many reminders were queued */
    @Transactional
    public int sendReminders(LocalDate today) {
        List<RecruitmentFile> waiting = em.createQuery("select f from RecruitmentFile f where f.dueDate is not null "
                + "and f.stage in :stages", RecruitmentFile.class)
                .setParameter("stages", List.of(RecruitmentStage.DESCRIPTION_SUBMITTED, RecruitmentStage.CANDIDATE_PROPOSED))
                .getResultList();
        int sent = 0;
        for (RecruitmentFile file : waiting) {
            LocalDate due = file.getDueDate();
            if (!today.isBefore(due) && !due.equals(file.getReminderDueFor())) {
                file.remindedDue();
                mail.toCaf(file, "reminder.due", DoctrineFormats.date(due));
                audit.record(SYSTEM, "REMINDER_DUE", RecruitmentAccess.ENTITY, file.getId(),
                        "échéance du " + DoctrineFormats.date(due), null);
                sent++;
            } else if (!today.isBefore(due.minusDays(settings.reminderDaysBefore())) && today.isBefore(due)
                    && !due.equals(file.getReminderBeforeFor())) {
                file.remindedBefore();
                mail.toCaf(file, "reminder.before", DoctrineFormats.date(due));
                audit.record(SYSTEM, "REMINDER_BEFORE", RecruitmentAccess.ENTITY, file.getId(),
                        "échéance du " + DoctrineFormats.date(due), null);
                sent++;
            }
        }
        return sent;
    }

    /** @return how many files had their candidates' personal data erased */
    @Transactional
    public int erasePersonalData(LocalDate today) {
        Instant closedBefore = today.minusMonths(settings.retentionMonths()).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<RecruitmentFile> expired = em.createQuery("select f from RecruitmentFile f where f.closedAt is not null "
                        + "and f.closedAt < :before and f.personalDataErasedAt is null", RecruitmentFile.class)
                .setParameter("before", closedBefore).getResultList();
        for (RecruitmentFile file : expired) {
            List<StoredDocument> cvs = file.erasePersonalData(Instant.now());
            em.flush();
            cvs.forEach(documents::delete);
            audit.record(SYSTEM, "PERSONAL_DATA_ERASED", RecruitmentAccess.ENTITY, file.getId(),
                    cvs.size() + " CV supprimé(s)", "durée de conservation de " + settings.retentionMonths()
                            + " mois après la clôture");
        }
        return expired.size();
    }
}

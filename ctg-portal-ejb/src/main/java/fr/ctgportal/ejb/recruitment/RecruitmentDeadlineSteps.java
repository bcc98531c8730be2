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
 * The steps of the daily work on recruitment files ({@link RecruitmentDeadlines}), each in its own
 * transaction so that a file in trouble never holds back the others.
 */
@ApplicationScoped
public class RecruitmentDeadlineSteps {

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

    /** The files waiting for the Caf's answer; each is then reminded in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> awaitingCaf() {
        return em.createQuery("select f.id from RecruitmentFile f where f.dueDate is not null and f.stage in :stages",
                        Long.class)
                .setParameter("stages", List.of(RecruitmentStage.DESCRIPTION_SUBMITTED, RecruitmentStage.CANDIDATE_PROPOSED))
                .getResultList();
    }

    /**
     * Reminds the Caf of a file once in the days before its due date and once from the due date on.
     * The marks are written without changing the file's version: nobody editing it is disturbed.
     *
     * @return whether a reminder was queued
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remind(long fileId, LocalDate today) {
        RecruitmentFile file = em.find(RecruitmentFile.class, fileId);
        LocalDate due = file == null ? null : file.getDueDate();
        if (due == null || !file.getStage().awaitsCaf()) {
            return false;
        }
        String mark;
        String event;
        if (!today.isBefore(due) && !due.equals(file.getReminderDueFor())) {
            mark = "reminder_due_for";
            event = "due";
        } else if (today.isBefore(due) && !today.isBefore(due.minusDays(settings.reminderDaysBefore()))
                && !due.equals(file.getReminderBeforeFor())) {
            mark = "reminder_before_for";
            event = "before";
        } else {
            return false;
        }
        // SQL rather than JPQL: EclipseLink's bulk JPQL updates raise the version too.
        em.createNativeQuery("update recruitment_file set " + mark + " = ? where id = ?")
                .setParameter(1, due).setParameter(2, fileId).executeUpdate();
        mail.toCaf(file, "reminder." + event, DoctrineFormats.date(due));
        audit.record(SYSTEM, "REMINDER_" + event.toUpperCase(java.util.Locale.ROOT), RecruitmentAccess.ENTITY, fileId,
                "échéance du " + DoctrineFormats.date(due), null);
        return true;
    }

    /** The closed files whose personal data are past their retention time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> pastRetention(LocalDate today) {
        Instant closedBefore = today.minusMonths(settings.retentionMonths()).atStartOfDay().toInstant(ZoneOffset.UTC);
        return em.createQuery("select f.id from RecruitmentFile f where f.closedAt is not null "
                        + "and f.closedAt < :before and f.personalDataErasedAt is null", Long.class)
                .setParameter("before", closedBefore).getResultList();
    }

    /**
     * Erases the candidates' personal data of a closed file, their CVs and the attachments of its
     * messages (where CVs travel too); the Caf's opinion and the history stay.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void erasePersonalData(long fileId) {
        RecruitmentFile file = em.find(RecruitmentFile.class, fileId);
        List<StoredDocument> removed = new java.util.ArrayList<>(file.erasePersonalData(Instant.now()));
        removed.addAll(em.createQuery("select m.document from FileMessage m where m.file = :f and m.document is not null",
                StoredDocument.class).setParameter("f", file).getResultList());
        em.createQuery("update FileMessage m set m.document = null where m.file = :f").setParameter("f", file)
                .executeUpdate();
        em.flush();
        removed.forEach(documents::delete);
        audit.record(SYSTEM, "PERSONAL_DATA_ERASED", RecruitmentAccess.ENTITY, fileId,
                removed.size() + " document(s) supprimé(s)", "durée de conservation de " + settings.retentionMonths()
                        + " mois après la clôture");
    }
}

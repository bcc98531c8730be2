package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.ejb.audit.AuditAction;
import fr.ctgportal.ejb.audit.AuditTrail;
import fr.ctgportal.ejb.document.DocumentStore;
import fr.ctgportal.ejb.platform.Records;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import fr.ctgportal.model.recruitment.RecruitmentFile.Reminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The steps of the daily work on recruitment files ({@link RecruitmentDeadlines}), each in its own
 * transaction so that a file in trouble never holds back the others.
 */
@ApplicationScoped
public class RecruitmentDeadlineSteps {

    /** Who the audit trail names for what the portal does by itself. */
    static final Caller SYSTEM = new Caller(Texts.text("recruitment.audit.dailyJob"), Set.of());

    @Inject
    private Clock clock;

    @Inject
    private Records records;

    @Inject
    private RecruitmentFiles files;

    @Inject
    private FileMessages messages;

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
        return files.awaitingCaf();
    }

    /**
     * Reminds the Caf of a file once in the days before its due date and once from the due date on
     * ({@link RecruitmentFile#reminderDue}). The marks do not change the file's version.
     *
     * @return whether a reminder was queued
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remind(long fileId, LocalDate today) {
        RecruitmentFile file = records.find(RecruitmentFile.class, fileId);
        Reminder reminder = file.reminderDue(today, settings.reminderDaysBefore());
        if (reminder == null) {
            return false;
        }
        LocalDate due = file.getDueDate();
        files.markReminded(file, reminder, due);
        boolean before = reminder == Reminder.BEFORE;
        mail.toCaf(file, before ? "reminder.before" : "reminder.due", DoctrineFormats.date(due));
        audit.record(SYSTEM, before ? AuditAction.REMINDER_BEFORE : AuditAction.REMINDER_DUE, file,
                Texts.text("recruitment.audit.reminder", DoctrineFormats.date(due)), null);
        return true;
    }

    /** The closed files whose personal data are past their retention time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> pastRetention(LocalDate today) {
        Instant closedBefore = today.minusMonths(settings.retentionMonths()).atStartOfDay().toInstant(ZoneOffset.UTC);
        return files.closedBefore(closedBefore);
    }

    /**
     * Erases the candidates' personal data of a closed file, their CVs and the attachments of its
     * messages (where CVs travel too); the Caf's opinion and the history stay.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void erasePersonalData(long fileId) {
        RecruitmentFile file = records.find(RecruitmentFile.class, fileId);
        List<StoredDocument> removed = new ArrayList<>(file.erasePersonalData(clock.instant()));
        removed.addAll(messages.documentsOf(file));
        messages.detachDocuments(file);
        files.flush();
        removed.forEach(documents::delete);
        audit.record(SYSTEM, AuditAction.PERSONAL_DATA_ERASED, file,
                Texts.text("recruitment.audit.erased", String.valueOf(removed.size())),
                Texts.text("recruitment.audit.retention", String.valueOf(settings.retentionMonths())));
    }
}

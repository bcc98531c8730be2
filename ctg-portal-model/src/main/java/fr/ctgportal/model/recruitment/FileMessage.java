package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.document.StoredDocument;
import fr.ctgportal.model.shared.IdentifiedEntity;
import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.shared.Stamp;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A message of the thread between the authority and the Caf on a recruitment file, written through
 * {@link RecruitmentFile#message} while the file is open, or on a compliance procedure, written
 * through {@code ComplianceProcedure#message} (one thread shape for both). Never edited; the
 * attachment of a file's message is removed with the candidates' personal data.
 */
@Entity
@Table(name = "file_message")
@NamedQuery(name = "FileMessage.ofFile", query = "select m from FileMessage m where m.file = :file "
        + "order by m.sent.at, m.id")
@NamedQuery(name = "FileMessage.documentsOfFile", query = "select m.document from FileMessage m "
        + "where m.file = :file and m.document is not null")
@NamedQuery(name = "FileMessage.ofProcedure", query = "select m from FileMessage m where m.procedureId = :procedure "
        + "order by m.sent.at, m.id")
@NamedQuery(name = "FileMessage.documentsOfProcedure", query = "select m.document from FileMessage m "
        + "where m.procedureId = :procedure and m.document is not null")
@NamedQuery(name = "FileMessage.detachDocuments", query = "update FileMessage m set m.document = null "
        + "where m.file = :file")
public class FileMessage extends IdentifiedEntity {

    /** The recruitment file of the thread; null on a procedure's thread. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private RecruitmentFile file;

    /**
     * The id of the compliance procedure of the thread; null on a file's thread. An id, not a relation:
     * the procedures know the threads' shape, not the other way round.
     */
    @Column(name = "procedure_id")
    private Long procedureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Side side;

    /** The author's login and when the message was sent. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "author"))
    @AttributeOverride(name = "at", column = @Column(name = "sent_at"))
    private Stamp sent;

    @Column(nullable = false)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private StoredDocument document;

    protected FileMessage() {
        // for JPA
    }

    FileMessage(RecruitmentFile file, Side side, String body, Stamp sent) {
        this.file = file;
        this.side = side;
        this.body = body;
        this.sent = sent;
    }

    /**
     * A message on a compliance procedure's thread; the procedure checks its rules first
     * ({@code ComplianceProcedure#message}).
     *
     * @param procedureId the id of the procedure (saved already)
     */
    public static FileMessage onProcedure(long procedureId, Side side, String body, Stamp sent) {
        FileMessage message = new FileMessage();
        message.procedureId = procedureId;
        message.side = side;
        message.body = body;
        message.sent = sent;
        return message;
    }

    /** Attaches a PDF (already stored) to the message before it is saved. */
    public void attach(StoredDocument attachment) {
        if (getId() != null) {
            throw new IllegalStateException("a message is never edited");
        }
        document = attachment;
    }

    public RecruitmentFile getFile() { return file; }
    public Long getProcedureId() { return procedureId; }
    public Side getSide() { return side; }
    public Stamp getSent() { return sent; }
    public String getBody() { return body; }
    public StoredDocument getDocument() { return document; }
}

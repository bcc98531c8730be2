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
 * {@link RecruitmentFile#message} while the file is open. Never edited; its attachment is removed
 * with the candidates' personal data.
 */
@Entity
@Table(name = "file_message")
@NamedQuery(name = "FileMessage.ofFile", query = "select m from FileMessage m where m.file = :file "
        + "order by m.sent.at, m.id")
@NamedQuery(name = "FileMessage.documentsOfFile", query = "select m.document from FileMessage m "
        + "where m.file = :file and m.document is not null")
@NamedQuery(name = "FileMessage.detachDocuments", query = "update FileMessage m set m.document = null "
        + "where m.file = :file")
public class FileMessage extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private RecruitmentFile file;

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

    /** Attaches a PDF (already stored) to the message before it is saved. */
    public void attach(StoredDocument attachment) {
        if (getId() != null) {
            throw new IllegalStateException("a message is never edited");
        }
        document = attachment;
    }

    public RecruitmentFile getFile() { return file; }
    public Side getSide() { return side; }
    public Stamp getSent() { return sent; }
    public String getBody() { return body; }
    public StoredDocument getDocument() { return document; }
}

package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.shared.Side;
import fr.ctgportal.model.document.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message of the thread between the authority and the Caf on a recruitment file. Never edited. */
@Entity
@Table(name = "file_message")
public class FileMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private RecruitmentFile file;

    @Column(nullable = false, length = 100)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Side side;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private StoredDocument document;

    protected FileMessage() {
        // for JPA
    }

    public FileMessage(RecruitmentFile file, String author, Side side, Instant sentAt, String body,
                       StoredDocument document) {
        this.file = file;
        this.author = author;
        this.side = side;
        this.sentAt = sentAt;
        this.body = body;
        this.document = document;
    }

    public Long getId() { return id; }
    public RecruitmentFile getFile() { return file; }
    public String getAuthor() { return author; }
    public Side getSide() { return side; }
    public Instant getSentAt() { return sentAt; }
    public String getBody() { return body; }
    public StoredDocument getDocument() { return document; }
}

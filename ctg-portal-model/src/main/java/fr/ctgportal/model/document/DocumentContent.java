package fr.ctgportal.model.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a {@link StoredDocument}, read only when the file is downloaded. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    protected DocumentContent() {
        // for JPA
    }

    public DocumentContent(Long documentId, byte[] bytes) {
        this.documentId = documentId;
        this.bytes = bytes; // handed over by the upload, not copied again
    }

    public Long getDocumentId() { return documentId; }
    public byte[] getBytes() { return bytes.clone(); }
}

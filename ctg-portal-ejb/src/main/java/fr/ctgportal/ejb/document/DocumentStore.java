package fr.ctgportal.ejb.document;

import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.document.DocumentContent;
import fr.ctgportal.model.document.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded PDF files in MariaDB, in the caller's transaction: the metadata and the bytes are
 * saved together with the record that refers to them, or not at all.
 */
@ApplicationScoped
public class DocumentStore {

    static final String PDF = "application/pdf";

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "ctg.upload.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /**
     * Checks that the upload is a PDF (parsed, see {@link #checkPdf(byte[])}) within the size limit, and
     * stores it.
     *
     * @throws InvalidInputException with a French message when it is empty, too large, not a PDF, protected by
     *                               a password or carries active content
     */
    public StoredDocument storePdf(Upload upload, Caller caller) {
        byte[] bytes = upload.content();
        if (bytes.length == 0) {
            throw new InvalidInputException("document.error.empty");
        }
        checkSize(bytes.length);
        checkPdf(bytes);
        StoredDocument document = new StoredDocument(displayName(upload.fileName()), PDF, bytes.length,
                sha256(bytes), caller.username(), clock.instant());
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.getId(), bytes));
        return document;
    }

    /**
     * Refuses a file over the size limit; the web layer asks before reading an upload into memory.
     *
     * @throws InvalidInputException with the limit in MB
     */
    public void checkSize(long size) {
        if (size > maxBytes) {
            throw new InvalidInputException("document.error.tooLarge", maxBytes / (1024 * 1024));
        }
    }

    /**
     * Refuses what is not a PDF a reader opens, a PDF that asks for a password, and one with active content
     * (JavaScript, embedded files, launch actions, XFA, rich media): they are refused, not flagged.
     *
     * @throws InvalidInputException {@code document.error.notPdf}, {@code .encrypted}, {@code .activeContent}
     */
    public void checkPdf(byte[] bytes) {
        PdfCheck.require(bytes);
    }

    public byte[] read(StoredDocument document) {
        DocumentContent content = em.find(DocumentContent.class, document.getId());
        return content == null ? new byte[0] : content.getBytes();
    }

    /** Deletes a document and its bytes (personal-data erasure). */
    public void delete(StoredDocument document) {
        StoredDocument managed = em.contains(document) ? document : em.find(StoredDocument.class, document.getId());
        if (managed != null) {
            DocumentContent content = em.find(DocumentContent.class, managed.getId());
            if (content != null) {
                em.remove(content);
            }
            em.remove(managed);
        }
    }

    /**
     * The name to show: the last segment of what the browser sent, without control characters nor format
     * characters ({@code \p{Cf}}: bidirectional overrides and isolates, zero-width characters, soft hyphens),
     * which could make a name read otherwise than it is (U+202E before "fdp.exe" shows "exe.pdf").
     */
    static String displayName(String sent) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

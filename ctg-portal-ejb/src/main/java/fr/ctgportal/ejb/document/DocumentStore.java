package fr.ctgportal.ejb.document;

import fr.ctgportal.ejb.platform.InvalidInputException;
import fr.ctgportal.ejb.security.Caller;
import fr.ctgportal.model.document.DocumentContent;
import fr.ctgportal.model.document.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded PDF files in MariaDB, in the caller's transaction: the metadata and the bytes are
 * saved together with the record that refers to them, or not at all.
 */
@ApplicationScoped
public class DocumentStore {

    static final String PDF = "application/pdf";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "ctg.upload.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /**
     * Checks that the upload is a PDF (by its content) within the size limit, and stores it.
     *
     * @throws InvalidInputException with a French message when it is empty, too large or not a PDF
     */
    public StoredDocument storePdf(Upload upload, Caller caller) {
        byte[] bytes = upload.content();
        if (bytes.length == 0) {
            throw new InvalidInputException("document.error.empty");
        }
        checkSize(bytes.length);
        if (!isPdf(bytes)) {
            throw new InvalidInputException("document.error.notPdf");
        }
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

    /** A PDF starts with "%PDF-" and ends with "%%EOF" (possibly followed by line breaks). */
    static boolean isPdf(byte[] bytes) {
        if (bytes.length < PDF_MAGIC.length + PDF_END.length
                || !Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return false;
        }
        int from = Math.max(0, bytes.length - 1024);
        for (int i = bytes.length - PDF_END.length; i >= from; i--) {
            if (Arrays.equals(bytes, i, i + PDF_END.length, PDF_END, 0, PDF_END.length)) {
                return true;
            }
        }
        return false;
    }

    /** The name to show: the last segment of what the browser sent, without control characters. */
    static String displayName(String sent) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
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

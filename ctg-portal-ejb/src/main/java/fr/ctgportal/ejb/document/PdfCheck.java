package fr.ctgportal.ejb.document;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import fr.ctgportal.ejb.platform.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether an upload is a PDF that a reader opens, without active content. The file is parsed with
 * OpenPDF's reader (its cross-reference table, trailer, catalog and pages): a file that only starts
 * with {@code %PDF-} and ends with {@code %%EOF} (an HTML page framed so) is not one.
 *
 * <p>Active content is refused, not flagged: JavaScript (document, page, field or annotation actions),
 * embedded files and file attachments, launch actions, XFA forms (which carry scripts) and rich media.
 * The portal's PDFs are read by Caf and authority staff on office computers; an attachment of a
 * recruitment file or a report never needs any of these, and a person can always print the document
 * to a new PDF, which drops them.
 */
final class PdfCheck {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Keys whose mere presence means active content (document JavaScript, files, XFA, rich media). */
    private static final Set<PdfName> ACTIVE_KEYS = Set.of(PdfName.JS, PdfName.JAVASCRIPT, PdfName.EMBEDDEDFILES,
            PdfName.EMBEDDEDFILE, PdfName.EF, PdfName.XFA, new PdfName("RichMedia"),
            new PdfName("RichMediaContent"));

    /** Action types (/S) and annotation subtypes that run or carry something. */
    private static final Set<PdfName> ACTIVE_TYPES = Set.of(PdfName.JAVASCRIPT, PdfName.LAUNCH,
            PdfName.FILEATTACHMENT, new PdfName("RichMedia"), new PdfName("ImportData"));

    private PdfCheck() {
    }

    /**
     * @throws InvalidInputException {@code document.error.notPdf} when no PDF reader opens it or it has
     *                               no page, {@code document.error.encrypted} when it asks for a
     *                               password, {@code document.error.activeContent} when it carries
     *                               active content
     */
    static void require(byte[] bytes) {
        if (bytes.length < PDF_MAGIC.length
                || !Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new InvalidInputException("document.error.notPdf");
        }
        PdfReader reader;
        try {
            reader = new PdfReader(bytes);
        } catch (BadPasswordException | LinkageError e) {
            // OpenPDF opens an encrypted file's security handler with Bouncy Castle, which the portal does not
            // carry: a file that needs it is one the Caf could not open either.
            throw new InvalidInputException("document.error.encrypted");
        } catch (IOException | RuntimeException e) {
            // The reader throws runtime exceptions too on a damaged structure: either way it is not a PDF.
            throw new InvalidInputException("document.error.notPdf");
        }
        try {
            if (reader.getCatalog() == null || reader.getNumberOfPages() < 1 || reader.getPageN(1) == null) {
                throw new InvalidInputException("document.error.notPdf");
            }
            if (hasActiveContent(reader)) {
                throw new InvalidInputException("document.error.activeContent");
            }
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw new InvalidInputException("document.error.notPdf");
        } finally {
            reader.close();
        }
    }

    /** Looks at every object of the file, not only those reachable from the catalog. */
    private static boolean hasActiveContent(PdfReader reader) {
        Map<PdfObject, Boolean> seen = new IdentityHashMap<>();
        if (isActive(reader.getTrailer(), seen)) {
            return true;
        }
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (isActive(PdfReader.getPdfObjectRelease(reader.getPdfObject(i)), seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isActiveType(PdfName type) {
        return type != null && ACTIVE_TYPES.contains(type);
    }

    /** Direct objects are looked into; indirect ones are visited as objects of the file. */
    private static boolean isActive(PdfObject object, Map<PdfObject, Boolean> seen) {
        if (object == null || object.isIndirect() || seen.put(object, Boolean.TRUE) != null) {
            return false;
        }
        if (object instanceof PdfDictionary dictionary) {
            for (PdfName key : dictionary.getKeys()) {
                if (ACTIVE_KEYS.contains(key)) {
                    return true;
                }
            }
            if (isActiveType(dictionary.getAsName(PdfName.S)) || isActiveType(dictionary.getAsName(PdfName.SUBTYPE))) {
                return true;
            }
            for (PdfName key : dictionary.getKeys()) {
                if (isActive(dictionary.get(key), seen)) {
                    return true;
                }
            }
        } else if (object instanceof PdfArray array) {
            for (PdfObject element : array.getElements()) {
                if (isActive(element, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}

package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctgportal.ejb.document.DocumentService;
import fr.ctgportal.ejb.document.Upload;
import fr.ctgportal.ejb.platform.InvalidInputException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primefaces.model.file.UploadedFile;

/** Every refused file is told at its field, with a French message key; an acceptable PDF passes as sent. */
class UploadsTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * The checks of the document store, without a container: 100 bytes at most here, and a PDF is what starts as
     * {@link #PDF} (the store parses it: {@code PdfCheckTest}).
     */
    private final DocumentService documents = new DocumentService() {
        @Override
        public void checkUploadSize(long bytes) {
            if (bytes > 100) {
                throw new InvalidInputException("document.error.tooLarge", 10L);
            }
        }

        @Override
        public void checkPdf(Upload upload) {
            String text = new String(upload.content(), StandardCharsets.US_ASCII);
            if (!text.startsWith("%PDF-1.4\n1 0 obj")) {
                throw new InvalidInputException("document.error.notPdf");
            }
            if (text.contains("/JS")) {
                throw new InvalidInputException("document.error.activeContent");
            }
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {"cv\".pdf", "cv<script>.pdf", "a>b.pdf", "ligne\nsuite.pdf", "retour\r.pdf",
            "C:\\Users\\moi\\cv.pdf", "../../etc/cv.pdf", "cv%22.pdf", "cv%0A.pdf", "tab\t.pdf"})
    void aNameWithQuotesBracketsLineBreaksOrAPathIsRefusedAtTheField(String name) {
        Uploads.Refused refused = assertThrows(Uploads.Refused.class,
                () -> Uploads.optional(file(name, PDF), documents, "candidate:cv"));
        assertEquals("candidate:cv", refused.field());
        assertEquals("document.error.fileName", refused.messageKey());
    }

    @Test
    void ordinaryFrenchNamesPass() {
        assertTrue(Uploads.acceptableName("Compte rendu – comité de pilotage (2026) n°2 é.pdf"));
        assertTrue(Uploads.acceptableName("CV d'Élise_Martin 50%.pdf"));
        Upload upload = Uploads.optional(file("fiche de poste.pdf", PDF), documents, "f");
        assertEquals("fiche de poste.pdf", upload.fileName());
        assertEquals(PDF.length, upload.size());
    }

    @Test
    void anEmptyFileANonPdfOrATooLargeOneIsRefusedWithItsMessage() {
        assertEquals("document.error.empty",
                assertThrows(Uploads.Refused.class,
                        () -> Uploads.optional(file("vide.pdf", new byte[0]), documents, "f")).messageKey());
        assertEquals("document.error.notPdf", assertThrows(Uploads.Refused.class,
                () -> Uploads.optional(file("note.pdf", "Bonjour".getBytes(StandardCharsets.UTF_8)), documents, "f"))
                .messageKey());
        Uploads.Refused large = assertThrows(Uploads.Refused.class,
                () -> Uploads.optional(file("gros.pdf", new byte[101]), documents, "f"));
        assertEquals("document.error.tooLarge", large.messageKey());
        assertEquals(10L, large.arguments()[0]);
        Uploads.Refused framed = assertThrows(Uploads.Refused.class, () -> Uploads.optional(
                file("page.pdf", "%PDF-1.4\n<html></html>\n%%EOF".getBytes(StandardCharsets.US_ASCII)), documents,
                "candidate:cv"));
        assertEquals("candidate:cv", framed.field(), "the store's parse is told at the field");
        assertEquals("document.error.notPdf", framed.messageKey());
        assertEquals("document.error.activeContent", assertThrows(Uploads.Refused.class,
                () -> Uploads.optional(
                        file("js.pdf", "%PDF-1.4\n1 0 obj<</JS(x)>>".getBytes(StandardCharsets.US_ASCII)),
                        documents, "f"))
                .messageKey());
    }

    @Test
    void noFileChosenIsNothingForAnOptionalAttachmentAndRefusedForARequiredOne() {
        assertNull(Uploads.optional(null, documents, "f"));
        assertNull(Uploads.optional(file("", new byte[0]), documents, "f"));
        assertEquals("document.error.none",
                assertThrows(Uploads.Refused.class, () -> Uploads.required(null, documents, "report:pdf"))
                        .messageKey());
        assertFalse(Uploads.acceptableName(null));
    }

    @Test
    void everyRefusalHasAFrenchAndAnEnglishText() {
        for (String key : new String[]{"document.error.fileName", "document.error.none", "document.error.empty",
                "document.error.notPdf", "document.error.tooLarge", "document.error.encrypted",
                "document.error.activeContent"}) {
            assertFalse(Messages.text(java.util.Locale.FRENCH, key).equals(key), key);
            assertFalse(Messages.text(java.util.Locale.ENGLISH, key).equals(key), key);
        }
    }

    private static UploadedFile file(String name, byte[] content) {
        return (UploadedFile) Proxy.newProxyInstance(UploadsTest.class.getClassLoader(),
                new Class<?>[]{UploadedFile.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getFileName" -> name;
                    case "getSize" -> (long) content.length;
                    case "getContent" -> content.clone();
                    case "getContentType" -> "application/pdf";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

package fr.ctgportal.ejb.document;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfWriter;
import fr.ctgportal.ejb.platform.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A PDF is what a PDF reader opens, without active content; the name shown loses what could disguise it. */
class PdfCheckTest {

    private interface Extra {
        void add(PdfWriter writer, Document document) throws IOException;
    }

    private static byte[] pdf(Extra extra) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        document.open();
        document.add(new Paragraph("Fiche de poste – chargé·e de coopération"));
        extra.add(writer, document);
        document.close();
        return out.toByteArray();
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(InvalidInputException.class, () -> PdfCheck.require(bytes)).getMessageKey();
    }

    @Test
    void aRealPdfPasses() throws IOException {
        assertDoesNotThrow(() -> PdfCheck.require(pdf((w, d) -> {
        })));
    }

    @Test
    void anHtmlPageFramedByThePdfMarkersIsNoPdf() {
        byte[] framed = "%PDF-1.7\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals("document.error.notPdf", refusal(framed));
        assertEquals("document.error.notPdf", refusal("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII)));
        assertEquals("document.error.notPdf", refusal("<html>%PDF-1.4</html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("document.error.notPdf", refusal(new byte[0]));
    }

    @Test
    void aTruncatedPdfIsNoPdf() throws IOException {
        byte[] whole = pdf((w, d) -> {
        });
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 3);
        assertEquals("document.error.notPdf", refusal(half));
    }

    @Test
    void javaScriptIsRefused() throws IOException {
        assertEquals("document.error.activeContent", refusal(pdf((w, d) -> w.addJavaScript("app.alert(1);"))));
        assertEquals("document.error.activeContent",
                refusal(pdf((w, d) -> w.setOpenAction(PdfAction.javaScript("app.alert(1);", w)))));
    }

    @Test
    void aLaunchActionIsRefused() throws IOException {
        assertEquals("document.error.activeContent",
                refusal(pdf((w, d) -> w.setOpenAction(new PdfAction("calc.exe", null, null, null)))));
    }

    @Test
    void anEmbeddedFileIsRefused() throws IOException {
        assertEquals("document.error.activeContent", refusal(pdf((w, d) -> w.addFileAttachment("annexe",
                PdfFileSpecification.fileEmbedded(w, null, "annexe.exe", new byte[]{'M', 'Z'})))));
        assertEquals("document.error.activeContent", refusal(pdf((w, d) -> w.addAnnotation(
                PdfAnnotation.createFileAttachment(w, new com.lowagie.text.Rectangle(10, 10, 30, 30), "annexe",
                        new byte[]{'M', 'Z'}, null, "annexe.exe")))));
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        // A standard security handler in the trailer (a user password the portal cannot know).
        String zeros = "0".repeat(64);
        String plain = new String(pdf((w, d) -> {
        }), StandardCharsets.ISO_8859_1);
        String locked = plain.replace("trailer\n<<", "trailer\n<</Encrypt <</Filter/Standard/V 2/R 3/Length 128/O <"
                + zeros + "> /U <" + zeros + "> /P -4>>");
        assertEquals("document.error.encrypted", refusal(locked.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void theNameShownLosesControlAndFormatCharacters() {
        assertEquals("cvfdp.exe", DocumentStore.displayName("cv\u202Efdp.exe"));
        assertEquals("fiche de poste.pdf", DocumentStore.displayName("C:\\tmp\\fiche\u2066 de\u200B poste\u00AD.pdf"));
        assertEquals("Élise 李 ✓.pdf", DocumentStore.displayName("Élise 李 ✓.pdf\uFEFF\n"));
        assertEquals("document.pdf", DocumentStore.displayName("\u202E\u200F"));
    }
}

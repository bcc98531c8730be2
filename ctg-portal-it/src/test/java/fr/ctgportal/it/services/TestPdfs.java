package fr.ctgportal.it.services;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The files the tests upload: a real PDF, and what the document store must refuse. */
public final class TestPdfs {

    private static final byte[] ONE_PAGE = write("Compte rendu – comité de pilotage", writer -> {
    });

    private TestPdfs() {
    }

    /** A real one-page PDF, the same bytes on every call (a download is compared with it). */
    public static byte[] onePage() {
        return ONE_PAGE.clone();
    }

    /** An HTML page framed by a PDF header and end marker: the first and last bytes of a PDF, nothing else. */
    public static byte[] framedHtml() {
        return ("%PDF-1.7\n<html><body><script>alert(document.cookie)</script>Fiche de poste</body></html>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A real PDF that runs JavaScript when opened. */
    public static byte[] withJavaScript() {
        return write("Fiche de poste", writer -> writer.addJavaScript("app.alert('bonjour');"));
    }

    private static byte[] write(String text, Consumer<PdfWriter> extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        extra.accept(writer);
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}

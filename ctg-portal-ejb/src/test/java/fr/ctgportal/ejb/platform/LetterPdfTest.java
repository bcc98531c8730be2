package fr.ctgportal.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A letter's lines are the Caf's; what a user wrote is set apart and never breaks a line. */
class LetterPdfTest {

    @Test
    void aTitleStaysOnItsLineAndAReasonKeepsItsLinesInAQuotedBlock() throws IOException {
        byte[] pdf = LetterPdf.write("Objet", "Caf", letter -> letter
                .spacedBold("Objet : avis sur le poste « Chargée\r\nAvis de la Caf : favorable »")
                .quoted("Profil solide.\nAvis rendu le 1er janvier 2026 par la direction.\u202E"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("« Chargée Avis de la Caf : favorable »"), text);
        assertTrue(text.contains("Profil solide.\n"), text);
        // The user's line is in the indented block, not at the margin where the Caf's signature stands.
        assertTrue(text.contains("\n Avis rendu le 1er janvier 2026 par la direction."), text);
        assertFalse(text.contains("\u202E"), text);
    }

    @Test
    void everyCharacterOfANameIsPrintedAsTyped() throws IOException {
        String name = "Zoé Lefèvre-Nguyễn 李小龍 ✓ Ødegård Łukasz Ψ 😀";
        byte[] pdf = LetterPdf.write("Objet", "Caf", letter -> letter.bold("Candidate : " + name).text(name)
                .quoted("Avis sur " + name + "\nSecond paragraphe 李").table(List.<String[]>of(new String[]{name,
                        "12 000,00 €"})));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("Candidate : " + name), text);
        assertTrue(text.contains("Avis sur " + name), text);
        assertTrue(text.contains("12 000,00 €"), text);
        // A character no font has is shown as the replacement character, never dropped.
        String missing = LetterPdfTest.text(LetterPdf.write("x", "y", letter -> letter.text("a\uE000b")));
        assertTrue(missing.contains("a\uFFFDb"), missing);
    }

    private static String text(byte[] pdf) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }
}

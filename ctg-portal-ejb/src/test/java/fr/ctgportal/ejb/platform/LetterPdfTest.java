package fr.ctgportal.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
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
}

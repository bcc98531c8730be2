package fr.ctgportal.ejb.recruitment;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.ctgportal.ejb.doctrine.PortalDoctrine;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.recruitment.Candidate;
import fr.ctgportal.model.recruitment.CandidateOpinion;
import fr.ctgportal.model.recruitment.RecruitmentFile;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ResourceBundle;

/**
 * The Caf's opinion on the chosen candidate as a letter (PDF) for the authority, written from the
 * recorded opinion: downloading it twice gives the same text.
 */
final class OpinionLetter {

    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("fr.ctgportal.ejb.recruitment.letters", PortalDoctrine.LOCALE);

    private OpinionLetter() {
    }

    static String label(CandidateOpinion opinion) {
        return TEXTS.getString("opinion." + opinion.name());
    }

    static byte[] of(RecruitmentFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 64, 64, 64, 64);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(format("letter.subject", file.getTitle()));
            pdf.addAuthor(TEXTS.getString("letter.sender"));
            pdf.open();
            Font bold = new Font(Font.HELVETICA, 11, Font.BOLD);
            Font normal = new Font(Font.HELVETICA, 11);
            pdf.add(new Paragraph(TEXTS.getString("letter.sender"), bold));
            pdf.add(new Paragraph(TEXTS.getString("letter.senderService"), normal));
            pdf.add(spaced(format("letter.place", date(file.getOpinionAt())), normal));
            pdf.add(spaced(format("letter.to", file.getAuthority().getName()), normal));
            pdf.add(spaced(format("letter.subject", file.getTitle()), bold));
            pdf.add(spaced(TEXTS.getString("letter.intro"), normal));
            Candidate chosen = file.getChosenCandidate();
            pdf.add(spaced(chosen.isErased() ? TEXTS.getString("letter.candidateErased")
                    : format("letter.candidate", chosen.getFullName()), normal));
            pdf.add(new Paragraph(format("letter.profile",
                    TEXTS.getString("qualification." + chosen.getQualification().name()),
                    TEXTS.getString("framework." + chosen.getFramework().name())), normal));
            pdf.add(spaced(format("letter.opinion", label(file.getOpinion())), bold));
            pdf.add(spaced(TEXTS.getString("letter.reasons"), normal));
            pdf.add(new Paragraph(file.getOpinionReasons(), normal));
            if (file.getOpinion() == CandidateOpinion.UNFAVOURABLE) {
                pdf.add(spaced(TEXTS.getString("letter.unfavourableNote"), bold));
            }
            pdf.add(spaced(format("letter.signature", date(file.getOpinionAt()), file.getOpinionBy()), normal));
            if (file.getCountersignedAt() != null) {
                pdf.add(new Paragraph(format("letter.countersigned", date(file.getCountersignedAt()),
                        file.getCountersignedBy()), normal));
            }
            pdf.add(spaced(format("letter.reference", String.valueOf(file.getId())), new Font(Font.HELVETICA, 8)));
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("opinion letter of file " + file.getId(), e);
        }
        return out.toByteArray();
    }

    private static Paragraph spaced(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(14);
        return p;
    }

    private static String date(Instant at) {
        return DoctrineFormats.date(LocalDate.ofInstant(at, PortalDoctrine.ZONE));
    }

    private static String format(String key, Object... args) {
        return MessageFormat.format(TEXTS.getString(key), args);
    }
}

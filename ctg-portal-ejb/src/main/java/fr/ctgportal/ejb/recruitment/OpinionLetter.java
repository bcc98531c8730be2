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
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The Caf's opinion on the chosen candidate as a letter (PDF) for the authority, written from the
 * recorded opinion: downloading it twice gives the same text.
 */
final class OpinionLetter {

    private OpinionLetter() {
    }

    static String label(CandidateOpinion opinion) {
        return RecruitmentTexts.label("opinion", opinion);
    }

    /**
     * @param nameOf the name to print for a user of the Caf (their login when the portal has none)
     */
    static byte[] of(RecruitmentFile file, UnaryOperator<String> nameOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 64, 64, 64, 64);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(format("letter.subject", file.getTitle()));
            pdf.addAuthor(RecruitmentTexts.text("letter.sender"));
            pdf.open();
            Font bold = new Font(Font.HELVETICA, 11, Font.BOLD);
            Font normal = new Font(Font.HELVETICA, 11);
            pdf.add(new Paragraph(RecruitmentTexts.text("letter.sender"), bold));
            pdf.add(new Paragraph(RecruitmentTexts.text("letter.senderService"), normal));
            pdf.add(spaced(format("letter.place", date(file.getOpinionAt())), normal));
            pdf.add(spaced(format("letter.to", file.getAuthority().getName()), normal));
            pdf.add(spaced(format("letter.subject", file.getTitle()), bold));
            pdf.add(spaced(RecruitmentTexts.text("letter.intro"), normal));
            Candidate chosen = file.getChosenCandidate();
            pdf.add(spaced(chosen.isErased() ? RecruitmentTexts.text("letter.candidateErased")
                    : format("letter.candidate", chosen.getFullName()), normal));
            pdf.add(new Paragraph(format("letter.profile",
                    RecruitmentTexts.label("qualification", chosen.getQualification()),
                    RecruitmentTexts.label("framework", chosen.getFramework())), normal));
            pdf.add(spaced(format("letter.opinion", label(file.getOpinion())), bold));
            pdf.add(spaced(RecruitmentTexts.text("letter.reasons"), normal));
            pdf.add(new Paragraph(file.getOpinionReasons(), normal));
            if (file.getOpinion() == CandidateOpinion.UNFAVOURABLE) {
                pdf.add(spaced(RecruitmentTexts.text("letter.unfavourableNote"), bold));
            }
            pdf.add(spaced(format("letter.signature", date(file.getOpinionAt()), nameOf.apply(file.getOpinionBy())), normal));
            if (file.getCountersignedAt() != null) {
                pdf.add(new Paragraph(format("letter.countersigned", date(file.getCountersignedAt()),
                        nameOf.apply(file.getCountersignedBy())), normal));
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
        return RecruitmentTexts.text(key, args);
    }
}

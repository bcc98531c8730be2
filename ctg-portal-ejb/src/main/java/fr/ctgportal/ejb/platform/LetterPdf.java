package fr.ctgportal.ejb.platform;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.shared.TextLimit;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Caf's letters as PDF: one layout (A4, 11 pt) for every letter the portal writes.
 *
 * <p>Every character is printed as typed: the text is set in DejaVu Sans (Latin with every accent, Greek,
 * Cyrillic, symbols such as ✓, many emoji), and a character that DejaVu Sans lacks in Droid Sans Fallback
 * (Chinese, Japanese and Korean ideographs, kana, hangul); both are embedded (subsets) from the portal's own
 * resources ({@code fr/ctgportal/ejb/fonts}, with their licences). A character neither font has prints as
 * U+FFFD "�", so that a missing glyph shows instead of vanishing.
 *
 * <p>Every paragraph but a {@link #quoted(String)} one is one line of text ({@link TextLimit#oneLine}):
 * a title or a name cannot break a letter's line. A text a user wrote over several lines (the reasons
 * of an opinion, a report's answers) is set apart as a quoted block, indented behind a rule, so that
 * none of its lines can pass for one of the Caf's own (a signature, a decision).
 */
public final class LetterPdf {

    private static final LetterFonts NORMAL = LetterFonts.regular(11);
    private static final LetterFonts BOLD = LetterFonts.bold(11);
    private static final LetterFonts SMALL = LetterFonts.regular(8);
    private static final LetterFonts QUOTED = LetterFonts.oblique(11);
    private static final LetterFonts QUESTION = LetterFonts.bold(10);

    private final Document pdf;

    private LetterPdf(Document pdf) {
        this.pdf = pdf;
    }

    /** Writes a letter: {@code body} adds its paragraphs. */
    public static byte[] write(String title, String author, Consumer<LetterPdf> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 64, 64, 64, 64);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(title);
            pdf.addAuthor(author);
            pdf.open();
            body.accept(new LetterPdf(pdf));
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("letter " + title, e);
        }
        return out.toByteArray();
    }

    public LetterPdf text(String text) {
        return add(NORMAL.paragraph(TextLimit.oneLine(text)), 0);
    }

    public LetterPdf bold(String text) {
        return add(BOLD.paragraph(TextLimit.oneLine(text)), 0);
    }

    /** A paragraph after a blank line. */
    public LetterPdf spaced(String text) {
        return add(NORMAL.paragraph(TextLimit.oneLine(text)), 14);
    }

    public LetterPdf spacedBold(String text) {
        return add(BOLD.paragraph(TextLimit.oneLine(text)), 14);
    }

    public LetterPdf small(String text) {
        return add(SMALL.paragraph(TextLimit.oneLine(text)), 14);
    }

    /**
     * The post a letter is about, told apart from every other: its reference, title, holder, employer and territory
     * (a title alone is shared by many posts).
     */
    public LetterPdf post(CooperationPost post) {
        return text(Texts.text("letter.post", post.getReference(), post.getTitle(),
                post.getHolderName() == null ? Texts.text("letter.post.noHolder") : post.getHolderName(),
                post.getEmployer().getName(), post.getTerritory().getName()));
    }

    /** @return the post as a letter's subject names it: reference and title ({@code CTG-0042 « Chargé·e... »}) */
    public static String subjectOf(CooperationPost post) {
        return Texts.text("letter.subject.post", post.getReference(), post.getTitle());
    }

    /** A question over the page's width (a form's label, an indicator's wording); its answer follows, quoted. */
    public LetterPdf question(String text) {
        return add(QUESTION.paragraph(TextLimit.oneLine(text)), 8);
    }

    /**
     * A text a user wrote, with its line breaks, set apart: in italics, indented behind a grey rule.
     * A blank text gives a dash.
     */
    public LetterPdf quoted(String text) {
        List<String> lines = TextLimit.lines(text);
        PdfPCell cell = new PdfPCell(QUOTED.phrase(lines.isEmpty() ? "—" : String.join("\n", lines)));
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2);
        cell.setBorderColorLeft(Color.GRAY);
        cell.setPaddingLeft(10);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(94);
        block.setHorizontalAlignment(Element.ALIGN_RIGHT);
        block.setSpacingBefore(4);
        block.setSplitLate(false);
        block.addCell(cell);
        return put(block);
    }

    /** A two-column table (label, value), values right-aligned, after a blank line. */
    public LetterPdf table(List<String[]> rows) {
        PdfPTable table = new PdfPTable(new float[]{3, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String[] row : rows) {
            table.addCell(new PdfPCell(NORMAL.phrase(TextLimit.oneLine(row[0]))));
            // A value stays within its cell: an answer keeps its line breaks there.
            PdfPCell value = new PdfPCell(NORMAL.phrase(String.join("\n", TextLimit.lines(row[1]))));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(value);
        }
        return put(table);
    }

    private LetterPdf add(Paragraph paragraph, float spacingBefore) {
        paragraph.setSpacingBefore(spacingBefore);
        return put(paragraph);
    }

    private LetterPdf put(Element element) {
        try {
            pdf.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}

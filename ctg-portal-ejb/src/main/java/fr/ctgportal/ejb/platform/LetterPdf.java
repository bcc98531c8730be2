package fr.ctgportal.ejb.platform;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.ctgportal.model.shared.TextLimit;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Caf's letters as PDF: one layout (A4, Helvetica 11) for every letter the portal writes.
 *
 * <p>Every paragraph but a {@link #quoted(String)} one is one line of text ({@link TextLimit#oneLine}):
 * a title or a name cannot break a letter's line. A text a user wrote over several lines (the reasons
 * of an opinion, a report's answers) is set apart as a quoted block, indented behind a rule, so that
 * none of its lines can pass for one of the Caf's own (a signature, a decision).
 */
public final class LetterPdf {

    private static final Font NORMAL = new Font(Font.HELVETICA, 11);
    private static final Font BOLD = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font QUOTED = new Font(Font.HELVETICA, 11, Font.ITALIC);

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
        return add(new Paragraph(TextLimit.oneLine(text), NORMAL), 0);
    }

    public LetterPdf bold(String text) {
        return add(new Paragraph(TextLimit.oneLine(text), BOLD), 0);
    }

    /** A paragraph after a blank line. */
    public LetterPdf spaced(String text) {
        return add(new Paragraph(TextLimit.oneLine(text), NORMAL), 14);
    }

    public LetterPdf spacedBold(String text) {
        return add(new Paragraph(TextLimit.oneLine(text), BOLD), 14);
    }

    public LetterPdf small(String text) {
        return add(new Paragraph(TextLimit.oneLine(text), SMALL), 14);
    }

    /**
     * A text a user wrote, with its line breaks, set apart: in italics, indented behind a grey rule.
     * A blank text gives a dash.
     */
    public LetterPdf quoted(String text) {
        List<String> lines = TextLimit.lines(text);
        PdfPCell cell = new PdfPCell(new Phrase(lines.isEmpty() ? "—" : String.join("\n", lines), QUOTED));
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
            table.addCell(new PdfPCell(new Phrase(TextLimit.oneLine(row[0]), NORMAL)));
            // A value stays within its cell: an answer keeps its line breaks there.
            PdfPCell value = new PdfPCell(new Phrase(String.join("\n", TextLimit.lines(row[1])), NORMAL));
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

package fr.ctgportal.ejb.platform;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

/** The Caf's letters as PDF: one layout (A4, Helvetica 11) for every letter the portal writes. */
public final class LetterPdf {

    private static final Font NORMAL = new Font(Font.HELVETICA, 11);
    private static final Font BOLD = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

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
        return add(new Paragraph(text, NORMAL), 0);
    }

    public LetterPdf bold(String text) {
        return add(new Paragraph(text, BOLD), 0);
    }

    /** A paragraph after a blank line. */
    public LetterPdf spaced(String text) {
        return add(new Paragraph(text, NORMAL), 14);
    }

    public LetterPdf spacedBold(String text) {
        return add(new Paragraph(text, BOLD), 14);
    }

    public LetterPdf small(String text) {
        return add(new Paragraph(text, SMALL), 14);
    }

    /** A two-column table (label, value), values right-aligned, after a blank line. */
    public LetterPdf table(List<String[]> rows) {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String[] row : rows) {
            table.addCell(new PdfPCell(new Phrase(row[0], NORMAL)));
            PdfPCell value = new PdfPCell(new Phrase(row[1], NORMAL));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(value);
        }
        try {
            pdf.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private LetterPdf add(Paragraph paragraph, float spacingBefore) {
        paragraph.setSpacingBefore(spacingBefore);
        try {
            pdf.add(paragraph);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}

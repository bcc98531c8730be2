package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.account.People;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.document.DocumentRef;
import fr.ctgportal.ejb.platform.LetterPdf;
import fr.ctgportal.ejb.platform.PortalTime;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.post.CooperationPost;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.AnswerType;
import fr.ctgportal.model.report.Evaluation;
import fr.ctgportal.model.report.FrameFunction;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.report.ReportAnswer;
import fr.ctgportal.model.shared.Stamp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as a PDF, and a year's reports as an XLSX workbook (one row per report, one column per indicator).
 */
final class ReportDocuments {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportDocuments() {
    }

    /**
     * @param annual the post's annual evaluation of the report's year (written when the Caf accepted it), or null
     * @param people how to name the officer (by name) and those who signed (by name and role)
     * @return the report's PDF, named after its year and post
     */
    static DocumentDownload pdfDownload(ReportView r, CooperationPost post, Evaluation annual, People people) {
        return new DocumentDownload(Texts.text("report.file.pdf", String.valueOf(r.year()), String.valueOf(r.postId())),
                "application/pdf", pdf(r, post, annual, people));
    }

    /**
     * @param nameOf the name of a user (their login when the portal has none)
     * @return the workbook of a year's reports, named after the year
     */
    static DocumentDownload xlsxDownload(IndicatorFrame frame, List<AnnualReport> reports, int year,
            UnaryOperator<String> nameOf) {
        return new DocumentDownload(Texts.text("report.file.xlsx", String.valueOf(year)), XLSX,
                xlsx(frame, reports, nameOf));
    }

    private static byte[] pdf(ReportView r, CooperationPost post, Evaluation annual, People people) {
        String title = Texts.text("report.pdf.title", String.valueOf(r.year()), r.postTitle());
        return LetterPdf.write(title, r.employerName(), pdf -> {
            pdf.bold(title).post(post)
                    .text(Texts.text("report.pdf.officer", people.nameOf(r.officer())))
                    .spaced(Texts.text("report.pdf.statusLine", Texts.text("report.pdf.status." + r.status().name())))
                    .text(Texts.text("report.pdf.due", DoctrineFormats.date(r.dueDate())))
                    .text(r.submittedAt() == null
                            ? Texts.text("report.pdf.notSubmitted")
                            : Texts.text("report.pdf.submitted", date(r.submittedAt())))
                    .text(r.acceptedAt() == null
                            ? Texts.text("report.pdf.notAccepted")
                            : Texts.text("report.pdf.acceptedOn", date(r.acceptedAt()),
                                    people.nameAndRoleOf(r.acceptedBy())));
            for (FrameFunction f : r.functions()) {
                pdf.spacedBold(
                        Texts.text("report.pdf.objective", String.valueOf(f.objectiveNumber()), f.objectiveLabel()))
                        .bold(f.code() + " " + f.label());
                for (FrameIndicator i : f.indicators()) {
                    // The question over the page's width, the answer under it: long wordings stay readable.
                    pdf.question(i.code() + " " + i.wording()).quoted(answer(i, r.answers().get(i.code())));
                }
                pdf.question(Texts.text("report.pdf.functionText", f.code())).quoted(r.functionTexts().get(f.code()));
            }
            pdf.spacedBold(Texts.text("report.pdf.attachments"));
            if (r.attachments().isEmpty()) {
                pdf.text(Texts.text("report.pdf.noAttachment"));
            }
            for (DocumentRef a : r.attachments()) {
                pdf.text(Texts.text("report.pdf.attachment", a.fileName(), kilobytes(a.sizeBytes())));
            }
            if (r.employerRemarks() != null) {
                pdf.spacedBold(
                        Texts.text("report.pdf.remarks", date(r.employerAt()), people.nameAndRoleOf(r.employerBy())))
                        .quoted(r.employerRemarks());
            }
            // The review's history, as the report page shows it: each request for additions, then the evaluation.
            r.history().stream().filter(step -> step.kind() == ReviewStep.Kind.ADDITIONS)
                    .forEach(step -> pdf.spacedBold(Texts.text("report.pdf.additions", date(step.at()),
                            people.nameAndRoleOf(step.by()))).quoted(step.text()));
            if (annual != null) {
                Stamp written = annual.getWritten();
                pdf.spacedBold(Texts.text("report.pdf.evaluation", DoctrineFormats.date(annual.getEvaluatedOn()),
                        people.nameAndRoleOf(written.by()))).quoted(annual.getText());
            }
        });
    }

    private static String kilobytes(long bytes) {
        return String.valueOf(Math.max(1, (bytes + 512) / 1024));
    }

    private static String date(Instant at) {
        return at == null ? "" : DoctrineFormats.date(LocalDate.ofInstant(at, PortalTime.ZONE));
    }

    /** An answer as the PDF prints it: the number, the nature, or both on two lines. */
    private static String answer(FrameIndicator i, AnswerInput a) {
        if (a == null || a.count() == null && (a.text() == null || a.text().isBlank())) {
            return Texts.text("report.pdf.noAnswer");
        }
        String count = a.count() == null ? "—" : String.valueOf(a.count());
        return switch (i.answerType()) {
            case COUNT -> count;
            case TEXT -> a.text();
            case COUNT_AND_TEXT -> Texts.text("report.pdf.count", count) + "\n"
                    + Texts.text("report.pdf.nature", a.text() == null || a.text().isBlank() ? "—" : a.text());
        };
    }

    /** A column of the workbook: its header and width (in characters). */
    private record Column(String header, int width) {
    }

    /**
     * One sheet, one row per report: who and where (texts), the post's number and the year (numbers), the status,
     * the due, submission and acceptance dates (dates), then each indicator: a number for a count, a text for a
     * text, and two columns (number, nature) for "nombre et nature". The header row is frozen with the first two
     * columns. A text a user typed that starts with {@code = + - @} stays text, never a formula.
     */
    private static byte[] xlsx(IndicatorFrame frame, List<AnnualReport> reports, UnaryOperator<String> nameOf) {
        List<Column> columns = new ArrayList<>(List.of(new Column(Texts.text("report.xlsx.territory"), 26),
                new Column(Texts.text("report.xlsx.employer"), 30), new Column(Texts.text("report.xlsx.postId"), 9),
                new Column(Texts.text("report.xlsx.post"), 30), new Column(Texts.text("report.xlsx.holder"), 24),
                new Column(Texts.text("report.xlsx.officer"), 24), new Column(Texts.text("report.xlsx.year"), 8),
                new Column(Texts.text("report.xlsx.status"), 22), new Column(Texts.text("report.xlsx.due"), 12),
                new Column(Texts.text("report.xlsx.submitted"), 12),
                new Column(Texts.text("report.xlsx.accepted"), 12)));
        for (FrameIndicator i : frame.indicators()) {
            String header = i.code() + " " + i.wording();
            if (i.answerType() == AnswerType.COUNT_AND_TEXT) {
                columns.add(new Column(Texts.text("report.xlsx.count", header), 16));
                columns.add(new Column(Texts.text("report.xlsx.nature", header), 40));
            } else {
                columns.add(new Column(header, i.answerType() == AnswerType.COUNT ? 16 : 40));
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(Texts.text("report.xlsx.sheet")));
            Styles styles = new Styles(book);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }
            int rowIndex = 1;
            for (AnnualReport r : reports) {
                Cells row = new Cells(sheet.createRow(rowIndex++), styles);
                CooperationPost post = r.getPost();
                row.text(post.getTerritory().getName()).text(post.getEmployer().getName()).number(post.getId())
                        .text(post.getTitle()).text(post.getHolderName()).text(nameOf.apply(r.getOfficerUsername()))
                        .number(r.getYear()).text(Texts.text("report.pdf.status." + r.getStatus().name()))
                        .date(r.getDueDate()).date(day(r.getSubmittedAt()))
                        .date(r.getAccepted() == null ? null : day(r.getAccepted().at()));
                Map<String, ReportAnswer> answers = r.answersByCode();
                for (FrameIndicator i : frame.indicators()) {
                    ReportAnswer a = answers.get(i.code());
                    Integer count = a == null ? null : a.getCountValue();
                    String text = a == null ? null : a.getTextValue();
                    switch (i.answerType()) {
                        case COUNT -> row.number(count);
                        case TEXT -> row.text(text);
                        case COUNT_AND_TEXT -> row.number(count).text(text);
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns.size() - 1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, PortalTime.ZONE);
    }

    /** The workbook's cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        /** Text that a spreadsheet would otherwise read as a formula: shown and kept as typed. */
        final CellStyle quotedText;
        final CellStyle number;
        final CellStyle date;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = book.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            text.setWrapText(true);
            quotedText = book.createCellStyle();
            quotedText.cloneStyleFrom(text);
            quotedText.setQuotePrefixed(true);
            number = book.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            number.setDataFormat(book.createDataFormat().getFormat("0"));
            date = book.createCellStyle();
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }

    /** Fills a row from left to right; an empty value leaves its cell blank. */
    private static final class Cells {
        private final Row row;
        private final Styles styles;
        private int next;

        Cells(Row row, Styles styles) {
            this.row = row;
            this.styles = styles;
        }

        Cells text(String value) {
            Cell cell = row.createCell(next++);
            if (value != null && !value.isEmpty()) {
                // A string cell is never evaluated; the quote prefix keeps it so when someone edits it.
                cell.setCellValue(value);
                cell.setCellStyle(startsLikeAFormula(value) ? styles.quotedText : styles.text);
            }
            return this;
        }

        Cells number(Number value) {
            Cell cell = row.createCell(next++);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
                cell.setCellStyle(styles.number);
            }
            return this;
        }

        Cells date(LocalDate value) {
            Cell cell = row.createCell(next++);
            if (value != null) {
                cell.setCellValue(value);
                cell.setCellStyle(styles.date);
            }
            return this;
        }

        private static boolean startsLikeAFormula(String value) {
            char first = value.charAt(0);
            return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        }
    }
}

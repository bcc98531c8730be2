package fr.ctgportal.ejb.report;

import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.platform.LetterPdf;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.FrameFunction;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.report.ReportAnswer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A report as a PDF, and a year's reports as an XLSX workbook (one row per report, one column per indicator). */
final class ReportDocuments {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportDocuments() {
    }

    /** @return the report's PDF, named after its year and post */
    static DocumentDownload pdfDownload(ReportView r) {
        return new DocumentDownload(Texts.text("report.file.pdf", String.valueOf(r.year()), String.valueOf(r.postId())),
                "application/pdf", pdf(r));
    }

    /** @return the workbook of a year's reports, named after the year */
    static DocumentDownload xlsxDownload(IndicatorFrame frame, List<AnnualReport> reports, int year) {
        return new DocumentDownload(Texts.text("report.file.xlsx", String.valueOf(year)), XLSX, xlsx(frame, reports));
    }

    private static byte[] pdf(ReportView r) {
        String title = Texts.text("report.pdf.title", String.valueOf(r.year()), r.postTitle());
        return LetterPdf.write(title, r.employerName(), pdf -> {
            pdf.bold(title).text(r.employerName() + " – " + r.territoryName())
                    .text(Texts.text("report.pdf.officer", r.officer()))
                    .text(Texts.text("report.pdf.status." + r.status().name()));
            for (FrameFunction f : r.functions()) {
                pdf.spacedBold(
                        Texts.text("report.pdf.objective", String.valueOf(f.objectiveNumber()), f.objectiveLabel()))
                        .bold(f.code() + " " + f.label());
                List<String[]> rows = new ArrayList<>();
                for (FrameIndicator i : f.indicators()) {
                    rows.add(new String[]{i.wording(), answer(r.answers().get(i.code()))});
                }
                pdf.table(rows);
                String text = r.functionTexts().get(f.code());
                pdf.quoted(text);
            }
            if (r.employerRemarks() != null) {
                pdf.spacedBold(Texts.text("report.pdf.remarks")).quoted(r.employerRemarks());
            }
            if (r.acceptedAt() != null) {
                pdf.spaced(Texts.text("report.pdf.accepted", r.acceptedBy()));
            }
        });
    }

    private static String answer(AnswerInput a) {
        if (a == null) {
            return "—";
        }
        String count = a.count() == null ? "" : String.valueOf(a.count());
        String text = a.text() == null ? "" : a.text();
        return count.isEmpty() ? text : text.isEmpty() ? count : count + " – " + text;
    }

    private static byte[] xlsx(IndicatorFrame frame, List<AnnualReport> reports) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(Texts.text("report.xlsx.territory"),
                Texts.text("report.xlsx.employer"),
                Texts.text("report.xlsx.post"), Texts.text("report.xlsx.officer"), Texts.text("report.xlsx.year"),
                Texts.text("report.xlsx.status")));
        for (FrameIndicator i : frame.indicators()) {
            header.add(i.code() + " " + i.wording());
        }
        rows.add(header);
        for (AnnualReport r : reports) {
            Map<String, ReportAnswer> answers = r.answersByCode();
            List<String> row = new ArrayList<>(List.of(r.getPost().getTerritory().getName(),
                    r.getPost().getEmployer().getName(), r.getPost().getTitle(), r.getOfficerUsername(),
                    String.valueOf(r.getYear()), Texts.text("report.pdf.status." + r.getStatus().name())));
            for (FrameIndicator i : frame.indicators()) {
                ReportAnswer a = answers.get(i.code());
                row.add(a == null ? "" : answer(new AnswerInput(i.code(), a.getCountValue(), a.getTextValue())));
            }
            rows.add(row);
        }
        return workbook(rows);
    }

    /** The smallest valid workbook: one sheet of inline strings (numbers as text keep their meaning). */
    private static byte[] workbook(List<List<String>> rows) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                sheet.append("<c r=\"").append(column(c)).append(r + 1)
                        .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(escape(row.get(c))).append("</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"" + escape(Texts.text("report.xlsx.sheet"))
                    + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // Only the characters XML 1.0 allows (no control characters, no U+FFFE or U+FFFF).
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

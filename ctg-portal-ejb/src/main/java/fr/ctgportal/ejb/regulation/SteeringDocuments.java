package fr.ctgportal.ejb.regulation;

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
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import fr.ctgportal.model.regulation.Competence;
import fr.ctgportal.model.regulation.CompetenceStatus;
import fr.ctgportal.model.regulation.OutlookCause;
import fr.ctgportal.model.regulation.RedeploymentOutlook;
import fr.ctgportal.model.regulation.Typology;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The steering page as documents: an XLSX workbook whose figures are numeric cells (amounts in €,
 * shares as percentages), and a PDF of the page for the Commission d'Action Sociale (OpenPDF, A4
 * landscape, in the layout of the Caf's letters).
 */
final class SteeringDocuments {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Font NORMAL = new Font(Font.HELVETICA, 8);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);

    private SteeringDocuments() {
    }

    /** One column of the indicators' table: its header, its value, and how it is formatted. */
    private record Column(String key, Function<SteeringLine, BigDecimal> value, Kind kind) {
    }

    private enum Kind {
        MONEY, PERCENT, DECIMAL, COUNT
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("regulation.col.population", l -> BigDecimal.valueOf(l.indicators().inputs().population()),
                    Kind.COUNT),
            new Column("regulation.col.posts", l -> BigDecimal.valueOf(l.indicators().inputs().posts()), Kind.COUNT),
            new Column("regulation.col.fte", l -> l.indicators().inputs().cooperationFte(), Kind.DECIMAL),
            new Column("regulation.col.bonus", l -> l.indicators().inputs().pilotageBonus(), Kind.MONEY),
            new Column("regulation.col.doctrine", l -> l.indicators().inputs().doctrineFunding(), Kind.MONEY),
            new Column("regulation.col.i1bonus", l -> l.indicators().amountPerFteBonus(), Kind.MONEY),
            new Column("regulation.col.i1doctrine", l -> l.indicators().amountPerFteDoctrine(), Kind.MONEY),
            new Column("regulation.col.i2", l -> l.indicators().fteShare(), Kind.PERCENT),
            new Column("regulation.col.structures",
                    l -> l.indicators().inputs().structures() == null
                            ? null
                            : BigDecimal.valueOf(l.indicators().inputs().structures()),
                    Kind.COUNT),
            new Column("regulation.col.i3", l -> l.indicators().ftePerStructure(), Kind.DECIMAL),
            new Column("regulation.col.populationShare", l -> l.indicators().populationShare(), Kind.PERCENT),
            new Column("regulation.col.i4", l -> l.indicators().fteMinusPopulation(), Kind.PERCENT),
            new Column("regulation.col.area", l -> l.indicators().areaKm2(), Kind.DECIMAL),
            new Column("regulation.col.density", l -> l.indicators().density(), Kind.DECIMAL));

    /** @return the workbook: indicators, typology, outlook */
    static DocumentDownload xlsx(SteeringView view, OutlookView outlook) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet(Texts.text("regulation.sheet.indicators"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(Texts.text("regulation.col.territory"));
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c + 1).setCellValue(Texts.text(COLUMNS.get(c).key()));
            }
            header.createCell(COLUMNS.size() + 1).setCellValue(Texts.text("regulation.col.competences"));
            header.createCell(COLUMNS.size() + 2).setCellValue(Texts.text("regulation.col.specifics"));
            header.createCell(COLUMNS.size() + 3).setCellValue(Texts.text("regulation.col.date"));
            int r = 1;
            for (SteeringLine line : lines(view)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.name());
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Column column = COLUMNS.get(c);
                    BigDecimal value = column.value().apply(line);
                    Cell cell = row.createCell(c + 1);
                    if (value != null) {
                        cell.setCellValue(value.doubleValue());
                        cell.setCellStyle(styles.of(column.kind()));
                    }
                }
                row.createCell(COLUMNS.size() + 1).setCellValue(competences(line.competences()));
                row.createCell(COLUMNS.size() + 2).setCellValue(line.specifics() == null ? "" : line.specifics());
                row.createCell(COLUMNS.size() + 3)
                        .setCellValue(line.referenceDate() == null ? "" : DoctrineFormats.date(line.referenceDate()));
            }
            typologySheet(book.createSheet(Texts.text("regulation.sheet.typology")), view, styles);
            outlookSheet(book.createSheet(Texts.text("regulation.sheet.outlook")), outlook, styles);
            book.write(out);
            return new DocumentDownload(Texts.text("regulation.file.xlsx", String.valueOf(view.on())), XLSX,
                    out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void typologySheet(Sheet sheet, SteeringView view, Styles styles) {
        Row header = sheet.createRow(0);
        String[] keys = {"regulation.col.territory", "regulation.typology.posts", "regulation.typology.fte",
                "regulation.typology.directors", "regulation.typology.directorsFte",
                "regulation.typology.directorsShare", "regulation.typology.assistants",
                "regulation.typology.assistantsFte", "regulation.typology.assistantsShare",
                "regulation.typology.under", "regulation.typology.underShare"};
        for (int c = 0; c < keys.length; c++) {
            header.createCell(c).setCellValue(Texts.text(keys[c]));
        }
        int r = 1;
        for (SteeringLine line : lines(view)) {
            Typology t = line.typology();
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.name());
            number(row, 1, BigDecimal.valueOf(t.posts()), styles.of(Kind.COUNT));
            number(row, 2, t.fte(), styles.of(Kind.DECIMAL));
            number(row, 3, BigDecimal.valueOf(t.directors().count()), styles.of(Kind.COUNT));
            number(row, 4, t.directors().fte(), styles.of(Kind.DECIMAL));
            number(row, 5, t.directors().fteShare(), styles.of(Kind.PERCENT));
            number(row, 6, BigDecimal.valueOf(t.assistants().count()), styles.of(Kind.COUNT));
            number(row, 7, t.assistants().fte(), styles.of(Kind.DECIMAL));
            number(row, 8, t.assistants().fteShare(), styles.of(Kind.PERCENT));
            number(row, 9, BigDecimal.valueOf(t.underThreshold().count()), styles.of(Kind.COUNT));
            number(row, 10, t.underThreshold().countShare(), styles.of(Kind.PERCENT));
        }
    }

    private static void outlookSheet(Sheet sheet, OutlookView outlook, Styles styles) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(Texts.text("regulation.col.territory"));
        header.createCell(1).setCellValue(Texts.text("regulation.outlook.year"));
        header.createCell(2).setCellValue(Texts.text("regulation.col.bonus"));
        header.createCell(3).setCellValue(Texts.text("regulation.col.doctrine"));
        header.createCell(4).setCellValue(Texts.text("regulation.outlook.freed"));
        int c0 = 5;
        for (OutlookCause cause : OutlookCause.values()) {
            header.createCell(c0++).setCellValue(Texts.text("regulation.cause." + cause.name()));
        }
        int r = 1;
        List<OutlookView.Row> rows = new ArrayList<>(outlook.territories());
        rows.add(outlook.department());
        for (OutlookView.Row line : rows) {
            for (RedeploymentOutlook.Cell cell : line.cells()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.name());
                number(row, 1, BigDecimal.valueOf(cell.year()), null);
                number(row, 2, cell.bonus(), styles.of(Kind.MONEY));
                number(row, 3, cell.doctrineFunding(), styles.of(Kind.MONEY));
                number(row, 4, cell.freed(), styles.of(Kind.MONEY));
                int c = 5;
                for (OutlookCause cause : OutlookCause.values()) {
                    number(row, c++, BigDecimal.valueOf(cell.posts(cause)), styles.of(Kind.COUNT));
                }
            }
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** The workbook's number formats, one style per kind. */
    private static final class Styles {
        private final Map<Kind, CellStyle> styles = new java.util.EnumMap<>(Kind.class);

        Styles(XSSFWorkbook book) {
            String[] formats = {"#,##0.00\\ \"€\"", "0.00%", "0.00", "0"};
            for (Kind kind : Kind.values()) {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(formats[kind.ordinal()]));
                styles.put(kind, style);
            }
        }

        CellStyle of(Kind kind) {
            return styles.get(kind);
        }
    }

    /** @return the page as a PDF: indicators, typology, outlook, with the date and the sources */
    static DocumentDownload pdf(SteeringView view, OutlookView outlook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        String title = Texts.text("regulation.pdf.title", DoctrineFormats.date(view.on()));
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(title);
            pdf.addAuthor(Texts.text("regulation.pdf.author"));
            pdf.open();
            pdf.add(new Paragraph(title, TITLE));
            pdf.add(new Paragraph(Texts.text("regulation.pdf.population",
                    DoctrineFormats.decimal(BigDecimal.valueOf(view.population())),
                    view.populationFrom() == null ? "—" : DoctrineFormats.date(view.populationFrom()),
                    view.populationSource() == null ? "—" : view.populationSource()), NORMAL));
            pdf.add(new Paragraph(Texts.text("regulation.pdf.budget", DoctrineFormats.money(view.budget()),
                    DoctrineFormats.decimal(view.budgetFte())), NORMAL));
            pdf.add(heading("regulation.pdf.indicators"));
            PdfPTable table = new PdfPTable(COLUMNS.size() + 1);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.addCell(cell(Texts.text("regulation.col.territory"), BOLD, false));
            COLUMNS.forEach(c -> table.addCell(cell(Texts.text(c.key()), BOLD, true)));
            for (SteeringLine line : lines(view)) {
                Font font = line.indicators().department() ? BOLD : NORMAL;
                table.addCell(cell(line.name(), font, false));
                COLUMNS.forEach(c -> table.addCell(cell(format(c.value().apply(line), c.kind()), font, true)));
            }
            pdf.add(table);
            pdf.add(heading("regulation.pdf.typology"));
            PdfPTable typology = new PdfPTable(6);
            typology.setWidthPercentage(100);
            for (String key : new String[]{"regulation.col.territory", "regulation.typology.posts",
                    "regulation.typology.fte", "regulation.typology.directorsText",
                    "regulation.typology.assistantsText", "regulation.typology.underText"}) {
                typology.addCell(cell(Texts.text(key), BOLD, false));
            }
            for (SteeringLine line : lines(view)) {
                Typology t = line.typology();
                typology.addCell(cell(line.name(), NORMAL, false));
                typology.addCell(cell(String.valueOf(t.posts()), NORMAL, true));
                typology.addCell(cell(DoctrineFormats.decimal(t.fte()), NORMAL, true));
                typology.addCell(cell(group(t.directors()), NORMAL, true));
                typology.addCell(cell(group(t.assistants()), NORMAL, true));
                typology.addCell(cell(group(t.underThreshold()), NORMAL, true));
            }
            pdf.add(typology);
            pdf.add(heading("regulation.pdf.outlook"));
            PdfPTable years = new PdfPTable(outlook.years().size() + 1);
            years.setWidthPercentage(100);
            years.addCell(cell(Texts.text("regulation.col.territory"), BOLD, false));
            outlook.years().forEach(y -> years.addCell(cell(String.valueOf(y), BOLD, true)));
            List<OutlookView.Row> rows = new ArrayList<>(outlook.territories());
            rows.add(outlook.department());
            for (OutlookView.Row row : rows) {
                years.addCell(cell(row.name(), NORMAL, false));
                row.cells().forEach(c -> years.addCell(cell(Texts.text("regulation.pdf.outlookCell",
                        DoctrineFormats.money(c.doctrineFunding()), DoctrineFormats.money(c.freed())), NORMAL, true)));
            }
            pdf.add(years);
            pdf.add(new Paragraph(Texts.text("regulation.pdf.outlookNote"), NORMAL));
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("steering " + title, e);
        }
        return new DocumentDownload(Texts.text("regulation.file.pdf", String.valueOf(view.on())), "application/pdf",
                out.toByteArray());
    }

    private static Paragraph heading(String key) {
        Paragraph p = new Paragraph(Texts.text(key), HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static String group(Typology.Group g) {
        return Texts.text("regulation.pdf.group", String.valueOf(g.count()),
                format(g.countShare(), Kind.PERCENT), DoctrineFormats.decimal(g.fte()),
                format(g.fteShare(), Kind.PERCENT));
    }

    private static String format(BigDecimal value, Kind kind) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case MONEY -> DoctrineFormats.money(value);
            case PERCENT -> DoctrineFormats.percent(value.setScale(4, java.math.RoundingMode.HALF_UP));
            case DECIMAL -> DoctrineFormats.decimal(value);
            case COUNT -> DoctrineFormats.decimal(value);
        };
    }

    private static List<SteeringLine> lines(SteeringView view) {
        List<SteeringLine> lines = new ArrayList<>(view.territories());
        lines.add(view.department());
        return lines;
    }

    private static String competences(Map<Competence, CompetenceStatus> competences) {
        List<String> parts = new ArrayList<>();
        for (Competence c : Competence.values()) {
            CompetenceStatus s = competences.get(c);
            if (s != null) {
                parts.add(Texts.text("regulation.competence." + c.name()) + " : "
                        + Texts.text("regulation.status." + s.name()));
            }
        }
        return String.join(" ; ", parts);
    }
}

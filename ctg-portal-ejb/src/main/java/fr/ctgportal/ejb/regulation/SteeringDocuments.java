package fr.ctgportal.ejb.regulation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.ctgportal.ejb.document.DocumentDownload;
import fr.ctgportal.ejb.platform.LetterFonts;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
    // DejaVu Sans, embedded (the letters' fonts): "−", "€" and every accent print whatever the reader has.
    private static final LetterFonts NORMAL = LetterFonts.regular(7);
    private static final LetterFonts BOLD = LetterFonts.bold(7);
    private static final LetterFonts TITLE = LetterFonts.bold(13);
    private static final LetterFonts HEADING = LetterFonts.bold(11);
    private static final LetterFonts CAPTION = LetterFonts.bold(9);
    /** A cell's padding on both sides, and a margin, in points. */
    private static final float PADDING = 6;
    /** The room, in points, a heading needs below it: itself and a few lines of what it introduces. */
    private static final float KEEP_WITH_HEADING = 110;

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
            typologyYearsSheet(book.createSheet(Texts.text("regulation.sheet.typologyYears")), outlook, styles);
            outlookSheet(book.createSheet(Texts.text("regulation.sheet.outlook")), outlook, styles);
            book.write(out);
            return new DocumentDownload(Texts.text("regulation.file.xlsx", String.valueOf(view.on())), XLSX,
                    out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of the typology's columns after the territory's (and the year's) */
    private static final String[] TYPOLOGY = {"regulation.typology.posts", "regulation.typology.fte",
            "regulation.typology.directors", "regulation.typology.directorsFte", "regulation.typology.directorsShare",
            "regulation.typology.assistants", "regulation.typology.assistantsFte",
            "regulation.typology.assistantsShare", "regulation.typology.under", "regulation.typology.underShare"};

    private static void typologySheet(Sheet sheet, SteeringView view, Styles styles) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(Texts.text("regulation.col.territory"));
        for (int c = 0; c < TYPOLOGY.length; c++) {
            header.createCell(c + 1).setCellValue(Texts.text(TYPOLOGY[c]));
        }
        int r = 1;
        for (SteeringLine line : lines(view)) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.name());
            typologyCells(row, 1, line.typology(), styles);
        }
    }

    /** The typology of the funded posts, one row per territory (and the department) and year. */
    private static void typologyYearsSheet(Sheet sheet, OutlookView outlook, Styles styles) {
        yearSheet(sheet, outlook, Arrays.stream(TYPOLOGY).map(Texts::text).toList(),
                (row, cell) -> typologyCells(row, 2, cell.typology(), styles));
    }

    /**
     * A sheet of the outlook's years: a header (territory, year, then those columns) and one row per territory
     * (and the department) and year, whose figures from column 2 on are written by {@code cells}.
     */
    private static void yearSheet(Sheet sheet, OutlookView outlook, List<String> columns,
            BiConsumer<Row, RedeploymentOutlook.Cell> cells) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(Texts.text("regulation.col.territory"));
        header.createCell(1).setCellValue(Texts.text("regulation.outlook.year"));
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c + 2).setCellValue(columns.get(c));
        }
        int r = 1;
        for (OutlookView.Row line : outlook.allRows()) {
            for (RedeploymentOutlook.Cell cell : line.cells()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.name());
                number(row, 1, BigDecimal.valueOf(cell.year()), null);
                cells.accept(row, cell);
            }
        }
    }

    private static void typologyCells(Row row, int from, Typology t, Styles styles) {
        number(row, from, BigDecimal.valueOf(t.posts()), styles.of(Kind.COUNT));
        number(row, from + 1, t.fte(), styles.of(Kind.DECIMAL));
        number(row, from + 2, BigDecimal.valueOf(t.directors().count()), styles.of(Kind.COUNT));
        number(row, from + 3, t.directors().fte(), styles.of(Kind.DECIMAL));
        number(row, from + 4, t.directors().fteShare(), styles.of(Kind.PERCENT));
        number(row, from + 5, BigDecimal.valueOf(t.assistants().count()), styles.of(Kind.COUNT));
        number(row, from + 6, t.assistants().fte(), styles.of(Kind.DECIMAL));
        number(row, from + 7, t.assistants().fteShare(), styles.of(Kind.PERCENT));
        number(row, from + 8, BigDecimal.valueOf(t.underThreshold().count()), styles.of(Kind.COUNT));
        number(row, from + 9, t.underThreshold().countShare(), styles.of(Kind.PERCENT));
    }

    private static void outlookSheet(Sheet sheet, OutlookView outlook, Styles styles) {
        List<String> columns = new ArrayList<>(List.of(Texts.text("regulation.col.bonus"),
                Texts.text("regulation.col.doctrine"), Texts.text("regulation.outlook.freed")));
        for (OutlookCause cause : OutlookCause.values()) {
            columns.add(Texts.text("regulation.cause." + cause.name()));
        }
        yearSheet(sheet, outlook, columns, (row, cell) -> {
            number(row, 2, cell.bonus(), styles.of(Kind.MONEY));
            number(row, 3, cell.doctrineFunding(), styles.of(Kind.MONEY));
            number(row, 4, cell.freed(), styles.of(Kind.MONEY));
            int c = 5;
            for (OutlookCause cause : OutlookCause.values()) {
                number(row, c++, BigDecimal.valueOf(cell.posts(cause)), styles.of(Kind.COUNT));
            }
        });
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

    /**
     * @return the page as a PDF: the indicators, the charts (drawn by {@link SteeringChartImages}), the typology
     *         today and year by year, the outlook, with the date and the sources. Columns are sized so that no
     *         word is ever cut: a cell wraps at spaces only.
     */
    static DocumentDownload pdf(SteeringView view, OutlookView outlook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        String title = Texts.text("regulation.pdf.title", DoctrineFormats.date(view.on()));
        float width = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            pdf.addTitle(title);
            pdf.addAuthor(Texts.text("regulation.pdf.author"));
            pdf.open();
            Paragraph heading = TITLE.paragraph(title);
            heading.setLeading(18);
            pdf.add(heading);
            pdf.add(NORMAL.paragraph(Texts.text("regulation.pdf.population",
                    DoctrineFormats.decimal(BigDecimal.valueOf(view.population())),
                    view.populationFrom() == null ? "—" : DoctrineFormats.date(view.populationFrom()),
                    view.populationSource() == null ? "—" : view.populationSource())));
            pdf.add(NORMAL.paragraph(Texts.text("regulation.pdf.budget", DoctrineFormats.money(view.budget()),
                    DoctrineFormats.decimal(view.budgetFte()))));

            heading(pdf, writer, "regulation.pdf.indicators");
            List<String> header = new ArrayList<>();
            header.add(Texts.text("regulation.col.territory"));
            COLUMNS.forEach(c -> header.add(Texts.text(c.key())));
            List<List<String>> rows = new ArrayList<>();
            for (SteeringLine line : lines(view)) {
                List<String> row = new ArrayList<>();
                row.add(line.name());
                COLUMNS.forEach(c -> row.add(format(c.value().apply(line), c.kind())));
                rows.add(row);
            }
            pdf.add(table(header, rows, width));

            SteeringChartImages.Png gap = SteeringChartImages.gap(view.territories(), width);
            heading(pdf, writer, "regulation.pdf.charts", gap.height() + 40);
            image(pdf, Texts.text("regulation.chart.gap"), gap);
            image(pdf, Texts.text("regulation.chart.scatter"),
                    SteeringChartImages.fteAgainstPopulation(view.territories(), width));
            BigDecimal average = view.department().indicators().amountPerFteDoctrine();
            image(pdf, Texts.text("regulation.pdf.perFte", average == null ? "—" : DoctrineFormats.money(average)),
                    SteeringChartImages.fundingPerFte(view.territories(), average, width));

            heading(pdf, writer, "regulation.pdf.typology");
            List<String> typologyHeader = new ArrayList<>();
            for (String key : new String[]{"regulation.col.territory", "regulation.typology.posts",
                    "regulation.typology.fte", "regulation.typology.directorsText",
                    "regulation.typology.assistantsText", "regulation.typology.underText"}) {
                typologyHeader.add(Texts.text(key));
            }
            List<List<String>> typologyRows = new ArrayList<>();
            for (SteeringLine line : lines(view)) {
                Typology t = line.typology();
                typologyRows.add(List.of(line.name(), String.valueOf(t.posts()), DoctrineFormats.decimal(t.fte()),
                        group(t.directors()), group(t.assistants()), group(t.underThreshold())));
            }
            pdf.add(table(typologyHeader, typologyRows, width));

            List<OutlookView.Row> outlookRows = outlook.allRows();
            heading(pdf, writer, "regulation.pdf.typologyYears");
            List<String> yearsHeader = new ArrayList<>();
            yearsHeader.add(Texts.text("regulation.col.territory"));
            outlook.years().forEach(y -> yearsHeader.add(String.valueOf(y)));
            List<List<String>> typologyYears = new ArrayList<>();
            for (OutlookView.Row row : outlookRows) {
                List<String> cells = new ArrayList<>();
                cells.add(row.name());
                row.cells().forEach(c -> cells.add(typologyCell(c.typology())));
                typologyYears.add(cells);
            }
            pdf.add(table(yearsHeader, typologyYears, width));
            pdf.add(NORMAL.paragraph(Texts.text("regulation.pdf.typologyNote")));

            heading(pdf, writer, "regulation.pdf.outlook");
            List<List<String>> outlookCells = new ArrayList<>();
            for (OutlookView.Row row : outlookRows) {
                List<String> cells = new ArrayList<>();
                cells.add(row.name());
                row.cells().forEach(c -> cells.add(Texts.text("regulation.pdf.outlookCell",
                        DoctrineFormats.money(c.doctrineFunding()), DoctrineFormats.money(c.freed()))));
                outlookCells.add(cells);
            }
            pdf.add(table(yearsHeader, outlookCells, width));
            pdf.add(NORMAL.paragraph(Texts.text("regulation.pdf.outlookNote")));
            pdf.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("steering " + title, e);
        }
        return new DocumentDownload(Texts.text("regulation.file.pdf", String.valueOf(view.on())), "application/pdf",
                out.toByteArray());
    }

    /** A chart with its caption above it, kept on one page. */
    private static void image(Document pdf, String caption, SteeringChartImages.Png png)
            throws DocumentException, IOException {
        Image image = Image.getInstance(png.bytes());
        image.scaleAbsolute(png.width(), png.height());
        PdfPTable figure = new PdfPTable(1);
        figure.setWidthPercentage(100);
        figure.setKeepTogether(true);
        figure.setSpacingAfter(10);
        PdfPCell title = new PdfPCell(CAPTION.phrase(caption));
        title.setBorder(PdfPCell.NO_BORDER);
        title.setPaddingBottom(4);
        figure.addCell(title);
        PdfPCell picture = new PdfPCell(image, false);
        picture.setBorder(PdfPCell.NO_BORDER);
        figure.addCell(picture);
        pdf.add(figure);
    }

    /** A heading, on the next page when too little room is left for it and the start of what follows. */
    private static void heading(Document pdf, PdfWriter writer, String key) throws DocumentException {
        heading(pdf, writer, key, KEEP_WITH_HEADING);
    }

    /** A heading, on the next page when less than {@code room} points are left below it. */
    private static void heading(Document pdf, PdfWriter writer, String key, float room) throws DocumentException {
        if (writer.getVerticalPosition(true) - pdf.bottom() < room) {
            pdf.newPage();
        }
        pdf.add(heading(key));
    }

    private static Paragraph heading(String key) {
        Paragraph p = HEADING.paragraph(Texts.text(key));
        p.setLeading(16);
        p.setSpacingBefore(12);
        p.setSpacingAfter(8);
        return p;
    }

    /**
     * A table whose first row is the header (repeated on each page, the last row in bold: the department), and
     * whose columns are at least as wide as their longest word: OpenPDF cuts a word that does not fit its
     * column, so each column gets its longest word's width, then the rest of the width in proportion to its
     * longest text. Numbers (every column but the first) are right-aligned.
     */
    private static PdfPTable table(List<String> header, List<List<String>> rows, float width)
            throws DocumentException {
        int columns = header.size();
        float[] words = new float[columns];
        float[] texts = new float[columns];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> row : rows) {
            // a territory without figures for some years (no Ctg dates yet): "—" there, as on the page
            List<String> full = new ArrayList<>(row);
            while (full.size() < columns) {
                full.add("—");
            }
            all.add(full);
        }
        for (int r = 0; r < all.size(); r++) {
            LetterFonts font = r == 0 || r == all.size() - 1 ? BOLD : NORMAL;
            for (int c = 0; c < columns; c++) {
                String text = all.get(r).get(c);
                for (String word : text.split("[ \n]")) {
                    words[c] = Math.max(words[c], font.width(word) + PADDING);
                }
                texts[c] = Math.max(texts[c], font.width(text) + PADDING);
            }
        }
        float needed = 0;
        float extra = 0;
        for (int c = 0; c < columns; c++) {
            needed += words[c];
            extra += texts[c] - words[c];
        }
        float left = Math.max(0, width - needed);
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = words[c] + (extra <= 0 ? left / columns : left * (texts[c] - words[c]) / extra);
        }
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHeaderRows(1);
        for (int r = 0; r < all.size(); r++) {
            LetterFonts font = r == 0 || r == all.size() - 1 ? BOLD : NORMAL;
            for (int c = 0; c < columns; c++) {
                PdfPCell cell = new PdfPCell(font.phrase(all.get(r).get(c)));
                cell.setPadding(2);
                if (c > 0) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                if (r == 0) {
                    cell.setBackgroundColor(new java.awt.Color(238, 238, 238));
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private static String typologyCell(Typology t) {
        return Texts.text("regulation.pdf.typologyCell", String.valueOf(t.posts()), DoctrineFormats.decimal(t.fte()),
                Texts.text("regulation.pdf.groupShort", String.valueOf(t.directors().count()),
                        DoctrineFormats.decimal(t.directors().fte()), format(t.directors().fteShare(), Kind.PERCENT)),
                Texts.text("regulation.pdf.groupShort", String.valueOf(t.assistants().count()),
                        DoctrineFormats.decimal(t.assistants().fte()), format(t.assistants().fteShare(), Kind.PERCENT)),
                String.valueOf(t.underThreshold().count()));
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

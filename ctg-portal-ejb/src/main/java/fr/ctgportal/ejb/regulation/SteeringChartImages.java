package fr.ctgportal.ejb.regulation;

import fr.ctgportal.ejb.platform.Texts;
import fr.ctgportal.model.doctrine.DoctrineFormats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The steering page's three charts drawn server-side for the PDF of the Commission d'Action Sociale
 * (JFreeChart, to PNG at twice the size shown, so that they print sharp): indicator 4 as diverging bars,
 * cooperation FTE against population, funding per FTE with the department's average. The figures are the
 * view's; the axes read French-style ("12 000 €", "0,8", "4,5 %"), as on the page.
 */
final class SteeringChartImages {

    /** Drawn at this many pixels per PDF point. */
    private static final int SCALE = 2;
    private static final Color ABOVE = new Color(192, 57, 43);
    private static final Color BELOW = new Color(41, 128, 185);
    private static final Color NEUTRAL = new Color(0, 93, 130);
    private static final Color AVERAGE = new Color(230, 126, 34);

    private SteeringChartImages() {
    }

    /** A chart as a PNG, with its size in PDF points. */
    record Png(byte[] bytes, float width, float height) {
    }

    /** Indicator 4 per territory, in percentage points: above balance red, below blue. */
    static Png gap(List<SteeringLine> territories, float width) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = Texts.text("regulation.chart.gap");
        for (SteeringLine l : territories) {
            BigDecimal gap = l.indicators().fteMinusPopulation();
            data.addValue(gap == null ? null : gap.movePointRight(2), series, l.name());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false,
                false, false);
        CategoryPlot plot = categories(chart);
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                Number value = data.getValue(row, column);
                return value != null && value.doubleValue() > 0 ? ABOVE : BELOW;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(format(1, "\u00a0%"));
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        return png(chart, width, height(territories.size()));
    }

    /** Cooperation FTE (y) against inhabitants (x), one point per territory. */
    static Png fteAgainstPopulation(List<SteeringLine> territories, float width) {
        XYSeries points = new XYSeries(Texts.text("regulation.chart.scatter"));
        for (SteeringLine l : territories) {
            points.add(l.indicators().inputs().population(), l.indicators().inputs().cooperationFte());
        }
        JFreeChart chart = ChartFactory.createScatterPlot(null, Texts.text("regulation.chart.inhabitants"),
                Texts.text("regulation.chart.fte"), new XYSeriesCollection(points), PlotOrientation.VERTICAL, false,
                false, false);
        theme(chart);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, NEUTRAL);
        ((NumberAxis) plot.getDomainAxis()).setNumberFormatOverride(format(0, ""));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(format(2, ""));
        return png(chart, width, 260);
    }

    /** Indicator 1 under the doctrine per territory, with the department's average as a line. */
    static Png fundingPerFte(List<SteeringLine> territories, BigDecimal average, float width) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = Texts.text("regulation.chart.perFte");
        for (SteeringLine l : territories) {
            data.addValue(l.indicators().amountPerFteDoctrine(), series, l.name());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false,
                false, false);
        CategoryPlot plot = categories(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, NEUTRAL);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(format(0, "\u00a0€"));
        if (average != null) {
            // labelled in the caption: a label on the line could be cut at the plot's edge
            plot.addRangeMarker(new ValueMarker(average.doubleValue(), AVERAGE, new BasicStroke(2f)));
        }
        return png(chart, width, height(territories.size()));
    }

    /** Room for every territory's name, on up to three lines, none cut. */
    private static CategoryPlot categories(JFreeChart chart) {
        theme(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis names = plot.getDomainAxis();
        names.setMaximumCategoryLabelLines(3);
        names.setMaximumCategoryLabelWidthRatio(0.35f);
        names.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
        return plot;
    }

    private static void theme(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(220, 220, 220));
        theme.setRangeGridlinePaint(new Color(220, 220, 220));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
    }

    private static float height(int territories) {
        return Math.max(160, 40 + 18f * territories);
    }

    /** A French number format: no-break space between thousands, a comma, at most that many decimals. */
    private static NumberFormat format(int decimals, String suffix) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(DoctrineFormats.NBSP);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "#".repeat(decimals) : ""), symbols);
        format.setPositiveSuffix(suffix);
        format.setNegativeSuffix(suffix);
        return format;
    }

    private static Png png(JFreeChart chart, float width, float height) {
        BufferedImage image = new BufferedImage(Math.round(width * SCALE), Math.round(height * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return new Png(out.toByteArray(), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.ctgportal.web.report;

import fr.ctgportal.ejb.report.IndicatorHistory;
import fr.ctgportal.web.faces.Messages;
import java.util.List;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.color.RGBAColor;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.enums.IndexAxis;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;

/**
 * The end-of-term review's chart: the post's counted indicators, year by year, as horizontal bars
 * on a linear axis from zero (the Chart.js configuration {@code p:chart} takes, built with
 * chartjs-java-model). The value of each bar is written at its end (the {@code ctgChartValues}
 * extender, {@code js/chart-values.js}).
 */
final class IndicatorChart {

    /** One colour per year, oldest first (the portal's blues and a contrast orange). */
    private static final List<RGBAColor> COLOURS = List.of(new RGBAColor(0, 83, 155), new RGBAColor(230, 120, 20),
            new RGBAColor(0, 140, 120), new RGBAColor(120, 60, 160), new RGBAColor(90, 90, 90));

    private IndicatorChart() {
    }

    /** @return whether the post counted any indicator (else there is nothing to draw) */
    static boolean hasCounts(IndicatorHistory history) {
        return history.lines().stream().anyMatch(l -> !l.postCounts().isEmpty());
    }

    /** @return the chart's configuration as JSON: indicators on the vertical axis, counts on the horizontal one */
    static String json(IndicatorHistory history) {
        List<IndicatorHistory.Line> counted = history.lines().stream().filter(l -> !l.postCounts().isEmpty())
                .toList();
        BarData data = new BarData().setLabels(counted.stream().map(IndicatorHistory.Line::code).toList());
        List<Integer> years = history.years();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            RGBAColor colour = COLOURS.get(i % COLOURS.size());
            BarDataset dataset = new BarDataset().setLabel(String.valueOf(year)).setBackgroundColor(colour)
                    .setBorderColor(colour);
            // A year without a count has no bar (null), not a bar at zero.
            counted.forEach(l -> dataset.addDataUnchecked(l.postCounts().get(year)));
            data.addDataset(dataset);
        }
        BarOptions options = new BarOptions().setIndexAxis(IndexAxis.Y).setResponsive(true)
                .setMaintainAspectRatio(false)
                .setScales(new Scales()
                        .addScale(Scales.ScaleAxis.X, new LinearScaleOptions().setBeginAtZero(true)
                                .setTicks(new LinearTickOptions().setPrecision(0))
                                .setTitle(axisTitle("evaluation.chart.count")))
                        .addScale(Scales.ScaleAxis.Y, new CategoryScaleOptions()
                                .setTitle(axisTitle("evaluation.chart.indicator"))))
                .setPlugins(new Plugins()
                        .setTitle(new Title().setDisplay(true)
                                .setText(Messages.text("evaluation.chart.title", history.postTitle())))
                        .setLegend(new LegendOptions().setDisplay(true)));
        return new BarChart(data, options).toJson();
    }

    private static AbstractCartesianScaleOptions.Title axisTitle(String key) {
        return new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(Messages.text(key));
    }

    /** @return a height that gives each indicator its bars, in pixels */
    static int height(IndicatorHistory history) {
        long counted = history.lines().stream().filter(l -> !l.postCounts().isEmpty()).count();
        return (int) Math.max(200, 80 + counted * Math.max(1, history.years().size()) * 22);
    }
}

package fr.ctgportal.web.regulation;

import fr.ctgportal.ejb.regulation.SteeringLine;
import fr.ctgportal.ejb.regulation.SteeringView;
import fr.ctgportal.web.faces.Messages;
import java.math.BigDecimal;
import java.util.List;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.datapoint.ScatterDataPoint;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.enums.IndexAxis;

/**
 * The steering page's charts as Chart.js configurations (their axes and tooltips are formatted French-style
 * by the extenders of {@code js/steering-charts.js}) for PrimeFaces' {@code p:chart} (built with
 * chartjs-java-model: PrimeFaces 15 has no Java chart model). The figures are the view's, as computed
 * by the regulation use case.
 */
final class SteeringCharts {

    private static final String ABOVE = "rgba(192, 57, 43, 0.8)";
    private static final String BELOW = "rgba(41, 128, 185, 0.8)";
    private static final String NEUTRAL = "rgba(0, 93, 130, 0.8)";
    private static final String AVERAGE = "rgba(230, 126, 34, 1)";

    private SteeringCharts() {
    }

    /** Indicator 4 as diverging horizontal bars, in percentage points: above balance red, below blue. */
    static String gap(SteeringView view) {
        BarDataset bars = new BarDataset().setLabel(Messages.text("regulation.chart.gap"));
        BarData data = new BarData();
        for (SteeringLine l : view.territories()) {
            BigDecimal gap = l.indicators().fteMinusPopulation();
            data.addLabel(l.name());
            bars.addData(gap == null ? 0 : gap.movePointRight(2).doubleValue());
            bars.addBackgroundColor(gap != null && gap.signum() > 0 ? ABOVE : BELOW);
        }
        bars.setIndexAxis(IndexAxis.Y);
        return new BarChart(data.addDataset(bars)).toJson();
    }

    /** Cooperation FTE against population, one point per territory. */
    static String fteAgainstPopulation(SteeringView view) {
        ScatterDataset points = new ScatterDataset().setLabel(Messages.text("regulation.chart.scatter"));
        ScatterData data = new ScatterData();
        for (SteeringLine l : view.territories()) {
            // the names, for the tooltips (js/steering-charts.js)
            data.addLabel(l.name());
            points.addData(new ScatterDataPoint(l.indicators().inputs().population(),
                    l.indicators().inputs().cooperationFte()));
        }
        points.setBackgroundColor(NEUTRAL);
        return new ScatterChart(data.addDataset(points)).toJson();
    }

    /** Indicator 1 (doctrine basis) per territory as horizontal bars (the names read whole), with the department's average as a line. */
    static String fundingPerFte(SteeringView view) {
        BarData data = new BarData();
        BarDataset bars = new BarDataset().setLabel(Messages.text("regulation.chart.perFte"));
        BarDataset average = new BarDataset().setLabel(Messages.text("regulation.chart.average"));
        average.setType("line");
        BigDecimal department = view.department().indicators().amountPerFteDoctrine();
        List<SteeringLine> lines = view.territories();
        for (SteeringLine l : lines) {
            data.addLabel(l.name());
            BigDecimal value = l.indicators().amountPerFteDoctrine();
            bars.addData(value == null ? 0 : value.doubleValue());
            average.addData(department == null ? 0 : department.doubleValue());
        }
        bars.setBackgroundColor(NEUTRAL);
        bars.setIndexAxis(IndexAxis.Y);
        average.setBorderColor(AVERAGE);
        return new BarChart(data.addDataset(bars).addDataset(average)).toJson();
    }
}

package org.ccmcoach.charts;

import org.ccmcoach.core.value.Plural;
import java.awt.geom.Line2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.CoachLoad;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws each coach's month as a share of capacity: coaching and travel stacked, a line at 100 %,
 * and the caseload beside the coach's name, so idle and stretched coaches stand out.
 */
final class UtilizationDrawing {

    private UtilizationDrawing() {
    }

    static Figure draw(Allocation allocation, String title) {
        if (allocation.coachLoads().isEmpty()) {
            throw new IllegalArgumentException("an allocation without coaches has no utilization to draw");
        }
        int height = Math.max(360, 140 + 34 * allocation.coachLoads().size());
        return new Figure(title, layout -> draw(allocation, title, layout), 1000, height);
    }

    private static Figure.Drawn draw(Allocation allocation, String title, Layout layout) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CoachLoad load : allocation.coachLoads()) {
            // A technical-assistance coach without a cap of its own has none (CoachLoad.caseloadCap).
            // In a column "c10 (7/10)" for "c10 (7 of 10)", and a note says what the numbers are.
            String coach = load.coach().value() + " (" + load.caseload() + (load.caseloadCap().isPresent()
                    ? (layout.compact() ? "/" : " of ") + load.caseloadCap().getAsInt() + ")" : ", no cap)");
            double capacity = load.capacityHours();
            data.addValue((load.hours() - load.travelHours()) / capacity, "coaching", coach);
            data.addValue(load.travelHours() / capacity, "travel", coach);
        }
        // In a column the coaches' names say what the axis is; a note says what the numbers beside them are.
        CategoryAxis coaches = Style.axis(new CategoryAxis(Style.axisTitle(layout, "Coach (practices of the caseload cap)",
                null)), layout);
        coaches.setMaximumCategoryLabelLines(1);
        NumberAxis share = Style.axis(new NumberAxis(Style.axisTitle(layout, "Share of monthly capacity (hours)",
                "Share of monthly capacity")), layout);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ENGLISH);
        share.setNumberFormatOverride(percent);
        double highest = allocation.coachLoads().stream().mapToDouble(CoachLoad::utilization).max().orElse(1);
        share.setRange(0, Math.max(1.1, highest + 0.1));

        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Style.FOLLOW_UP);
        bars.setSeriesPaint(1, Style.BASELINE);

        CategoryPlot plot = new CategoryPlot(data, coaches, share, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(Style.GRID);
        // The 100 % line is named in the legend, not beside the line, where it would cover a bar or be cut off.
        ValueMarker full = new ValueMarker(1.0, Style.OVER, Style.LIMIT_LINE);
        plot.addRangeMarker(full, Layer.FOREGROUND);
        LegendItemCollection legend = plot.getLegendItems();
        legend.add(new LegendItem("capacity", null, null, null, false, new Line2D.Double(-7, 0, 7, 0), false,
                Style.OVER, false, Style.OVER, Style.LIMIT_LINE, true, new Line2D.Double(-7, 0, 7, 0), Style.LIMIT_LINE,
                Style.OVER));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = Style.chart(title, plot, true, layout);
        double mean = allocation.coachLoads().stream().mapToDouble(CoachLoad::utilization).average().orElse(0);
        int waiting = allocation.waitlist().size();
        int notCandidates = allocation.unserved().size() - waiting;
        String note = Plural.count(allocation.coachLoads().size(), "coach", "coaches") + ", mean utilization "
                + Math.round(mean * 100) + " %; " + Plural.count(allocation.assignments().size(), "practice")
                + " served, " + waiting + " on the waitlist" + (notCandidates == 0 ? ""
                : ", " + notCandidates + " not " + (notCandidates == 1 ? "a candidate" : "candidates"));
        return new Figure.Drawn(chart, layout.compact()
                ? List.of(note, "Beside each coach, practices of the caseload cap.") : List.of(note));
    }
}

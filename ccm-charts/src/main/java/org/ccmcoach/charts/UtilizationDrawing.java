package org.ccmcoach.charts;

import org.ccmcoach.core.value.Plural;
import java.text.NumberFormat;
import java.util.Locale;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.CoachLoad;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
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
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CoachLoad load : allocation.coachLoads()) {
            // A technical-assistance coach without a cap of its own has none (CoachLoad.caseloadCap).
            String coach = load.coach().value() + " (" + load.caseload()
                    + (load.caseloadCap().isPresent() ? " of " + load.caseloadCap().getAsInt() + ")" : ", no cap)");
            double capacity = load.capacityHours();
            data.addValue((load.hours() - load.travelHours()) / capacity, "coaching", coach);
            data.addValue(load.travelHours() / capacity, "travel", coach);
        }
        CategoryAxis coaches = new CategoryAxis("Coach (practices of the caseload cap)");
        coaches.setLabelFont(Style.AXIS_LABEL);
        coaches.setTickLabelFont(Style.TICK);
        NumberAxis share = new NumberAxis("Share of monthly capacity (hours)");
        share.setLabelFont(Style.AXIS_LABEL);
        share.setTickLabelFont(Style.TICK);
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
        ValueMarker full = new ValueMarker(1.0, Style.OVER, Style.LIMIT_LINE);
        full.setLabel("capacity");
        full.setLabelFont(Style.NOTE);
        full.setLabelPaint(Style.OVER);
        full.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 0));
        full.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        full.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(full, Layer.FOREGROUND);
        JFreeChart chart = Style.chart(title, plot, true);
        double mean = allocation.coachLoads().stream().mapToDouble(CoachLoad::utilization).average().orElse(0);
        int waiting = allocation.waitlist().size();
        int notCandidates = allocation.unserved().size() - waiting;
        Style.subtitle(chart, Plural.count(allocation.coachLoads().size(), "coach", "coaches") + ", mean utilization "
                + Math.round(mean * 100) + " %; " + Plural.count(allocation.assignments().size(), "practice")
                + " served, " + waiting + " on the waitlist" + (notCandidates == 0 ? ""
                : ", " + notCandidates + " not " + (notCandidates == 1 ? "a candidate" : "candidates")));
        int height = Math.max(360, 140 + 34 * allocation.coachLoads().size());
        return new Figure(title, chart, 1000, height);
    }
}

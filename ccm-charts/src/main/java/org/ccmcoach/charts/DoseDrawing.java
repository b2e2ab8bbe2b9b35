package org.ccmcoach.charts;

import java.util.List;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Plural;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws each practice's dose planned against delivered, in practice hours (each encounter once, a
 * joint visit once, not coach hours), with its frequency (activities delivered of those due) beside
 * its name, so the practices that received less than planned stand out.
 */
final class DoseDrawing {

    private DoseDrawing() {
    }

    static Figure draw(List<EngagementFidelity> engagements, String title) {
        if (engagements.isEmpty()) {
            throw new IllegalArgumentException("no engagements: no dose to draw");
        }
        int height = Math.max(360, 140 + 44 * engagements.size());
        return new Figure(title, layout -> draw(engagements, title, layout), 1000, height);
    }

    private static Figure.Drawn draw(List<EngagementFidelity> engagements, String title, Layout layout) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (EngagementFidelity f : engagements) {
            String practice = f.practice().value() + " (" + f.frequency().fidelity().stream()
                    .mapToObj(x -> Math.round(x * 100) + " %").findFirst().orElse(layout.compact() ? "–" : "none due") + ")";
            data.addValue(f.plannedDose().hours(), "planned", practice);
            data.addValue(f.deliveredDose().hours(), "delivered", practice);
        }
        // In a column the practices' names say what the axis is; a note says what the share beside them is.
        CategoryAxis practices = Style.axis(new CategoryAxis(Style.axisTitle(layout,
                "Practice (activities delivered of those due)", null)), layout);
        practices.setMaximumCategoryLabelLines(1);
        NumberAxis hours = Style.axis(new NumberAxis("Practice hours to " + engagements.get(0).asOf()), layout);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Style.BASELINE);
        bars.setSeriesPaint(1, Style.FOLLOW_UP);
        bars.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, practices, hours, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(Style.GRID);
        JFreeChart chart = Style.chart(title, plot, true, layout);
        double planned = engagements.stream().mapToDouble(f -> f.plannedDose().hours()).sum();
        double delivered = engagements.stream().mapToDouble(f -> f.deliveredDose().hours()).sum();
        double coach = engagements.stream().mapToDouble(f -> f.deliveredCoachTime().hours()).sum();
        String note = Plural.count(engagements.size(), "practice") + ": " + Decimals.fixed(delivered, 1) + " of "
                + Decimals.fixed(planned, 1) + " planned practice hours delivered ("
                + Decimals.fixed(planned == 0 ? 0 : 100 * delivered / planned, 0) + " %)"
                // In a column the note keeps to one line; on a page it says what a joint visit is here.
                + (layout.compact() ? "" : "; a joint visit counts once (coach hours: " + Decimals.fixed(coach, 1) + ")");
        return new Figure.Drawn(chart, layout.compact()
                ? List.of(note, "Beside each practice, its activities delivered of those due (– none due).") : List.of(note));
    }
}

package org.ccmcoach.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.ccmcoach.assessment.dose.FidelityPart;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.value.Plural;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws Carroll et al.'s four parts of fidelity for each practice, a dot per part on one 0–100 %
 * scale: frequency, duration, content and coverage side by side, so a practice whose calls happened
 * but whose planned key changes or roles were not reached stands out. A part with nothing planned
 * yet is a gap, not a dot at 0 % or 100 %, and the note names those practices. Duration may pass
 * 100 % (activities ran long); the scale then reaches it.
 */
final class FidelityPartsDrawing {

    /** Practices named in the note before "and n more". */
    private static final int NAMED = 4;

    /** A colour and a shape per part, so a greyscale print keeps them apart. */
    /**
     * One colour a part, none of them the green and red ccm's charts give improvement and
     * deterioration: a part is not better or worse by its colour. Okabe and Ito's blue, orange and
     * reddish purple, and grey; the shapes differ too, for print in black and white.
     */
    private static final Color[] PAINT = {new Color(0x0072b2), new Color(0xe69f00), new Color(0xcc79a7), Style.NO_DIRECTION};

    private FidelityPartsDrawing() {
    }

    static Figure draw(List<EngagementFidelity> engagements, String title) {
        if (engagements.isEmpty()) {
            throw new IllegalArgumentException("no engagements: no fidelity to draw");
        }
        java.util.Set<java.time.LocalDate> dates = new java.util.TreeSet<>();
        engagements.forEach(e -> dates.add(e.asOf()));
        if (dates.size() > 1) { // the axis says "to <date>": practices assessed on other days are not one picture
            throw new IllegalArgumentException("engagements: must be assessed as of one day, to be drawn against one"
                    + " axis (were " + dates.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + "); assess them with one asOf");
        }
        int height = Math.max(360, 140 + 56 * engagements.size());
        return new Figure(title, layout -> draw(engagements, title, layout), 1000, height);
    }

    private static Figure.Drawn draw(List<EngagementFidelity> engagements, String title, Layout layout) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double highest = 1;
        List<String> gaps = new ArrayList<>();
        for (EngagementFidelity f : engagements) {
            List<String> lacking = new ArrayList<>();
            for (FidelityPart part : FidelityPart.values()) {
                OptionalDouble share = part.of(f);
                // A null value draws nothing: the gap says "nothing planned", where 0 would say "none delivered".
                data.addValue(share.isPresent() ? (Number) share.getAsDouble() : null, part.label(), f.practice().value());
                if (share.isPresent()) {
                    highest = Math.max(highest, share.getAsDouble());
                } else {
                    lacking.add(part.label());
                }
            }
            if (!lacking.isEmpty()) {
                gaps.add(f.practice().value() + (lacking.size() == FidelityPart.values().length ? " (all)"
                        : " (" + String.join(", ", lacking) + ")"));
            }
        }
        CategoryAxis practices = Style.axis(new CategoryAxis(Style.axisTitle(layout, "Practice", null)), layout);
        practices.setMaximumCategoryLabelLines(1);
        practices.setCategoryMargin(0.25);
        NumberAxis share = Style.axis(new NumberAxis(Style.axisTitle(layout,
                "Delivered of planned to " + engagements.get(0).asOf(), "Delivered of planned")), layout);
        share.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ENGLISH));
        share.setRange(0, highest > 1 ? highest * 1.05 : 1.05);
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        dots.setUseSeriesOffset(true);
        dots.setItemMargin(0.1);
        double r = layout.compact() ? 2.6 : 4.5;
        Shape[] shapes = {new Ellipse2D.Double(-r, -r, 2 * r, 2 * r), triangle(r * 1.15), new Rectangle2D.Double(-r, -r, 2 * r, 2 * r),
                diamond(r * 1.3)};
        for (int i = 0; i < shapes.length; i++) {
            dots.setSeriesShape(i, shapes[i]);
            dots.setSeriesPaint(i, PAINT[i]);
        }
        CategoryPlot plot = new CategoryPlot(data, practices, share, dots);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(Style.GRID);
        JFreeChart chart = Style.chart(title, plot, true, layout);
        String note = Plural.count(engagements.size(), "practice") + "; no mark: nothing of that part planned yet"
                + (gaps.isEmpty() ? "" : ": " + gaps.stream().limit(NAMED).collect(Collectors.joining(", "))
                        + (gaps.size() > NAMED ? " and " + (gaps.size() - NAMED) + " more" : ""));
        return new Figure.Drawn(chart, List.of(note));
    }

    private static Shape triangle(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, r * 0.8);
        p.lineTo(-r, r * 0.8);
        p.closePath();
        return p;
    }

    private static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}

package org.ccmcoach.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.IntToDoubleFunction;
import org.ccmcoach.core.value.Plural;
import org.ccmcoach.pdsa.chart.Annotation;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.Meaning;
import org.ccmcoach.pdsa.chart.SeriesPoint;
import org.ccmcoach.pdsa.chart.PartVerdict;
import org.ccmcoach.pdsa.chart.ProcessChart;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.chart.Signal;
import org.ccmcoach.pdsa.chart.Verdict;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws run and control charts the way improvement teams read them (Provost &amp; Murray; qicharts2):
 * the points joined in time order, the centre line of each part, dashed limits, excluded points
 * hollow and grey, signal points marked in the colour and shape of their meaning (green ring
 * improvement, red square deterioration, amber triangle unclassified, grey diamond for a signal
 * from before the chart's first change, which has no direction: {@link Meaning}), PDSA annotations and part
 * changes as vertical lines labelled in rows above the data, and each signal written out in the notes
 * with the cycle it is tied to.
 */
final class ProcessChartDrawing {

    /** At most this many signals are written in the notes; the rest are counted. */
    static final int SIGNAL_LINES = 4;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The chart, what kind it is, its limits if any, the name of its centre line and its rules. */
    private record View(ProcessChart chart, String kind, IntToDoubleFunction upper, IntToDoubleFunction lower,
                        String centreName, String rules) {
    }

    private ProcessChartDrawing() {
    }

    static Figure run(RunChart c) {
        return draw(new View(c, "run chart", null, null, "median", "IHI run-chart rules and Anhøj rules"));
    }

    static Figure control(ControlChart c) {
        return draw(new View(c, c.type().name().replace("_PRIME", "′").replace('_', ' ') + " chart", c::upperLimit,
                c::lowerLimit, "centre line", c.rules().displayName()));
    }

    private static Figure draw(View v) {
        String title = (v.chart().title().isEmpty() ? "" : v.chart().title() + " — ") + v.kind();
        return new Figure(title, layout -> draw(v, title, layout), 1000, 560);
    }

    private static Figure.Drawn draw(View v, String title, Layout layout) {
        double size = layout.compact() ? 0.75 : 1;
        boolean dated = v.chart().size() > 0 && v.chart().date(0).isPresent();
        boolean monthly = dated && monthly(v);
        boolean percent = v.chart().series().map(s -> s.observations().stream()
                .allMatch(o -> o.kind() == SeriesPoint.Kind.PROPORTION)).orElse(false) && !v.kind().startsWith("MR");
        IntToDoubleFunction x = i -> dated ? millis(v.chart().date(i).orElseThrow()) : i + 1;

        // Points: the measure joined in order (excluded points leave a gap), excluded points apart.
        String name = v.chart().title().isEmpty() ? "value" : v.chart().title();
        XYSeries points = new XYSeries(name, false, true);
        XYSeries excluded = new XYSeries("excluded point", false, true);
        for (int i = 0; i < v.chart().size(); i++) {
            double y = v.chart().value(i);
            if (!Double.isFinite(y)) {
                continue;
            }
            if (v.chart().excluded(i)) {
                points.add(x.applyAsDouble(i), null);
                excluded.add(x.applyAsDouble(i), y);
            } else {
                points.add(x.applyAsDouble(i), y);
            }
        }
        XYSeriesCollection pointData = new XYSeriesCollection(points);
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(true, true);
        pointRenderer.setSeriesPaint(0, Style.DATA);
        pointRenderer.setSeriesStroke(0, Style.DATA_LINE);
        pointRenderer.setSeriesShape(0, circle(6 * size));
        pointRenderer.setSeriesVisibleInLegend(0, !layout.compact()); // in a column the title names the line
        if (!excluded.isEmpty()) {
            pointData.addSeries(excluded);
            pointRenderer.setSeriesPaint(1, Style.EXCLUDED);
            pointRenderer.setSeriesLinesVisible(1, false);
            pointRenderer.setSeriesShapesFilled(1, false);
            pointRenderer.setSeriesShape(1, circle(7 * size));
        }

        // Signals: every point a local signal cites (a shift, a trend, a point beyond the limits),
        // marked in the colour and shape of the signal's meaning (so a greyscale print keeps it). A signal about a whole part (too few runs or
        // crossings) would ring every point and say nothing: its part's centre line is drawn
        // dashed in amber instead, as qicharts2 does.
        List<Integer> starts = v.chart().partStarts();
        boolean[] partSignal = new boolean[starts.size()];
        XYSeriesCollection signalData = new XYSeriesCollection();
        XYLineAndShapeRenderer signalRenderer = new XYLineAndShapeRenderer(false, true);
        for (Meaning meaning : Meaning.values()) {
            if (meaning == Meaning.ACROSS_CHANGE) {
                continue; // marked with BEFORE_CHANGE: both began before the change, neither has a direction
            }
            XYSeries ringed = new XYSeries(signalName(meaning, layout.compact()), true, false);
            for (Signal s : v.chart().signals()) {
                int partSize = (s.part() + 1 < starts.size() ? starts.get(s.part() + 1) : v.chart().size()) - starts.get(s.part());
                if (s.points().isEmpty() || s.points().size() >= partSize) {
                    partSignal[s.part()] = true;
                    continue;
                }
                if (markedAs(s.meaning()) == meaning) {
                    for (int i : s.points()) {
                        double y = v.chart().value(i);
                        if (Double.isFinite(y) && ringed.indexOf(x.applyAsDouble(i)) < 0) {
                            ringed.add(x.applyAsDouble(i), y);
                        }
                    }
                }
            }
            if (!ringed.isEmpty()) {
                int k = signalData.getSeriesCount();
                signalData.addSeries(ringed);
                signalRenderer.setSeriesPaint(k, colour(meaning));
                signalRenderer.setSeriesShapesFilled(k, false);
                signalRenderer.setSeriesShape(k, mark(meaning, size));
                signalRenderer.setSeriesOutlineStroke(k, new BasicStroke((float) (2.2 * size)));
            }
        }

        // Centre line and limits, one piece per part, so a new part starts a new line.
        XYSeriesCollection centreData = new XYSeriesCollection();
        XYSeriesCollection limitData = new XYSeriesCollection();
        XYLineAndShapeRenderer centreRenderer = new XYLineAndShapeRenderer(true, false);
        boolean plainShown = false;
        boolean flaggedShown = false;
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? starts.get(p + 1) : v.chart().size();
            boolean provisional = v.chart().verdicts().get(p).verdict() == Verdict.TOO_FEW_POINTS;
            String key = !partSignal[p] ? v.centreName() : provisional
                    ? v.centreName() + (layout.compact() ? " (provisional signal)" : ": provisional signal, too few points")
                    : v.centreName() + (layout.compact() ? " (non-random)" : ": non-random variation");
            int k = centreData.getSeriesCount();
            centreData.addSeries(piece(key + (p == 0 ? "" : " (part " + (p + 1) + ")"), from, to, x, v.chart()::centreLine));
            centreRenderer.setSeriesPaint(k, partSignal[p] ? Style.UNCLASSIFIED : Style.CENTRE);
            centreRenderer.setSeriesStroke(k, partSignal[p] ? Style.LIMIT_LINE : Style.CENTRE_LINE);
            centreRenderer.setSeriesVisibleInLegend(k, partSignal[p] ? !flaggedShown : !plainShown);
            flaggedShown |= partSignal[p];
            plainShown |= !partSignal[p];
            if (v.upper() != null) {
                limitData.addSeries(piece((layout.compact() ? "limits" : "control limits") + (p == 0 ? "" : " " + (p + 1)),
                        from, to, x, v.upper()));
                limitData.addSeries(piece("lower limit " + (p + 1), from, to, x, v.lower()));
            }
        }
        XYStepRenderer limitRenderer = new XYStepRenderer();
        limitRenderer.setStepPoint(0.5);
        for (int k = 0; k < limitData.getSeriesCount(); k++) {
            limitRenderer.setSeriesPaint(k, Style.LIMIT);
            limitRenderer.setSeriesStroke(k, Style.LIMIT_LINE);
            limitRenderer.setSeriesVisibleInLegend(k, k == 0);
        }

        ValueAxis domain;
        if (dated) {
            // In a column the dated ticks say what the axis is.
            DateAxis axis = new DateAxis(layout.compact() ? null : monthly ? "Month" : "Date");
            axis.setTimeZone(TimeZone.getTimeZone("UTC"));
            SimpleDateFormat format = new SimpleDateFormat(monthly ? "MMM yyyy" : "d MMM yyyy", Locale.ENGLISH);
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            axis.setDateFormatOverride(format);
            axis.setLowerMargin(0.03);
            axis.setUpperMargin(0.03);
            domain = axis;
        } else {
            NumberAxis axis = new NumberAxis("Point");
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            domain = axis;
        }
        NumberAxis range = new NumberAxis(percent ? "Proportion" : v.kind().startsWith("MR") ? "Moving range" : "Value");
        range.setAutoRangeIncludesZero(false);
        if (percent) {
            NumberFormat format = NumberFormat.getPercentInstance(Locale.ENGLISH);
            format.setMaximumFractionDigits(0);
            range.setNumberFormatOverride(format);
        }
        for (ValueAxis axis : List.of(domain, range)) {
            Style.axis(axis, layout);
        }

        XYPlot plot = new XYPlot(signalData, domain, range, signalRenderer);
        plot.setDataset(1, pointData);
        plot.setRenderer(1, pointRenderer);
        plot.setDataset(2, centreData);
        plot.setRenderer(2, centreRenderer);
        if (limitData.getSeriesCount() > 0) {
            plot.setDataset(3, limitData);
            plot.setRenderer(3, limitRenderer);
        }
        plot.setDomainGridlinePaint(Style.GRID);
        plot.setRangeGridlinePaint(Style.GRID);
        plot.setAxisOffset(layout.compact() ? new RectangleInsets(2, 2, 2, 2) : new RectangleInsets(4, 4, 4, 4));
        List<String> notes = new ArrayList<>(signalLines(v, dated ? (monthly ? MONTH : DAY) : null));
        List<Flag> flags = markers(plot, v, x, starts, layout, notes);
        JFreeChart chart = Style.chart(title, plot, true, layout);
        if (layout.compact()) {
            // Room on the right for half the last tick label, centred on its tick at the plot's edge.
            plot.setInsets(new RectangleInsets(2, 2, 2, Math.max(4, Layout.width(dated ? "Mmm 0000" : "000", layout.tick())
                    / 2 - 6)));
        }
        double clearance = (layout.compact() ? 10 : 13) / 2.0 + 3;
        return new Figure.Drawn(chart, List.copyOf(notes), area -> place(plot, flags, area, layout, clearance));
    }

    /** A labelled vertical line: its marker, where it stands and its label. */
    private record Flag(ValueMarker marker, double at, String label) {
    }

    /**
     * Places the labels of the vertical lines in rows above the data, each in the first row where it
     * clears the labels before it, to the right of its line or, at the right edge, to the left; then
     * widens the range axis's top margin so that no point, or ring round one, reaches the rows.
     */
    private static void place(XYPlot plot, List<Flag> flags, Rectangle2D area, Layout layout, double clearance) {
        if (flags.isEmpty()) {
            return;
        }
        double line = layout.label().getSize2D() * 1.3;
        List<Double> rowEnds = new ArrayList<>();
        for (Flag f : flags.stream().sorted(java.util.Comparator.comparingDouble(Flag::at)).toList()) {
            double px = plot.getDomainAxis().valueToJava2D(f.at(), area, plot.getDomainAxisEdge());
            double w = Layout.width(f.label(), layout.label()) + 2;
            boolean right = px + 3 + w <= area.getMaxX() - 2 || area.getMaxX() - px >= px - area.getMinX();
            double room = right ? area.getMaxX() - 2 - (px + 3) : px - 3 - (area.getMinX() + 2);
            String label = f.label();
            for (int keep = label.length() - 1; w > room && keep > 1; keep--) {
                // Wider than the plot on either side of its line: shortened to fit.
                label = f.label().substring(0, keep) + "…";
                w = Layout.width(label, layout.label()) + 2;
            }
            f.marker().setLabel(label);
            double from = right ? px + 3 : px - 3 - w;
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + 5 > from) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0.0);
            }
            rowEnds.set(row, from + w);
            f.marker().setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            f.marker().setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            f.marker().setLabelOffset(new RectangleInsets(3 + line * row, 3, 2, 3));
        }
        // The share of the axis above the highest point that the rows and a ring's half need.
        double above = Math.min(0.5, (3 + line * rowEnds.size() + clearance) / area.getHeight());
        ValueAxis range = plot.getRangeAxis();
        range.setUpperMargin(Math.max(range.getUpperMargin(), above * (1 + range.getLowerMargin()) / (1 - above)));
    }

    /**
     * PDSA annotations and part changes as labelled vertical lines, their labels placed later above
     * the data. In a column a line is labelled with its cycle id (or "part 2") and a note says what it
     * stands for.
     */
    private static List<Flag> markers(XYPlot plot, View v, IntToDoubleFunction x, List<Integer> starts, Layout layout,
                                      List<String> notes) {
        List<Flag> flags = new ArrayList<>();
        List<String> key = new ArrayList<>();
        if (v.chart().series().isPresent() && v.chart().date(0).isPresent()) {
            for (Annotation a : v.chart().series().get().annotations()) {
                String label = layout.compact() ? a.cycle().map(c -> c.value()).orElse(shorten(a.text(), 16))
                        : shorten(a.text(), 48);
                if (!label.equals(a.text())) {
                    key.add(label + " (" + DAY.format(a.date()) + "): " + a.text());
                }
                flags.add(flag(plot, millis(a.date()), label, Style.MARKER, Style.MARKER_LINE, layout));
            }
        }
        List<String> reasons = v.chart().series().map(s -> s.parts().stream().map(p -> p.reason()).toList()).orElse(List.of());
        for (int p = 1; p < starts.size(); p++) {
            int first = starts.get(p);
            double at = (x.applyAsDouble(first - 1) + x.applyAsDouble(first)) / 2;
            String reason = reasons.size() == starts.size() - 1 ? reasons.get(p - 1) : "part " + (p + 1);
            String label = layout.compact() ? "part " + (p + 1) : shorten(reason, 40);
            if (!label.equals(reason)) {
                key.add(label + " from " + v.chart().date(first).map(MONTH::format).orElse("point " + (first + 1)) + ": "
                        + reason);
            }
            flags.add(flag(plot, at, label, Style.CENTRE, Style.PART_LINE, layout));
        }
        if (!key.isEmpty()) {
            notes.add("Lines: " + String.join("; ", key) + ".");
        }
        return flags;
    }

    private static Flag flag(XYPlot plot, double at, String label, Color paint, java.awt.Stroke stroke, Layout layout) {
        ValueMarker marker = new ValueMarker(at, paint, stroke);
        marker.setLabel(label);
        marker.setLabelFont(layout.label());
        marker.setLabelPaint(paint);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        plot.addDomainMarker(0, marker, Layer.BACKGROUND);
        return new Flag(marker, at, label);
    }

    /**
     * The verdict, then one line per signal: rule, points, meaning and the PDSA cycle behind it. A
     * chart with too few points says so and draws no conclusion; a signal on such a part is
     * written as provisional.
     */
    static List<String> signalLines(View v, DateTimeFormatter dates) {
        List<String> lines = new ArrayList<>();
        List<PartVerdict> verdicts = v.chart().verdicts();
        for (PartVerdict pv : verdicts) {
            if (pv.verdict() == Verdict.TOO_FEW_POINTS) {
                lines.add("Too few " + pv.counted() + (verdicts.size() == 1 ? "" : " in part " + (pv.part() + 1)) + ": "
                        + pv.points() + " of the " + pv.minimum() + " needed, so no conclusion"
                        + (v.chart().signals().stream().anyMatch(s -> s.part() == pv.part()) ? "; its signals are provisional."
                        : " (not evidence of random variation)."));
            }
        }
        if (v.chart().signals().isEmpty()) {
            if (v.chart().verdict() == Verdict.NO_SIGNAL) {
                lines.add("No signal under the " + v.rules() + " on " + verdicts.stream().mapToInt(PartVerdict::points).sum()
                        + " " + verdicts.get(0).counted() + ": only common-cause variation is evident.");
            }
            return lines;
        }
        int first = lines.size();
        for (Signal s : v.chart().signals()) {
            if (lines.size() - first == SIGNAL_LINES) {
                int more = v.chart().signals().size() - SIGNAL_LINES;
                lines.add("… and " + Plural.count(more, "more signal") + " (see the signals table).");
                break;
            }
            if (lines.size() == SIGNAL_LINES) {
                int more = v.chart().signals().size() - SIGNAL_LINES;
                lines.add("… and " + Plural.count(more, "more signal") + " (see the signals table).");
                break;
            }
            StringBuilder line = new StringBuilder(s.provisional() ? "Provisional signal: " : "Signal: ")
                    .append(s.ruleSet().displayName()).append(", ")
                    .append(s.rule().label());
            if (!s.points().isEmpty()) {
                int a = s.points().get(0);
                int b = s.points().get(s.points().size() - 1);
                line.append(", ").append(at(v, a, dates));
                if (b != a) {
                    line.append(" to ").append(at(v, b, dates));
                }
            }
            if (s.meaning() != Meaning.UNCLASSIFIED) {
                line.append(" (").append(s.meaning().label()).append(')');
            }
            v.chart().cycle(s).ifPresent(c -> line.append(" ← PDSA cycle ").append(c.value()));
            lines.add(line.toString());
        }
        return lines;
    }

    private static String at(View v, int point, DateTimeFormatter dates) {
        return dates == null ? "point " + (point + 1) : v.chart().date(point).map(dates::format).orElse("?");
    }

    private static XYSeries piece(String key, int from, int to, IntToDoubleFunction x, IntToDoubleFunction y) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = from; i < to; i++) {
            double value = y.applyAsDouble(i);
            s.add(x.applyAsDouble(i), Double.isFinite(value) ? value : null);
        }
        return s;
    }

    private static boolean monthly(View v) {
        for (int i = 1; i < v.chart().size(); i++) {
            long days = ChronoUnit.DAYS.between(v.chart().date(i - 1).orElseThrow(), v.chart().date(i).orElseThrow());
            if (days < 28 || days > 31) {
                return false;
            }
        }
        return true;
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static Shape circle(double diameter) {
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }

    /**
     * The mark round a signal point: a ring for improvement, a square for deterioration, a triangle
     * when the direction is unknown, a diamond for a signal from before the change, of about the
     * same area, so they differ in greyscale too.
     */
    static Shape mark(Meaning meaning, double size) {
        double d = 13 * size;
        return switch (markedAs(meaning)) {
            case IMPROVEMENT -> circle(d);
            case DETERIORATION -> new Rectangle2D.Double(-d * 0.45, -d * 0.45, d * 0.9, d * 0.9);
            case UNCLASSIFIED -> triangle(d * 1.1);
            case BEFORE_CHANGE, ACROSS_CHANGE -> diamond(d); // no taller than the ring: a legend row keeps its height
        };
    }

    /** {@return the meaning whose mark a signal gets: one mark and one legend entry for all signals from before the change} */
    private static Meaning markedAs(Meaning meaning) {
        return meaning == Meaning.ACROSS_CHANGE ? Meaning.BEFORE_CHANGE : meaning;
    }

    private static Shape diamond(double across) {
        Path2D.Double t = new Path2D.Double();
        t.moveTo(0, -across / 2);
        t.lineTo(across / 2, 0);
        t.lineTo(0, across / 2);
        t.lineTo(-across / 2, 0);
        t.closePath();
        return t;
    }

    private static Shape triangle(double side) {
        Path2D.Double t = new Path2D.Double();
        t.moveTo(0, -side * 0.58);
        t.lineTo(side / 2, side * 0.29);
        t.lineTo(-side / 2, side * 0.29);
        t.closePath();
        return t;
    }

    /**
     * The legend's words for a mark: what the mark means, a signal from before the change said to
     * have no direction, so the legend itself stops a reader taking the baseline for a change.
     */
    private static String signalName(Meaning meaning, boolean compact) {
        return switch (markedAs(meaning)) {
            case IMPROVEMENT -> compact ? "improvement" : "signal: improvement";
            case DETERIORATION -> compact ? "deterioration" : "signal: deterioration";
            case UNCLASSIFIED -> "signal";
            case BEFORE_CHANGE, ACROSS_CHANGE -> compact ? "before the change: no direction"
                    : "signal from before the change: no direction";
        };
    }

    private static Color colour(Meaning meaning) {
        return switch (meaning) {
            case IMPROVEMENT -> Style.IMPROVEMENT;
            case DETERIORATION -> Style.DETERIORATION;
            case UNCLASSIFIED -> Style.UNCLASSIFIED;
            case BEFORE_CHANGE, ACROSS_CHANGE -> Style.NO_DIRECTION;
        };
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

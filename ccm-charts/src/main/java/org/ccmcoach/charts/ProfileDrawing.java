package org.ccmcoach.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.LevelBand;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.assessment.ScoreRange;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.assessment.Subscale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws an instrument profile: one pair of horizontal bars per subscale (baseline, follow-up) on
 * the instrument's scale, over the instrument's level bands (ACIC D, C, B, A), so a reader sees
 * both the scores and the levels they fall in. Several reports per time are averaged per subscale;
 * each bar is labelled with its own n, and under {@link ProfileSubjects#SAME_SUBJECTS} a pair of bars
 * averages only the subjects scored at both times, the others named under the title.
 */
final class ProfileDrawing {

    /** At most this many left-out subjects are named; the rest are counted. */
    static final int NAMED_LEFT_OUT = 6;

    private ProfileDrawing() {
    }

    static Figure draw(Instrument instrument, String title, List<ScoreReport> baseline, List<ScoreReport> followUp,
                       ProfileSubjects subjects) {
        if (baseline.isEmpty() && followUp.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one report");
        }
        for (ScoreReport r : concat(baseline, followUp)) {
            if (!r.instrument().equals(instrument.id())) {
                throw new IllegalArgumentException("a " + r.instrument() + " report for " + r.subject()
                        + " cannot be drawn on a " + instrument.id() + " profile");
            }
            instrument.check(r); // a report read from a file may not fit: scores off the scale, a foreign level
        }
        java.util.Set<OverallRule> rules = concat(baseline, followUp).stream().map(ScoreReport::overallRule)
                .flatMap(java.util.Optional::stream).collect(java.util.stream.Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(OverallRule.class)));
        if (rules.size() > 1) {
            throw new IllegalArgumentException("the reports' overall scores were made by different rules " + rules
                    + "; score them all with one rule before drawing them together");
        }
        boolean matched = subjects == ProfileSubjects.SAME_SUBJECTS && !baseline.isEmpty() && !followUp.isEmpty();
        Map<SubjectId, List<ScoreReport>> before = bySubject(baseline);
        Map<SubjectId, List<ScoreReport>> after = bySubject(followUp);
        boolean several = before.values().stream().anyMatch(l -> l.size() > 1)
                || after.values().stream().anyMatch(l -> l.size() > 1);
        List<Bar> bars = new ArrayList<>();
        Map<SubjectId, List<String>> leftOut = new LinkedHashMap<>();
        String beforeKey = label("baseline", baseline);
        String afterKey = label("follow-up", followUp);
        List<Measure> measures = new ArrayList<>();
        // One axis: the subscales' shared range, else the overall score's; a score on another range is not drawn on it.
        ScoreRange axis = axisRange(instrument);
        if (instrument.subscaleRange().filter(axis::equals).isPresent()) {
            for (Subscale s : instrument.subscales()) {
                measures.add(new Measure(s.title(), r -> r.subscale(s.id()).score()));
            }
        }
        if (instrument.overallRange().filter(axis::equals).isPresent()
                && concat(baseline, followUp).stream().anyMatch(r -> r.overall().isPresent())) {
            measures.add(new Measure("Overall", ScoreReport::overall));
        }
        for (Measure m : measures) {
            double[] b;
            double[] a;
            if (matched) {
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (SubjectId id : union(before.keySet(), after.keySet())) {
                    OptionalDouble x = subjectMean(before.get(id), m.score());
                    OptionalDouble y = subjectMean(after.get(id), m.score());
                    if (x.isPresent() && y.isPresent()) {
                        xs.add(x.getAsDouble());
                        ys.add(y.getAsDouble());
                    } else {
                        leftOut.computeIfAbsent(id, k -> new ArrayList<>()).add(m.title() + ": "
                                + (!before.containsKey(id) ? "no baseline report" : !after.containsKey(id) ? "no follow-up report"
                                : x.isEmpty() && y.isEmpty() ? "not scored at either time" : x.isEmpty() ? "no baseline score"
                                : "no follow-up score"));
                    }
                }
                b = xs.stream().mapToDouble(Double::doubleValue).toArray();
                a = ys.stream().mapToDouble(Double::doubleValue).toArray();
            } else {
                b = scores(baseline, m.score());
                a = scores(followUp, m.score());
            }
            bars.add(new Bar(beforeKey, m.title(), b.length == 0 ? null : Arrays.stream(b).average().orElseThrow(), b.length));
            bars.add(new Bar(afterKey, m.title(), a.length == 0 ? null : Arrays.stream(a).average().orElseThrow(), a.length));
        }
        boolean showN = baseline.size() > 1 || followUp.size() > 1;
        // Where every bar has the same n the note gives it, so a column too small for bar labels still states it.
        Set<Integer> ns = new LinkedHashSet<>();
        bars.stream().filter(bar -> bar.mean() != null).forEach(bar -> ns.add(bar.n()));
        String perBar = ns.size() == 1 ? "n = " + ns.iterator().next() + " per bar" : "n per bar";
        String note = instrument.title() + ", " + instrument.version() + ": "
                + (!showN ? "score" : matched ? (several ? "mean of the subjects (each the mean of its reports) scored at "
                + "both times, " + perBar.replace("per bar", "subjects per bar") : "mean of the subjects scored at both times, "
                + perBar) : "mean of the reports scored at each time, " + perBar)
                + (rules.contains(OverallRule.MEAN_OF_ELEMENT_SUBSCALES)
                ? "; overall: the subscales of the CCM elements only" : "")
                + (instrument.levels().isEmpty() ? "" : "; shaded bands are the instrument's levels");
        List<String> notes = leftOut.isEmpty() ? List.of(note) : List.of(note, leftOutLine(leftOut));
        Map<String, String> keys = keys(instrument, measures);
        int height = Math.max(360, 120 + 52 * measures.size());
        boolean sameN = ns.size() == 1;
        return new Figure(title, layout -> draw(instrument, title, bars, showN && !(layout.compact() && sameN), notes,
                keys, layout), 1000, height);
    }

    /**
     * The short label of each measure on a compact profile: the ACIC's part numbers (1, 2, 3a … 4),
     * read from its item ids, when every subscale's items share one; else 1, 2, 3 …. Overall stays.
     */
    private static Map<String, String> keys(Instrument instrument, List<Measure> measures) {
        Map<String, String> keys = new LinkedHashMap<>();
        Set<String> parts = new LinkedHashSet<>();
        for (Subscale s : instrument.subscales()) {
            Set<String> prefixes = new LinkedHashSet<>();
            s.items().forEach(i -> prefixes.add(i.contains(".") ? i.substring(0, i.indexOf('.')) : ""));
            parts.add(prefixes.size() == 1 ? prefixes.iterator().next() : "");
        }
        boolean numbered = parts.size() == instrument.subscales().size() && !parts.contains("");
        List<String> part = new ArrayList<>(parts);
        for (int i = 0; i < measures.size(); i++) {
            String t = measures.get(i).title();
            keys.put(t, i >= instrument.subscales().size() ? t : numbered ? part.get(i) : String.valueOf(i + 1));
        }
        return keys;
    }

    /** One bar: its time, measure, mean (null when none) and n. */
    private record Bar(String time, String measure, Double mean, int n) {
    }

    /** Draws the profile; {@code showN}: each bar's label gives its n (in a column, only when the note cannot). */
    private static Figure.Drawn draw(Instrument instrument, String title, List<Bar> bars, boolean showN,
                                     List<String> notes, Map<String, String> keys, Layout layout) {
        // In a column the subscale titles would overlap: short keys stand in, and a note says what they stand for.
        boolean keyed = layout.compact();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Integer> counts = new HashMap<>();
        for (Bar bar : bars) {
            String column = keyed ? keys.get(bar.measure()) : bar.measure();
            data.addValue(bar.mean(), bar.time(), column);
            counts.put(bar.time() + "\u0000" + column, bar.n());
        }
        String beforeKey = bars.get(0).time();

        CategoryAxis categories = Style.axis(new CategoryAxis(null), layout);
        categories.setMaximumCategoryLabelWidthRatio(0.28f);
        categories.setMaximumCategoryLabelLines(keyed ? 1 : 2);
        categories.setCategoryMargin(0.25);
        NumberAxis score = Style.axis(new NumberAxis((keyed ? initials(instrument.title()) : instrument.title())
                + " score (" + axisRange(instrument) + (instrument.better() == org.ccmcoach.core.coaching.Better.LOWER
                ? ", lower is better" : "") + ")"), layout);
        ScoreRange axis = axisRange(instrument);
        score.setRange(axis.min(), axis.max());
        if (axis.max() - axis.min() <= 30 && axis.max() - axis.min() >= 2) {
            score.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }

        BarRenderer renderer = new FittingLabels();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        int k = 0;
        for (Object key : data.getRowKeys()) {
            renderer.setSeriesPaint(k++, key.equals(beforeKey) ? Style.BASELINE : Style.FOLLOW_UP);
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")) {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                String value = super.generateLabel(dataset, row, column);
                Integer n = counts.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
                return showN && n != null ? value + " (n=" + n + ")" : value;
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(layout.label());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

        CategoryPlot plot = new CategoryPlot(data, categories, score, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(Style.GRID);
        List<LevelBand> levels = instrument.overallRange().filter(axis::equals).isPresent() ? instrument.levels() : List.of();
        for (int i = 0; i < levels.size(); i++) {
            double from = levels.get(i).min();
            double to = i + 1 < levels.size() ? levels.get(i + 1).min() : axis.max();
            IntervalMarker band = new IntervalMarker(from, to);
            band.setPaint(i % 2 == 0 ? new Color(0xf3f3f3) : Color.WHITE);
            band.setLabel("level " + levels.get(i).label());
            band.setLabelFont(layout.label());
            band.setLabelPaint(Style.MARKER);
            band.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            band.setLabelAnchor(RectangleAnchor.TOP);
            band.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
        JFreeChart chart = Style.chart(title, plot, true, layout);
        // The level labels sit at the top of the plot: the first bars start below them.
        Consumer<Rectangle2D> clearLevels = area -> categories.setLowerMargin(Math.max(categories.getLowerMargin(),
                (layout.label().getSize2D() * 1.3 + 4) / area.getHeight()));
        if (!keyed) {
            return new Figure.Drawn(chart, notes, clearLevels);
        }
        StringBuilder key = new StringBuilder(instrument.subscales().size() > 1 ? "Subscales: " : "Subscale: ");
        keys.forEach((measure, label) -> {
            if (!label.equals(measure)) {
                key.append(key.length() > 11 ? "; " : "").append(label).append(' ').append(measure);
            }
        });
        List<String> all = new ArrayList<>(notes);
        all.add(0, key.append('.').toString());
        return new Figure.Drawn(chart, List.copyOf(all), clearLevels);
    }

    /** "ACIC" for "Assessment of Chronic Illness Care": the initials of the capitalised words. */
    static String initials(String title) {
        StringBuilder s = new StringBuilder();
        for (String word : title.split("[\\s/-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                s.append(word.charAt(0));
            }
        }
        return s.length() < 2 ? title : s.toString();
    }

    /**
     * Bars that draw their value only where it fits: in a column a bar may be thinner than its label's ink,
     * which would then cover the next bar's.
     */
    private static final class FittingLabels extends BarRenderer {

        private static final long serialVersionUID = 1L;

        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                     CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            String label = generator.generateLabel(data, row, column);
            double ink = label == null ? 0 : getItemLabelFont(row, column)
                    .createGlyphVector(g2.getFontRenderContext(), label).getVisualBounds().getHeight();
            if (ink > bar.getHeight() + 0.5) {
                return;
            }
            // Past the plot's right edge (the clip while bars are drawn) the label goes inside the bar's end.
            Font font = getItemLabelFont(row, column);
            double width = font.getStringBounds(label, g2.getFontRenderContext()).getWidth();
            double gap = 3;
            Rectangle2D clip = g2.getClipBounds();
            if (clip != null && bar.getMaxX() + gap + width > clip.getMaxX()) {
                if (bar.getWidth() <= width + 2 * gap || ink > bar.getHeight() - 1) {
                    return; // fits neither beside the bar nor inside it
                }
                Color fill = (Color) getSeriesPaint(row);
                boolean dark = fill != null && fill.getRed() * 0.3 + fill.getGreen() * 0.59 + fill.getBlue() * 0.11 < 128;
                g2.setFont(font);
                g2.setPaint(dark ? Color.WHITE : Style.CENTRE);
                TextUtils.drawAlignedString(label, g2, (float) (bar.getMaxX() - gap), (float) bar.getCenterY(),
                        TextAnchor.CENTER_RIGHT);
                return;
            }
            super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
        }
    }

    /** A subscale or the overall score, by its title. */
    private record Measure(String title, Function<ScoreReport, OptionalDouble> score) {
    }

    /** "Left out: p-3 (Self-management support: no follow-up score), ...", the first few named. */
    static String leftOutLine(Map<SubjectId, List<String>> leftOut) {
        StringBuilder line = new StringBuilder("Left out, not scored at both times: ");
        int named = 0;
        for (Map.Entry<SubjectId, List<String>> e : leftOut.entrySet()) {
            if (named == NAMED_LEFT_OUT) {
                int more = leftOut.size() - NAMED_LEFT_OUT;
                line.append("; and ").append(more).append(more == 1 ? " more subject" : " more subjects");
                break;
            }
            List<String> reasons = e.getValue();
            boolean whole = reasons.stream().allMatch(r -> r.endsWith("report"));
            line.append(named++ == 0 ? "" : "; ").append(e.getKey().value()).append(" (")
                    .append(whole ? reasons.get(0).substring(reasons.get(0).indexOf(": ") + 2)
                            : String.join(", ", reasons)).append(')');
        }
        return line.append('.').toString();
    }

    private static String label(String time, List<ScoreReport> reports) {
        if (reports.isEmpty()) {
            return time;
        }
        String date = reports.stream().map(ScoreReport::date).min(java.util.Comparator.naturalOrder()).orElseThrow()
                .format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH));
        return time + ", " + date;
    }

    /** The scores present in the reports. */
    private static double[] scores(List<ScoreReport> reports, Function<ScoreReport, OptionalDouble> score) {
        return reports.stream().map(score).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
    }

    /** A subject's score: the mean of its reports that have one (a team's patients), empty if none. */
    private static OptionalDouble subjectMean(List<ScoreReport> reports, Function<ScoreReport, OptionalDouble> score) {
        return reports == null ? OptionalDouble.empty() : Arrays.stream(scores(reports, score)).average();
    }

    private static Map<SubjectId, List<ScoreReport>> bySubject(List<ScoreReport> reports) {
        Map<SubjectId, List<ScoreReport>> map = new LinkedHashMap<>();
        for (ScoreReport r : reports) {
            map.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
        }
        return map;
    }

    private static Set<SubjectId> union(Set<SubjectId> a, Set<SubjectId> b) {
        Set<SubjectId> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<ScoreReport> concat(List<ScoreReport> a, List<ScoreReport> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * The range the profile's axis shows: the subscales' shared range (the ACIC's 0..11, the PAR's
     * 0..1), else the overall score's (the PHQ-9's 0..27), else the item scale.
     */
    static ScoreRange axisRange(Instrument instrument) {
        return instrument.subscales().isEmpty() ? instrument.overallRange().orElse(new ScoreRange(instrument.scale().min(),
                instrument.scale().max())) : instrument.subscaleRange().or(instrument::overallRange)
                .orElse(new ScoreRange(instrument.scale().min(), instrument.scale().max()));
    }
}

package org.ccmcoach.charts;

import java.awt.Color;
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
import java.util.function.Function;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.LevelBand;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.assessment.Subscale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
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
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Integer> counts = new HashMap<>();
        Map<SubjectId, List<String>> leftOut = new LinkedHashMap<>();
        String beforeKey = label("baseline", baseline);
        String afterKey = label("follow-up", followUp);
        List<Measure> measures = new ArrayList<>();
        for (Subscale s : instrument.subscales()) {
            measures.add(new Measure(s.title(), r -> r.subscale(s.id()).score()));
        }
        if (concat(baseline, followUp).stream().anyMatch(r -> r.overall().isPresent())) {
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
            add(data, counts, beforeKey, m.title(), b);
            add(data, counts, afterKey, m.title(), a);
        }

        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(Style.TICK);
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.25);
        NumberAxis score = new NumberAxis(instrument.title() + " score (" + instrument.scale().range() + ")");
        score.setRange(instrument.scale().min(), instrument.scale().max());
        score.setLabelFont(Style.AXIS_LABEL);
        score.setTickLabelFont(Style.TICK);
        if (instrument.scale().max() - instrument.scale().min() <= 20) {
            score.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        int k = 0;
        for (Object key : data.getRowKeys()) {
            bars.setSeriesPaint(k++, key.equals(beforeKey) ? Style.BASELINE : Style.FOLLOW_UP);
        }
        boolean showN = baseline.size() > 1 || followUp.size() > 1;
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")) {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                String value = super.generateLabel(dataset, row, column);
                Integer n = counts.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
                return showN && n != null ? value + " (n=" + n + ")" : value;
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(Style.NOTE);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

        CategoryPlot plot = new CategoryPlot(data, categories, score, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(Style.GRID);
        List<LevelBand> levels = instrument.levels();
        for (int i = 0; i < levels.size(); i++) {
            double from = levels.get(i).min();
            double to = i + 1 < levels.size() ? levels.get(i + 1).min() : instrument.scale().max();
            IntervalMarker band = new IntervalMarker(from, to);
            band.setPaint(i % 2 == 0 ? new Color(0xf3f3f3) : Color.WHITE);
            band.setLabel("level " + levels.get(i).label());
            band.setLabelFont(Style.NOTE);
            band.setLabelPaint(Style.MARKER);
            band.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            band.setLabelAnchor(RectangleAnchor.TOP);
            band.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
        JFreeChart chart = Style.chart(title, plot, true);
        Style.subtitle(chart, instrument.title() + ", " + instrument.version() + ": "
                + (!showN ? "score" : matched ? (several ? "mean of the subjects (each the mean of its reports) scored at "
                + "both times, n subjects per bar" : "mean of the subjects scored at both times, n per bar")
                : "mean of the reports scored at each time, n per bar")
                + (rules.contains(OverallRule.MEAN_OF_ELEMENT_SUBSCALES)
                ? "; overall: the subscales of the CCM elements only" : "")
                + (levels.isEmpty() ? "" : "; shaded bands are the instrument's levels"));
        if (!leftOut.isEmpty()) {
            Style.subtitle(chart, leftOutLine(leftOut));
        }
        int height = Math.max(360, 120 + 52 * data.getColumnCount());
        return new Figure(title, chart, 1000, height);
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

    /** Adds the bar of one time and measure: the mean of the values, and their n. */
    private static void add(DefaultCategoryDataset data, Map<String, Integer> counts, String row, String column,
                            double[] values) {
        data.addValue(values.length == 0 ? null : Double.valueOf(Arrays.stream(values).average().orElseThrow()), row,
                column);
        counts.put(row + "\u0000" + column, values.length);
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
}

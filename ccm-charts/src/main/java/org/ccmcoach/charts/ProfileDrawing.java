package org.ccmcoach.charts;

import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.LevelBand;
import org.ccmcoach.assessment.ScoreReport;
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
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws an instrument profile: one pair of horizontal bars per subscale (baseline, follow-up) on
 * the instrument's scale, over the instrument's level bands (ACIC D, C, B, A), so a reader sees
 * both the scores and the levels they fall in. Several reports per time are averaged per subscale,
 * each subscale over the reports that scored it.
 */
final class ProfileDrawing {

    private ProfileDrawing() {
    }

    static Figure draw(Instrument instrument, String title, List<ScoreReport> baseline, List<ScoreReport> followUp) {
        if (baseline.isEmpty() && followUp.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one report");
        }
        for (ScoreReport r : concat(baseline, followUp)) {
            if (!r.instrument().equals(instrument.id())) {
                throw new IllegalArgumentException("a " + r.instrument() + " report for " + r.subject()
                        + " cannot be drawn on a " + instrument.id() + " profile");
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String before = label("baseline", baseline);
        String after = label("follow-up", followUp);
        for (Subscale s : instrument.subscales()) {
            String category = s.title();
            add(data, before, category, mean(baseline, r -> r.subscale(s.id()).score()));
            add(data, after, category, mean(followUp, r -> r.subscale(s.id()).score()));
        }
        OptionalDouble overallBefore = mean(baseline, ScoreReport::overall);
        OptionalDouble overallAfter = mean(followUp, ScoreReport::overall);
        if (overallBefore.isPresent() || overallAfter.isPresent()) {
            add(data, before, "Overall", overallBefore);
            add(data, after, "Overall", overallAfter);
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
            bars.setSeriesPaint(k++, key.equals(before) ? Style.BASELINE : Style.FOLLOW_UP);
        }
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
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
        Style.subtitle(chart, instrument.title() + ", " + instrument.version() + ": mean per "
                + (instrument.subscales().size() == 1 ? "subscale" : "subscale and overall")
                + (levels.isEmpty() ? "" : "; shaded bands are the instrument's levels"));
        int height = Math.max(360, 120 + 52 * data.getColumnCount());
        return new Figure(title, chart, 1000, height);
    }

    private static String label(String time, List<ScoreReport> reports) {
        if (reports.isEmpty()) {
            return time;
        }
        String date = reports.stream().map(ScoreReport::date).min(java.util.Comparator.naturalOrder()).orElseThrow()
                .format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH));
        return time + ", " + date + (reports.size() == 1 ? "" : " (mean of " + reports.size() + ")");
    }

    private static void add(DefaultCategoryDataset data, String row, String column, OptionalDouble value) {
        data.addValue(value.isPresent() ? Double.valueOf(value.getAsDouble()) : null, row, column);
    }

    private static OptionalDouble mean(List<ScoreReport> reports, Function<ScoreReport, OptionalDouble> score) {
        return reports.stream().map(score).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }

    private static List<ScoreReport> concat(List<ScoreReport> a, List<ScoreReport> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

package org.ccmcoach.pdsa.chart;

import org.ccmcoach.core.value.Plural;
import java.util.ArrayList;
import java.util.List;
import org.ccmcoach.pdsa.Direction;

/**
 * A run chart: the points against their median, analysed under the IHI run-chart rules and the
 * Anhøj rules, each part (phase) on its own.
 *
 * <p>The median of each part is taken over its useful points (not excluded); a frozen baseline
 * takes the first part's median from its first k points and tests every point against it.
 * <ul>
 * <li>IHI (Perla, Provost &amp; Murray 2011): a <b>shift</b> is 6 or more consecutive points on one
 *     side of the median, points on the median skipped (never cited); a <b>trend</b> is 5 or more
 *     points all going up or down, equal successive values counted once (Anhøj &amp; Olesen 2014
 *     found the trend rule adds false alarms; it is kept); <b>too few / too many runs</b> compare
 *     the runs among the useful points with limits <em>computed</em> exactly from the
 *     Swed–Eisenhart distribution (n1 = ⌊n/2⌋, n2 = ⌈n/2⌉, 2.5 % in each tail), which can differ by
 *     one from rows of the printed IHI table.</li>
 * <li>Anhøj (qicharts2 {@code runs.analysis}): longest run &gt; round(log2 n) + 3, or crossings
 *     &lt; qbinom(0.05, n − 1, 0.5); both strict.</li>
 * <li>The astronomical point is the user's mark on a point ({@link SeriesPoint#astronomical()}),
 *     reported as a signal, never computed.</li>
 * </ul>
 * A signal of two or more points that begins before the chart's first change (a PDSA cycle, a part,
 * the end of a frozen baseline: {@link #firstChange()}) says where it lies, not which way the
 * measure went ({@link Meaning#BEFORE_CHANGE}): on one median over a change, the baseline lies on
 * the far side of a median the change moved.
 * Each part's median, runs, crossings and limits are in its {@link RunAnalysis}: {@link #lastPart()}
 * is the current process, {@link #parts()} has every part.
 *
 * <pre>{@code
 * RunChart chart = RunChart.of(12, 14, 11, 13, 15, 12, 9, 8, 9, 7, 8, 6, 7, 8);
 * chart.lastPart().centreLine();   // 9.0, the median
 * chart.signals();      // shift, ... each naming its rule set and rule
 * System.out.println(chart);   // a text chart for an 80-column terminal
 * RunChart.of(series).signals();   // parts, freeze, exclusions and direction from the series
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RunChart extends ProcessChart {

    private final double[] centre;
    private final List<RunAnalysis> parts;
    private final List<Signal> signals;
    private final List<PartVerdict> verdicts;

    private RunChart(ChartData data) {
        super(data);
        this.centre = new double[data.size()];
        List<RunAnalysis> analyses = new ArrayList<>();
        List<Signal> found = new ArrayList<>();
        for (int p = 0; p < data.parts(); p++) {
            double median = RunRules.median(data.y, data.useful, data.partStart(p), data.baseEnd(p));
            for (int i = data.partStart(p); i < data.partEnd(p); i++) {
                centre[i] = median;
            }
            RunRules.PartSides sides = RunRules.PartSides.of(data, centre, p);
            RunAnalysis a = RunAnalysis.of(data, centre, p, sides);
            analyses.add(a);
            found.addAll(ihi(a, sides));
            found.addAll(RunAnalysis.anhoej(RunChartRuleSet.ANHOEJ, data, a, sides, "median"));
        }
        for (int i = 0; i < data.size(); i++) {
            if (data.astronomical[i]) {
                int side = Double.compare(data.y[i], centre[i]);
                found.add(new Signal(RunChartRuleSet.IHI_RUN_CHART, Rule.ASTRONOMICAL_POINT, List.of(i), data.partOf(i),
                        data.meaning(side), "marked by the user"));
            }
        }
        this.parts = List.copyOf(analyses);
        List<PartVerdict> judged = new ArrayList<>();
        boolean[] signalled = signalled(found, data.parts());
        for (RunAnalysis a : analyses) {
            judged.add(verdictOf(a.part(), signalled[a.part()], a.usefulPoints(), RunChartRuleSet.IHI_RUN_CHART.minimumPoints(),
                    "useful points for the runs rules"));
        }
        this.verdicts = List.copyOf(judged);
        this.signals = markProvisional(data.placed(found), verdicts);
    }

    /**
     * Analyses values in order against their median, in one part.
     *
     * @param values  the values, at least one, finite
     * @return the chart, not null
     * @throws IllegalArgumentException if there is no value or one is not finite
     */
    public static RunChart of(double... values) {
        return new RunChart(ChartData.of(values));
    }

    /**
     * Analyses a series with its parts, frozen baseline, exclusions, marks and direction.
     *
     * @param series  the series, not null
     * @return the chart, not null
     */
    public static RunChart of(Series series) {
        double[] y = series.observations().stream().mapToDouble(SeriesPoint::y).toArray();
        return new RunChart(ChartData.of(series, y));
    }

    /**
     * This chart with the first part's median frozen on its first points.
     *
     * @param points  how many points, at least 1, at most the first part's size
     * @return a new chart
     * @throws IllegalArgumentException if points is out of range
     */
    public RunChart freeze(int points) {
        return new RunChart(data.withFreeze(points));
    }

    /**
     * This chart split into parts starting at the given points.
     *
     * @param starts  the first point of each part after the first, increasing, 0-based
     * @return a new chart
     * @throws IllegalArgumentException if the starts do not increase within the points
     */
    public RunChart withParts(int... starts) {
        return new RunChart(data.withParts(starts));
    }

    /**
     * This chart with a direction of improvement, to class signals.
     *
     * @param direction  which way is better, not null
     * @return a new chart
     */
    public RunChart withDirection(Direction direction) {
        return new RunChart(data.withDirection(java.util.Objects.requireNonNull(direction, "direction")));
    }

    /**
     * This chart with points marked by the user as astronomical.
     *
     * @param points  the points, 0-based indices
     * @return a new chart
     */
    public RunChart markAstronomical(int... points) {
        return new RunChart(data.withAstronomical(points));
    }

    private List<Signal> ihi(RunAnalysis a, RunRules.PartSides sides) {
        List<Signal> found = new ArrayList<>(RunRules.sideRunSignals(RunChartRuleSet.IHI_RUN_CHART, Rule.SHIFT, data,
                sides.sides(), sides.from(), sides.runs(), a.part(), 6, "median"));
        found.addAll(RunRules.trendSignals(RunChartRuleSet.IHI_RUN_CHART, data, a.first(), a.last() + 1, a.part(), 5));
        if (a.usefulPoints() >= 2 && a.runs() < a.fewestRuns()) {
            found.add(new Signal(RunChartRuleSet.IHI_RUN_CHART, Rule.TOO_FEW_RUNS, List.of(), a.part(), Meaning.UNCLASSIFIED,
                    Plural.count(a.runs(), "run") + "; fewer than " + a.fewestRuns() + " signal for "
                            + Plural.count(a.usefulPoints(), "useful point")));
        }
        if (a.usefulPoints() >= 2 && a.runs() > a.mostRuns()) {
            found.add(new Signal(RunChartRuleSet.IHI_RUN_CHART, Rule.TOO_MANY_RUNS, List.of(), a.part(), Meaning.UNCLASSIFIED,
                    Plural.count(a.runs(), "run") + "; more than " + a.mostRuns() + " signal for "
                            + Plural.count(a.usefulPoints(), "useful point")));
        }
        return found;
    }

    /**
     * {@return the median a point is tested against: its part's}
     *
     * @param point  the point, 0-based
     */
    @Override
    public double centreLine(int point) {
        return centre[point];
    }

    /**
     * The analysis of the last part, the current process: its median ({@link RunAnalysis#centreLine()}),
     * runs, crossings, longest run and their limits. Earlier parts are in {@link #parts()}.
     *
     * @return the last part's analysis, not null
     */
    public RunAnalysis lastPart() {
        return parts.get(parts.size() - 1);
    }

    /** {@return every part's analysis, in order} */
    public List<RunAnalysis> parts() {
        return parts;
    }

    /** {@return every signal of every part, by part, IHI before Anhøj} */
    @Override
    public List<Signal> signals() {
        return signals;
    }

    /**
     * Each part's verdict: too few points when it has fewer than 10 useful points (off the median),
     * the minimum of the IHI and Anhøj rules ({@link RunChartRuleSet#minimumPoints()}).
     *
     * @return one verdict per part, in order
     */
    @Override
    public List<PartVerdict> verdicts() {
        return verdicts;
    }

    /**
     * The signals of one rule set.
     *
     * @param ruleSet  {@link RunChartRuleSet#IHI_RUN_CHART} or {@link RunChartRuleSet#ANHOEJ}, not null
     * @return its signals, not null
     */
    public List<Signal> signals(RunChartRuleSet ruleSet) {
        java.util.Objects.requireNonNull(ruleSet, "ruleSet");
        return signals.stream().filter(s -> s.ruleSet() == ruleSet).toList();
    }

    /** {@return a text chart for an 80-column terminal: one line per point, the median, signals marked} */
    @Override
    public String toString() {
        return TextChart.render(this, "run chart (median)", centre, null, null,
                List.of(RunChartRuleSet.IHI_RUN_CHART, RunChartRuleSet.ANHOEJ));
    }
}

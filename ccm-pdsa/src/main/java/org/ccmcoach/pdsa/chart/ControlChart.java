package org.ccmcoach.pdsa.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ccmcoach.pdsa.Direction;

/**
 * A Shewhart control chart: I, MR, p, u, c, or Laney's p′ and u′, with a baseline freeze, parts,
 * optional moving-range screening, and a named special-cause rule set.
 *
 * <p>Centre lines and limits follow qicharts2 ({@link ChartType} says how). Each part has its own;
 * a freeze computes the first part's from its first k points and extends them, while every point
 * is still tested. Signals come from one rule set at a time ({@link #withRules(ControlChartRuleSet)}); the
 * default is qicharts2's, {@link ControlChartRuleSet#QICHARTS2}: one point beyond the limits plus the Anhøj
 * rules against the centre line. Zone rules (2 of 3 beyond 2σ, …) use each point's own sigma, so
 * they work on p and u charts with varying limits. Points on the centre line are skipped by the
 * Healthcare run rule and break a run under Western Electric and Nelson. On the moving-range chart
 * only points beyond the limits are tested, as qicharts2 does. A signal that begins before the
 * chart's first change (a PDSA cycle, a part, the end of a frozen baseline: {@link #firstChange()})
 * carries no direction, a point beyond the limits included: it lies beyond limits the change moved
 * ({@link Meaning#BEFORE_CHANGE}).
 *
 * <pre>{@code
 * ControlChart i = ControlChart.individuals(12, 14, 11, 13, 15, 12, 30, 13);
 * i.centreLine(0); i.upperLimit(0); i.lowerLimit(0);
 * ControlChart p = ControlChart.proportions(new long[] {11, 9, 14}, new long[] {60, 55, 70}).freeze(2);
 * ControlChart u = ControlChart.rates(new long[] {4, 6, 3}, new double[] {1250, 1400, 1100})
 *         .withRules(ControlChartRuleSet.HEALTHCARE);
 * u.signals();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ControlChart extends ProcessChart {

    /** qicharts2's d2 for moving ranges of two points. */
    static final double D2 = 1.128;
    /** The moving-range chart's upper-limit factor, D4 for n = 2. */
    static final double D4 = 3.267;

    private final ChartType type;
    private final long[] numerators;
    private final double[] denominators;
    private final boolean screened;
    private final ControlChartRuleSet rules;
    private final double[] centre;
    private final double[] upper;
    private final double[] lower;
    private final double[] sigma;
    private final int[] basePoints;
    private final List<Signal> signals;
    private final List<PartVerdict> verdicts;

    private ControlChart(ChartType type, ChartData data, long[] numerators, double[] denominators, boolean screened,
                         ControlChartRuleSet rules) {
        super(data);
        this.type = type;
        this.numerators = numerators;
        this.denominators = denominators;
        this.screened = screened;
        this.rules = rules;
        int n = data.size();
        this.centre = new double[n];
        this.upper = new double[n];
        this.lower = new double[n];
        this.sigma = new double[n];
        this.basePoints = new int[data.parts()];
        double[] z = new double[n];
        List<Signal> found = new ArrayList<>();
        for (int p = 0; p < data.parts(); p++) {
            limits(p);
            for (int i = data.partStart(p); i < data.partEnd(p); i++) {
                z[i] = data.useful[i] && sigma[i] > 0 ? (data.y[i] - centre[i]) / sigma[i] : Double.NaN;
            }
            if (type == ChartType.MR) {
                for (int i = data.partStart(p); i < data.partEnd(p); i++) {
                    if (data.useful[i] && data.y[i] > upper[i]) {
                        found.add(new Signal(rules, Rule.BEYOND_LIMITS, List.of(i), p, Meaning.UNCLASSIFIED,
                                "moving range above the upper limit"));
                    }
                }
            } else {
                found.addAll(SpecialCauses.apply(rules, data, centre, upper, lower, z, p));
            }
        }
        for (int i = 0; i < n; i++) {
            if (data.astronomical[i]) {
                found.add(new Signal(rules, Rule.ASTRONOMICAL_POINT, List.of(i), data.partOf(i),
                        data.meaning(Double.compare(data.y[i], centre[i])), "marked by the user"));
            }
        }
        List<PartVerdict> judged = new ArrayList<>();
        boolean[] signalled = signalled(found, data.parts());
        for (int p = 0; p < data.parts(); p++) {
            int offCentre = RunRules.PartSides.of(data, centre, p).runs().points();
            // The limits need their points; the run rules (every rule set here has some) need
            // useful points off the centre line, which a count chart can lack with many points.
            boolean runsShort = type != ChartType.MR && basePoints[p] >= rules.minimumPoints()
                    && offCentre < RunChartRuleSet.ANHOEJ.minimumPoints();
            judged.add(runsShort
                    ? verdictOf(p, signalled[p], offCentre, RunChartRuleSet.ANHOEJ.minimumPoints(), "useful points for the runs rules")
                    : verdictOf(p, signalled[p], basePoints[p], rules.minimumPoints(), "points under the control limits"));
        }
        this.verdicts = List.copyOf(judged);
        this.signals = markProvisional(data.placed(found), verdicts);
    }

    /**
     * An I chart of values in order.
     *
     * @param values  the values, at least 2, finite
     * @return the chart, not null
     */
    public static ControlChart individuals(double... values) {
        return new ControlChart(ChartType.I, ChartData.of(values), null, null, false, ControlChartRuleSet.QICHARTS2);
    }

    /**
     * An MR chart of the moving ranges of values in order; the first point has no range.
     *
     * @param values  the values, at least 2, finite
     * @return the chart, not null
     */
    public static ControlChart movingRanges(double... values) {
        ChartData raw = ChartData.of(values);
        return new ControlChart(ChartType.MR, movingRangeData(raw), null, null, false, ControlChartRuleSet.QICHARTS2);
    }

    /**
     * A p chart.
     *
     * @param numerators  events per subgroup, 0 to the denominator
     * @param denominators  subgroup sizes, at least 1, as many as numerators
     * @return the chart, not null
     */
    public static ControlChart proportions(long[] numerators, long[] denominators) {
        return ratioChart(ChartType.P, numerators, denominators);
    }

    /**
     * Laney's p′ chart, for large subgroups whose p chart limits are too narrow.
     *
     * @param numerators  events per subgroup
     * @param denominators  subgroup sizes
     * @return the chart, not null
     */
    public static ControlChart laneyProportions(long[] numerators, long[] denominators) {
        return ratioChart(ChartType.P_PRIME, numerators, denominators);
    }

    /**
     * A u chart.
     *
     * @param counts  events per subgroup, 0 or more
     * @param exposure  exposure per subgroup, more than 0, as many as counts
     * @return the chart, not null
     */
    public static ControlChart rates(long[] counts, double[] exposure) {
        return rateChart(ChartType.U, counts, exposure);
    }

    /**
     * Laney's u′ chart.
     *
     * @param counts  events per subgroup
     * @param exposure  exposure per subgroup
     * @return the chart, not null
     */
    public static ControlChart laneyRates(long[] counts, double[] exposure) {
        return rateChart(ChartType.U_PRIME, counts, exposure);
    }

    /**
     * A c chart of counts in equal opportunity.
     *
     * @param counts  the counts, 0 or more
     * @return the chart, not null
     */
    public static ControlChart counts(long... counts) {
        double[] y = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("count " + i + " is " + counts[i] + "; counts must be at least 0");
            }
            y[i] = counts[i];
        }
        return new ControlChart(ChartType.C, ChartData.of(y), null, null, false, ControlChartRuleSet.QICHARTS2);
    }

    /**
     * A chart of a series, with its parts, frozen baseline, exclusions, marks and direction.
     *
     * @param type  the chart type, fitting the series' kind (p and p′ proportions, u and u′ rates, c counts)
     * @param series  the series, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the chart type does not fit the series' observations
     */
    public static ControlChart of(ChartType type, Series series) {
        SeriesPoint.Kind kind = series.observations().get(0).kind();
        double[] y = series.observations().stream().mapToDouble(SeriesPoint::y).toArray();
        ChartData data = ChartData.of(series, y);
        return switch (type) {
            case I -> new ControlChart(type, data, null, null, false, ControlChartRuleSet.QICHARTS2);
            case MR -> new ControlChart(type, movingRangeData(data), null, null, false, ControlChartRuleSet.QICHARTS2);
            case P, P_PRIME -> {
                require(kind, SeriesPoint.Kind.PROPORTION, type);
                yield new ControlChart(type, data, series.observations().stream().mapToLong(o -> o.numerator().getAsLong()).toArray(),
                        series.observations().stream().mapToDouble(o -> o.denominator().getAsLong()).toArray(), false,
                        ControlChartRuleSet.QICHARTS2);
            }
            case U, U_PRIME -> {
                require(kind, SeriesPoint.Kind.RATE, type);
                yield new ControlChart(type, data, series.observations().stream().mapToLong(o -> o.count().getAsLong()).toArray(),
                        series.observations().stream().mapToDouble(o -> o.exposure().getAsDouble()).toArray(), false,
                        ControlChartRuleSet.QICHARTS2);
            }
            case C -> {
                require(kind, SeriesPoint.Kind.COUNT, type);
                yield new ControlChart(type, data, null, null, false, ControlChartRuleSet.QICHARTS2);
            }
        };
    }

    private static void require(SeriesPoint.Kind actual, SeriesPoint.Kind needed, ChartType type) {
        if (actual != needed) {
            throw new IllegalArgumentException("a " + type + " chart needs " + needed + " observations; the series has "
                    + actual);
        }
    }

    private static ControlChart ratioChart(ChartType type, long[] numerators, long[] denominators) {
        if (numerators.length != denominators.length) {
            throw new IllegalArgumentException(numerators.length + " numerators for " + denominators.length + " denominators");
        }
        double[] y = new double[numerators.length];
        double[] den = new double[numerators.length];
        for (int i = 0; i < y.length; i++) {
            if (denominators[i] < 1 || numerators[i] < 0 || numerators[i] > denominators[i]) {
                throw new IllegalArgumentException("subgroup " + i + " is " + numerators[i] + "/" + denominators[i]
                        + "; need 0 <= numerator <= denominator and denominator >= 1");
            }
            y[i] = (double) numerators[i] / denominators[i];
            den[i] = denominators[i];
        }
        return new ControlChart(type, ChartData.of(y), numerators.clone(), den, false, ControlChartRuleSet.QICHARTS2);
    }

    private static ControlChart rateChart(ChartType type, long[] counts, double[] exposure) {
        if (counts.length != exposure.length) {
            throw new IllegalArgumentException(counts.length + " counts for " + exposure.length + " exposures");
        }
        double[] y = new double[counts.length];
        for (int i = 0; i < y.length; i++) {
            if (counts[i] < 0 || !(exposure[i] > 0) || !Double.isFinite(exposure[i])) {
                throw new IllegalArgumentException("subgroup " + i + " is " + counts[i] + " per " + exposure[i]
                        + "; need a count >= 0 and a finite exposure > 0");
            }
            y[i] = counts[i] / exposure[i];
        }
        return new ControlChart(type, ChartData.of(y), counts.clone(), exposure.clone(), false, ControlChartRuleSet.QICHARTS2);
    }

    private static ChartData movingRangeData(ChartData raw) {
        double[] mr = new double[raw.size()];
        boolean[] none = new boolean[raw.size()];
        mr[0] = Double.NaN;
        none[0] = true;
        for (int i = 1; i < raw.size(); i++) {
            boolean ok = raw.useful[i] && raw.useful[i - 1] && raw.partOf(i) == raw.partOf(i - 1);
            mr[i] = ok ? Math.abs(raw.y[i] - raw.y[i - 1]) : Double.NaN;
            none[i] = !ok;
        }
        return raw.withValues(mr, none);
    }

    private void limits(int part) {
        int from = data.partStart(part);
        int to = data.partEnd(part);
        int baseEnd = data.baseEnd(part);
        List<Integer> base = new ArrayList<>();
        for (int i = from; i < baseEnd; i++) {
            if (data.useful[i]) {
                base.add(i);
            }
        }
        basePoints[part] = base.size();
        int minimum = type == ChartType.I || type == ChartType.P_PRIME || type == ChartType.U_PRIME ? 2 : 1;
        if (base.size() < minimum) {
            throw new IllegalArgumentException("part " + part + " has " + base.size() + " usable baseline points; a "
                    + type + " chart needs at least " + minimum);
        }
        switch (type) {
            case I -> {
                double cl = mean(base.stream().mapToDouble(i -> data.y[i]).toArray());
                double mrBar = meanMovingRange(base);
                fill(from, to, cl, i -> mrBar / D2, false, false);
            }
            case MR -> {
                double mrBar = mean(base.stream().mapToDouble(i -> data.y[i]).toArray());
                for (int i = from; i < to; i++) {
                    centre[i] = mrBar;
                    upper[i] = D4 * mrBar;
                    lower[i] = 0;
                    sigma[i] = 0;
                }
            }
            case P, P_PRIME -> {
                double pBar = sum(numerators, base) / sum(denominators, base);
                double sz = type == ChartType.P_PRIME ? laneySigmaZ(base, pBar, i -> Math.sqrt(pBar * (1 - pBar) / denominators[i])) : 1;
                fill(from, to, pBar, i -> Math.sqrt(pBar * (1 - pBar) / denominators[i]) * sz, true, true);
            }
            case U, U_PRIME -> {
                double uBar = sum(numerators, base) / sum(denominators, base);
                double sz = type == ChartType.U_PRIME ? laneySigmaZ(base, uBar, i -> Math.sqrt(uBar / denominators[i])) : 1;
                fill(from, to, uBar, i -> Math.sqrt(uBar / denominators[i]) * sz, true, false);
            }
            case C -> {
                double cBar = mean(base.stream().mapToDouble(i -> data.y[i]).toArray());
                fill(from, to, cBar, i -> Math.sqrt(cBar), true, false);
            }
        }
    }

    private void fill(int from, int to, double cl, java.util.function.IntToDoubleFunction sigmaOf, boolean floorAtZero,
                      boolean capAtOne) {
        for (int i = from; i < to; i++) {
            double s = sigmaOf.applyAsDouble(i);
            centre[i] = cl;
            sigma[i] = s;
            upper[i] = capAtOne ? Math.min(1, cl + 3 * s) : cl + 3 * s;
            lower[i] = floorAtZero ? Math.max(0, cl - 3 * s) : cl - 3 * s;
        }
    }

    /** MR̄ of consecutive baseline points, screened if asked. */
    private double meanMovingRange(List<Integer> base) {
        return meanRange(base.stream().mapToDouble(i -> data.y[i]).toArray());
    }

    /**
     * The mean moving range of values; with screening, ranges at or above 3.267 times the mean are
     * left out once and the mean is taken again (Nelson 1982; qicharts2's screened moving ranges).
     */
    private double meanRange(double[] values) {
        double[] ranges = new double[values.length - 1];
        for (int j = 1; j < values.length; j++) {
            ranges[j - 1] = Math.abs(values[j] - values[j - 1]);
        }
        double mrBar = mean(ranges);
        if (screened) {
            double cut = D4 * mrBar;
            double[] kept = java.util.Arrays.stream(ranges).filter(r -> r < cut).toArray();
            if (kept.length > 0) {
                mrBar = mean(kept);
            }
        }
        return mrBar;
    }

    /** Laney's σz: the mean moving range of the z-scores over the baseline (screened if asked), divided by 1.128. */
    private double laneySigmaZ(List<Integer> base, double bar, java.util.function.IntToDoubleFunction sigmaOf) {
        double[] z = base.stream().mapToDouble(i -> {
            double s = sigmaOf.applyAsDouble(i);
            return s > 0 ? (data.y[i] - bar) / s : 0;
        }).toArray();
        return meanRange(z) / D2;
    }

    private static double mean(double[] values) {
        return org.apache.commons.statistics.descriptive.Mean.of(values).getAsDouble();
    }

    private static double sum(long[] values, List<Integer> idx) {
        return idx.stream().mapToDouble(i -> values[i]).sum();
    }

    private static double sum(double[] values, List<Integer> idx) {
        return idx.stream().mapToDouble(i -> values[i]).sum();
    }

    /**
     * This chart with the first part's centre line and limits frozen on its first points.
     *
     * @param points  how many, at least 1 (2 for I, p′ and u′ charts), at most the first part's size
     * @return a new chart
     */
    public ControlChart freeze(int points) {
        return new ControlChart(type, data.withFreeze(points), numerators, denominators, screened, rules);
    }

    /**
     * This chart split into parts starting at the given points.
     *
     * @param starts  the first point of each later part, increasing, 0-based
     * @return a new chart
     */
    public ControlChart withParts(int... starts) {
        return new ControlChart(type, data.withParts(starts), numerators, denominators, screened, rules);
    }

    /**
     * This chart with moving ranges at or above 3.267·MR̄ left out of MR̄ and MR̄ taken again
     * (Nelson 1982): the moving ranges of the values on an I chart, of the z-scores on Laney's p′
     * and u′ charts. qicharts2 screens by default once attached ({@code qic.screenedmr = TRUE});
     * ccm does not unless asked, by choice: the unscreened limit is the formula of the Shewhart
     * literature, and a limit that silently depends on a package option is harder to report.
     * {@link #withQicharts2Defaults()} sets this and the rule set together.
     *
     * @return a new chart
     * @throws IllegalStateException if this is not an I, p′ or u′ chart
     */
    public ControlChart screenMovingRanges() {
        if (!screenable(type)) {
            throw new IllegalStateException("moving-range screening applies to I, p′ and u′ charts; this is a " + type
                    + " chart");
        }
        return new ControlChart(type, data, numerators, denominators, true, rules);
    }

    /**
     * This chart as qicharts2 draws it by default once attached: moving ranges screened on I, p′
     * and u′ charts ({@code qic.screenedmr = TRUE}) and its rules, one point beyond 3 sigma plus the
     * Anhøj rules ({@link ControlChartRuleSet#QICHARTS2}). On other chart types only the rule set changes.
     *
     * @return a new chart
     */
    public ControlChart withQicharts2Defaults() {
        return new ControlChart(type, data, numerators, denominators, screenable(type), ControlChartRuleSet.QICHARTS2);
    }

    /**
     * Whether the centre line's moving ranges are screened.
     *
     * @return true after {@link #screenMovingRanges()} or {@link #withQicharts2Defaults()} on I, p′ and u′ charts
     */
    public boolean screened() {
        return screened;
    }

    /**
     * The number of points a part's centre line and limits rest on: its useful points, or the
     * frozen baseline's. Fewer than {@link ControlChartRuleSet#minimumPoints()} (12) make the part's verdict
     * {@link Verdict#TOO_FEW_POINTS}.
     *
     * @param part  the part, 0-based
     * @return the number of points
     * @throws IndexOutOfBoundsException if there is no such part
     */
    public int limitPoints(int part) {
        return basePoints[Objects.checkIndex(part, basePoints.length)];
    }

    /**
     * Each part's verdict: too few points when its limits rest on fewer than 12 points
     * ({@link ControlChartRuleSet#minimumPoints()}), or when fewer than 10 of its points lie off the centre line
     * for the run rules (a count chart whose points often equal the mean); the verdict names which.
     *
     * @return one verdict per part, in order
     */
    @Override
    public List<PartVerdict> verdicts() {
        return verdicts;
    }

    private static boolean screenable(ChartType type) {
        return type == ChartType.I || type == ChartType.P_PRIME || type == ChartType.U_PRIME;
    }

    /**
     * This chart tested under another rule set.
     *
     * @param ruleSet  the rule set, not null
     * @return a new chart
     */
    public ControlChart withRules(ControlChartRuleSet ruleSet) {
        return new ControlChart(type, data, numerators, denominators, screened, Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /**
     * This chart with a direction of improvement, to class signals.
     *
     * @param direction  which way is better
     * @return a new chart
     */
    public ControlChart withDirection(Direction direction) {
        return new ControlChart(type, data.withDirection(Objects.requireNonNull(direction, "direction")), numerators,
                denominators, screened, rules);
    }

    /** {@return the chart type} */
    public ChartType type() {
        return type;
    }

    /** {@return the rule set signals come from} */
    public ControlChartRuleSet rules() {
        return rules;
    }

    /**
     * {@return the centre line at a point}
     *
     * @param point  the point, 0-based
     */
    @Override
    public double centreLine(int point) {
        return centre[point];
    }

    /**
     * {@return the upper control limit at a point}
     *
     * @param point  the point, 0-based
     */
    public double upperLimit(int point) {
        return upper[point];
    }

    /**
     * {@return the lower control limit at a point}
     *
     * @param point  the point, 0-based
     */
    public double lowerLimit(int point) {
        return lower[point];
    }

    /**
     * {@return the sigma at a point: a third of the distance from the centre line to the unclipped limit}
     *
     * @param point  the point, 0-based
     */
    public double sigma(int point) {
        return sigma[point];
    }

    /** {@return the signals under the chart's rule set} */
    @Override
    public List<Signal> signals() {
        return signals;
    }

    /** {@return a text chart for an 80-column terminal: one line per point, centre line, limits, signals marked} */
    @Override
    public String toString() {
        return TextChart.render(this, type.name().replace("_PRIME", "′") + " chart", centre, upper, lower, List.of(rules));
    }
}

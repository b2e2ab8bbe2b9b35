package org.ccmcoach.pdsa.chart;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ccmcoach.pdsa.CycleId;

/**
 * What run charts and control charts share: the points in time order with their dates,
 * exclusions and parts, a centre line, signals, and the PDSA cycle behind each signal. Drawing code
 * reads a chart through this type.
 *
 * <pre>{@code
 * ProcessChart chart = RunChart.of(series);          // or ControlChart.of(ChartType.P, series)
 * chart.date(0);          // Optional[2025-07-01]
 * chart.partStarts();     // [0, 11]
 * chart.signals().forEach(s -> chart.cycle(s));      // the PDSA cycle behind each signal
 * chart.verdict();        // SIGNAL, NO_SIGNAL or TOO_FEW_POINTS
 * chart.describe(chart.signals().get(0));   // "... shift at 2025-09-01 to 2026-02-01, ..."
 * }</pre>
 *
 * <p>Point and part indices in the API are 0-based; text for a person names a point by its
 * observation's date where the series has dates, else by its 1-based number ({@link #pointName(int)}).
 *
 * <p>Immutable and thread-safe.
 */
public abstract sealed class ProcessChart permits RunChart, ControlChart {

    final ChartData data;

    ProcessChart(ChartData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * The signals the chart's rules found.
     *
     * @return the signals, in rule order, immutable
     */
    public abstract List<Signal> signals();

    /**
     * What each part lets a reader conclude, with the points it rests on and the points its rules need.
     *
     * @return one verdict per part, in order, immutable
     */
    public abstract List<PartVerdict> verdicts();

    /**
     * What the chart lets a reader conclude: {@link Verdict#SIGNAL} if any part with enough points
     * has a signal, else {@link Verdict#TOO_FEW_POINTS} if any part is short (its variation cannot
     * be called random), else {@link Verdict#NO_SIGNAL}.
     *
     * @return the chart's verdict
     */
    public final Verdict verdict() {
        List<PartVerdict> all = verdicts();
        if (all.stream().anyMatch(v -> v.verdict() == Verdict.SIGNAL)) {
            return Verdict.SIGNAL;
        }
        return all.stream().anyMatch(v -> v.verdict() == Verdict.TOO_FEW_POINTS) ? Verdict.TOO_FEW_POINTS
                : Verdict.NO_SIGNAL;
    }

    /**
     * A point as a person reads it: its observation's date where the chart has dates, else
     * {@code "point 4"} for index 3.
     *
     * @param point  the point, 0-based
     * @return its name, not null
     * @throws IndexOutOfBoundsException if there is no such point
     */
    public final String pointName(int point) {
        return date(point).map(LocalDate::toString).orElseGet(() -> "point " + (point + 1));
    }

    /**
     * A signal in words, its points named by date where the chart has dates, else numbered from 1.
     *
     * @param signal  a signal of this chart, not null
     * @return the sentence, not null
     */
    public final String describe(Signal signal) {
        Objects.requireNonNull(signal, "signal");
        return data.dates == null ? signal.toString() : signal.describe(i -> data.dates[i].toString(), false);
    }

    /** Marks the signals of parts with too few points as provisional. */
    static List<Signal> markProvisional(List<Signal> signals, List<PartVerdict> verdicts) {
        return signals.stream()
                .map(s -> verdicts.get(s.part()).verdict() == Verdict.TOO_FEW_POINTS ? s.asProvisional() : s)
                .toList();
    }

    /** Which parts have a signal, in one pass over the signals (a chart may have thousands of parts). */
    static boolean[] signalled(List<Signal> signals, int parts) {
        boolean[] any = new boolean[parts];
        signals.forEach(s -> any[s.part()] = true);
        return any;
    }

    /** A part's verdict from whether it has a signal and its counts. */
    static PartVerdict verdictOf(int part, boolean signalled, int points, int minimum, String counted) {
        Verdict v = points < minimum ? Verdict.TOO_FEW_POINTS : signalled ? Verdict.SIGNAL : Verdict.NO_SIGNAL;
        return new PartVerdict(part, v, points, minimum, counted);
    }

    /**
     * The centre line at a point: its part's median on a run chart, its part's centre on a control chart.
     *
     * @param point  the point, 0-based
     * @return the centre line there
     */
    public abstract double centreLine(int point);

    /**
     * The PDSA cycle a signal is tied to: the cycle that started the signal's part, else the latest
     * annotation citing a cycle on or before the signal's first point (a change explains only what
     * came after it). Empty for charts of bare values.
     *
     * @param signal  a signal of this chart, not null
     * @return the cycle, if any
     */
    public final Optional<CycleId> cycle(Signal signal) {
        return data.cycleFor(signal);
    }

    /**
     * The first point at or after the chart's first change: its first part boundary, the end of its
     * frozen baseline, or the first point dated on or after its first annotation that cites a PDSA
     * cycle, whichever comes first. A signal of two or more points that begins before it carries no
     * direction ({@link Meaning#BEFORE_CHANGE}, {@link Meaning#ACROSS_CHANGE}).
     *
     * @return the point, 0-based; empty if the chart marks no change
     */
    public final java.util.OptionalInt firstChange() {
        int change = data.firstChange();
        return change < data.size() ? java.util.OptionalInt.of(change) : java.util.OptionalInt.empty();
    }

    /**
     * The chart's title: the series' name, empty for a chart of bare values.
     *
     * @return the title, not null
     */
    public final String title() {
        return data.title;
    }

    /**
     * The series the chart was made from, with its annotations and part reasons; empty for a chart
     * of bare values.
     *
     * @return the series, if any
     */
    public final Optional<Series> series() {
        return Optional.ofNullable(data.series);
    }

    /**
     * The date of a point, for a chart made from a series.
     *
     * @param point  the point, 0-based
     * @return the date, empty for a chart of bare values
     * @throws IndexOutOfBoundsException if there is no such point
     */
    public final Optional<LocalDate> date(int point) {
        Objects.checkIndex(point, data.size());
        return data.date(point);
    }

    /**
     * Whether a point is left out of the centre line and the rules (excluded, or not a finite
     * value); it is still drawn.
     *
     * @param point  the point, 0-based
     * @return true if the point is left out
     * @throws IndexOutOfBoundsException if there is no such point
     */
    public final boolean excluded(int point) {
        return !data.useful[Objects.checkIndex(point, data.size())];
    }

    /**
     * The first point of each part, 0 first.
     *
     * @return the part starts, increasing, immutable
     */
    public final List<Integer> partStarts() {
        return Arrays.stream(data.partStarts).boxed().toList();
    }

    /** {@return the number of points} */
    public final int size() {
        return data.size();
    }

    /**
     * The plotted value of a point (NaN for the first point of a moving-range chart).
     *
     * @param point  the point, 0-based
     * @return the value
     */
    public final double value(int point) {
        return data.y[point];
    }
}

package org.ccmcoach.pdsa.chart;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.numbers.combinatorics.LogBinomialCoefficient;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/** The counting behind the run rules: sides, runs, trends, and the limits of the rule sets. */
final class RunRules {

    /** Works in place on the caller's copy. */
    private static final Median MEDIAN = Median.withDefaults().withCopy(false);

    private RunRules() {
    }

    /**
     * The sides of one part's points and their runs (points on the line skipped), computed once per
     * part and shared by every rule that needs them.
     */
    record PartSides(int from, int[] sides, Runs runs) {

        static PartSides of(ChartData data, double[] centre, int part) {
            int from = data.partStart(part);
            int[] sides = RunRules.sides(data, centre, from, data.partEnd(part));
            return new PartSides(from, sides, RunRules.runs(sides, from, true));
        }

        /** The side of a point of the part, by its absolute index. */
        int side(int index) {
            return sides[index - from];
        }
    }

    /** A signal for each run of at least {@code minLength} points on one side of the centre line. */
    static List<Signal> sideRunSignals(RuleSet set, Rule rule, ChartData data, int[] sides, int offset,
                                       Runs runs, int part, int minLength, String lineName) {
        List<Signal> found = new ArrayList<>();
        for (int k = 0; k < runs.count(); k++) {
            if (runs.size(k) >= minLength) {
                int side = sides[runs.first(k) - offset];
                found.add(new Signal(set, rule, runs.points(k), part, data.meaning(side),
                        runs.size(k) + " points " + (side > 0 ? "above" : "below") + " the " + lineName));
            }
        }
        return found;
    }

    /** A signal for each trend of at least {@code minPoints} points (ties counted once) in [from, to). */
    static List<Signal> trendSignals(RuleSet set, ChartData data, int from, int to, int part, int minPoints) {
        List<Signal> found = new ArrayList<>();
        for (int[] t : trends(data, from, to, minPoints)) {
            List<Integer> points = new ArrayList<>();
            for (int i = t[0]; i <= t[1]; i++) {
                if (data.useful[i]) {
                    points.add(i);
                }
            }
            found.add(new Signal(set, Rule.TREND, points, part, data.meaning(t[3]),
                    t[2] + " points going " + (t[3] > 0 ? "up" : "down")));
        }
        return found;
    }

    /** {@return +1 above the centre line, -1 below, 0 on it or not useful} */
    static int[] sides(ChartData data, double[] centre, int from, int to) {
        int[] sides = new int[to - from];
        for (int i = from; i < to; i++) {
            double d = data.y[i] - centre[i];
            sides[i - from] = !data.useful[i] ? 0 : d > 0 ? 1 : d < 0 ? -1 : 0;
        }
        return sides;
    }

    /**
     * Maximal runs of points on one side, by absolute index. With {@code skipZero}, points on the
     * line (side 0) neither count nor break a run; otherwise they break it.
     */
    static Runs runs(int[] sides, int offset, boolean skipZero) {
        int[] indices = new int[sides.length];
        int[] starts = new int[sides.length + 1];
        int n = 0;
        int count = 0;
        int currentSide = 0;
        for (int i = 0; i < sides.length; i++) {
            int s = sides[i];
            if (s == 0) {
                if (!skipZero) {
                    currentSide = 0;
                }
                continue;
            }
            if (s != currentSide) {
                starts[count++] = n;
            }
            currentSide = s;
            indices[n++] = i + offset;
        }
        starts[count] = n;
        return new Runs(indices, starts, count);
    }

    /**
     * Runs as one array of indices and the start of each run in it: a million points cost two int
     * arrays, and a run's points are boxed only when a signal cites them.
     */
    static final class Runs {

        private final int[] indices;
        private final int[] starts;
        private final int count;

        Runs(int[] indices, int[] starts, int count) {
            this.indices = indices;
            this.starts = starts;
            this.count = count;
        }

        /** The number of runs. */
        int count() {
            return count;
        }

        /** The number of points of run k. */
        int size(int k) {
            return starts[k + 1] - starts[k];
        }

        /** The first point of run k. */
        int first(int k) {
            return indices[starts[k]];
        }

        /** The points in all runs. */
        int points() {
            return starts[count];
        }

        /** The longest run's length, 0 if none. */
        int longest() {
            int longest = 0;
            for (int k = 0; k < count; k++) {
                longest = Math.max(longest, size(k));
            }
            return longest;
        }

        /** The points of run k. */
        List<Integer> points(int k) {
            return list(starts[k], starts[k + 1]);
        }

        /** The points of every run, in order. */
        List<Integer> allPoints() {
            return list(0, starts[count]);
        }

        private List<Integer> list(int from, int to) {
            return Points.of(indices, from, to);
        }
    }

    /**
     * Maximal monotone sequences among the useful points of [from, to), equal successive values
     * counted once, of at least {@code minPoints} counted points: returns the indices spanned, the
     * number of distinct values (the points that count) and the direction (+1 up, -1 down). Only
     * those long enough are kept: a long series holds a short sequence every few points.
     */
    static List<int[]> trends(ChartData data, int from, int to, int minPoints) {
        List<int[]> found = new ArrayList<>(); // {firstIndex, lastIndex, countedPoints, direction}
        int first = -1;
        int last = -1;
        int counted = 0;
        int direction = 0;
        double previous = Double.NaN;
        for (int i = from; i < to; i++) {
            if (!data.useful[i]) {
                continue;
            }
            double v = data.y[i];
            if (first < 0) {
                first = i;
                last = i;
                counted = 1;
                previous = v;
                continue;
            }
            if (v == previous) {
                last = i; // a tie neither makes nor breaks the trend
                continue;
            }
            int step = v > previous ? 1 : -1;
            if (direction == 0 || step == direction) {
                direction = step;
                counted++;
                last = i;
            } else {
                if (counted >= minPoints) {
                    found.add(new int[] {first, last, counted, direction});
                }
                // The new trend starts at the last distinct value of the old one.
                first = lastDistinctStart(data, first, last, previous);
                counted = 2;
                direction = step;
                last = i;
            }
            previous = v;
        }
        if (first >= 0 && counted > 1 && counted >= minPoints) {
            found.add(new int[] {first, last, counted, direction});
        }
        return found;
    }

    private static int lastDistinctStart(ChartData data, int first, int last, double value) {
        int start = last;
        for (int i = last; i >= first; i--) {
            if (data.useful[i] && data.y[i] == value) {
                start = i;
            } else if (data.useful[i]) {
                break;
            }
        }
        return start;
    }

    /**
     * The IHI runs limits for n useful points, from the Swed–Eisenhart distribution of the number of
     * runs with n1 = floor(n/2) and n2 = ceil(n/2): {fewest, most} runs not signalling, at 2.5 % in
     * each tail. Too few runs: runs &lt; fewest; too many: runs &gt; most. Each probability is
     * summed from logarithms of binomial coefficients (commons-numbers' log-gamma based
     * {@link LogBinomialCoefficient}); the tests compare the limits with exact integer sums for
     * every n up to 600 and sampled n up to 4,000.
     *
     * <p>Each tail's sum starts where its terms stop underflowing: terms whose logarithm is below
     * {@value #UNDERFLOW} are exactly 0.0 as doubles, so skipping them leaves every sum, and the
     * limits, bit for bit the same. For a million points that is about 20,000 terms a tail instead
     * of 500,000, each binomial evaluated once ({@link RunsProbability}): the difference between
     * 4× and under 1× a sort.
     */
    static int[] runsLimits(int n) {
        if (n < 2) {
            return new int[] {0, Integer.MAX_VALUE};
        }
        int n1 = n / 2;
        int n2 = n - n1;
        double total = LogBinomialCoefficient.value(n, n1);
        int fewest = 2;
        double cumulative = 0;
        RunsProbability lower = new RunsProbability(n1, n2, total);
        for (int r = firstNonZero(n1, n2, total); r <= n; r++) {
            cumulative += lower.of(r);
            if (cumulative > 0.025) {
                fewest = r;
                break;
            }
        }
        int most = n;
        cumulative = 0;
        RunsProbability upper = new RunsProbability(n1, n2, total);
        for (int r = lastNonZero(n1, n2, total); r >= 2; r--) {
            cumulative += upper.of(r);
            if (cumulative > 0.025) {
                most = r;
                break;
            }
        }
        return new int[] {fewest, most};
    }

    /**
     * A logarithm below which {@code Math.exp} returns exactly 0.0 (it underflows below about
     * -745.13), with a margin far wider than the rounding of the log-gamma terms.
     */
    static final double UNDERFLOW = -800;

    /**
     * The first r from 2 whose probability may be nonzero as a double. For r up to n1 - 1 every
     * binomial in P(R = r) grows with r, so the terms below a term that underflows underflow too,
     * and a binary search finds the boundary.
     */
    private static int firstNonZero(int n1, int n2, double logTotal) {
        int low = 2; // every r below low underflows
        int high = n1 - 1; // candidates run up to here
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (largestLogTerm(n1, n2, mid, logTotal) < UNDERFLOW) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * The last r down from n whose probability may be nonzero as a double. For r from n2 + 2 every
     * binomial in P(R = r) shrinks as r grows, so the terms above a term that underflows underflow too.
     */
    private static int lastNonZero(int n1, int n2, double logTotal) {
        int n = n1 + n2;
        int low = n2 + 2; // candidates run down to here
        int high = n; // every r above high underflows
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (largestLogTerm(n1, n2, mid, logTotal) < UNDERFLOW) {
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return high;
    }

    /** The largest of the exponents {@link RunsProbability#of} raises e to for r. */
    private static double largestLogTerm(int n1, int n2, int r, double logTotal) {
        int k = r / 2;
        if (r % 2 == 0) {
            return logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k - 1) - logTotal;
        }
        return Math.max(logChoose(n1 - 1, k) + logChoose(n2 - 1, k - 1) - logTotal,
                logChoose(n1 - 1, k - 1) + logChoose(n2 - 1, k) - logTotal);
    }

    /**
     * P(R = r) for n1 and n2 points on the two sides: 2 C(n1-1, k-1) C(n2-1, k-1) / C(n, n1) for
     * r = 2k, and [C(n1-1, k) C(n2-1, k-1) + C(n1-1, k-1) C(n2-1, k)] / C(n, n1) for r = 2k + 1.
     *
     * <p>A sum over r in steps of one reads each binomial for two or three values of r: this keeps
     * the four for the current k and computes one or two when k moves by one (one when n1 = n2),
     * instead of up to four log-gamma evaluations for each r. The same values in the same
     * expressions give the same probabilities.
     */
    private static final class RunsProbability {

        private final int n1;
        private final int n2;
        private final double logTotal;
        private int k = Integer.MIN_VALUE;
        /** ln C(n1-1, k-1), ln C(n1-1, k), ln C(n2-1, k-1), ln C(n2-1, k). */
        private double a0;
        private double a1;
        private double b0;
        private double b1;

        RunsProbability(int n1, int n2, double logTotal) {
            this.n1 = n1;
            this.n2 = n2;
            this.logTotal = logTotal;
        }

        double of(int r) {
            moveTo(r / 2);
            if (r % 2 == 0) {
                return 2 * Math.exp(a0 + b0 - logTotal);
            }
            return Math.exp(a1 + b0 - logTotal) + Math.exp(a0 + b1 - logTotal);
        }

        private void moveTo(int next) {
            if (next == k) {
                return;
            }
            if (next == k + 1) {
                a0 = a1;
                b0 = b1;
                a1 = logChoose(n1 - 1, next);
                b1 = n2 == n1 ? a1 : logChoose(n2 - 1, next);
            } else if (next == k - 1) {
                a1 = a0;
                b1 = b0;
                a0 = logChoose(n1 - 1, next - 1);
                b0 = n2 == n1 ? a0 : logChoose(n2 - 1, next - 1);
            } else {
                a0 = logChoose(n1 - 1, next - 1);
                a1 = logChoose(n1 - 1, next);
                b0 = logChoose(n2 - 1, next - 1);
                b1 = logChoose(n2 - 1, next);
            }
            k = next;
        }
    }

    /** ln C(m, k), minus infinity where C(m, k) is 0. */
    private static double logChoose(int m, int k) {
        return k < 0 || m < 0 || k > m ? Double.NEGATIVE_INFINITY : LogBinomialCoefficient.value(m, k);
    }

    /** {@return Anhøj's longest-run limit, round(log2(n)) + 3; signal when the longest run is longer} */
    static int longestRunLimit(int n) {
        return (int) Math.round(Math.log(n) / Math.log(2)) + 3;
    }

    /** {@return Anhøj's crossings limit, qbinom(0.05, n - 1, 0.5); signal when there are fewer crossings} */
    static int crossingsLimit(int n) {
        if (n < 2) {
            return 0;
        }
        return BinomialDistribution.of(n - 1, 0.5).inverseCumulativeProbability(0.05);
    }

    static double median(double[] y, boolean[] useful, int from, int to) {
        double[] values = new double[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (useful[i]) {
                values[n++] = y[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        // Selection, not a sort: linear time; the mean of the two middle values when n is even.
        return MEDIAN.evaluate(n == values.length ? values : java.util.Arrays.copyOf(values, n));
    }
}

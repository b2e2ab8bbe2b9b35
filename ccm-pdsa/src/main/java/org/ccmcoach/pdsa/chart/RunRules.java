package org.ccmcoach.pdsa.chart;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/** The counting behind the run rules: sides, runs, trends, and the limits of the rule sets. */
final class RunRules {

    private RunRules() {
    }

    /**
     * The sides of one part's points and their runs (points on the line skipped), computed once per
     * part and shared by every rule that needs them.
     */
    record PartSides(int from, int[] sides, List<List<Integer>> runs) {

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
                                       List<List<Integer>> runs, int part, int minLength, String lineName) {
        List<Signal> found = new ArrayList<>();
        for (List<Integer> run : runs) {
            if (run.size() >= minLength) {
                int side = sides[run.get(0) - offset];
                found.add(new Signal(set, rule, run, part, data.meaning(side),
                        run.size() + " points " + (side > 0 ? "above" : "below") + " the " + lineName));
            }
        }
        return found;
    }

    /** A signal for each trend of at least {@code minPoints} points (ties counted once) in [from, to). */
    static List<Signal> trendSignals(RuleSet set, ChartData data, int from, int to, int part, int minPoints) {
        List<Signal> found = new ArrayList<>();
        for (int[] t : trends(data, from, to)) {
            if (t[2] >= minPoints) {
                List<Integer> points = new ArrayList<>();
                for (int i = t[0]; i <= t[1]; i++) {
                    if (data.useful[i]) {
                        points.add(i);
                    }
                }
                found.add(new Signal(set, Rule.TREND, points, part, data.meaning(t[3]),
                        t[2] + " points going " + (t[3] > 0 ? "up" : "down")));
            }
        }
        return found;
    }

    /**
     * +1 above the centre line, -1 below, 0 on it or not useful.
     *
     * @return +1 above the centre line, -1 below, 0 on it or not useful
     */
    static int[] sides(ChartData data, double[] centre, int from, int to) {
        int[] sides = new int[to - from];
        for (int i = from; i < to; i++) {
            double d = data.y[i] - centre[i];
            sides[i - from] = !data.useful[i] ? 0 : d > 0 ? 1 : d < 0 ? -1 : 0;
        }
        return sides;
    }

    /**
     * Maximal runs of points on one side, as lists of absolute indices. With {@code skipZero},
     * points on the line (side 0) neither count nor break a run; otherwise they break it.
     */
    static List<List<Integer>> runs(int[] sides, int offset, boolean skipZero) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int currentSide = 0;
        for (int i = 0; i < sides.length; i++) {
            int s = sides[i];
            if (s == 0) {
                if (!skipZero && !current.isEmpty()) {
                    runs.add(current);
                    current = new ArrayList<>();
                    currentSide = 0;
                }
                continue;
            }
            if (s != currentSide && !current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
            currentSide = s;
            current.add(i + offset);
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    /**
     * Maximal monotone sequences among the useful points of [from, to), equal successive values
     * counted once: returns the indices spanned, and in {@code counts} the number of distinct
     * values (the points that count) and the direction (+1 up, -1 down).
     */
    static List<int[]> trends(ChartData data, int from, int to) {
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
                found.add(new int[] {first, last, counted, direction});
                // The new trend starts at the last distinct value of the old one.
                first = lastDistinctStart(data, first, last, previous);
                counted = 2;
                direction = step;
                last = i;
            }
            previous = v;
        }
        if (first >= 0 && counted > 1) {
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
     * The IHI runs limits for n useful points, computed exactly from the Swed-Eisenhart
     * distribution with n1 = floor(n/2) and n2 = ceil(n/2): {fewest, most} runs not signalling,
     * at 2.5 % in each tail. Too few runs: runs &lt; fewest; too many: runs &gt; most.
     */
    static int[] runsLimits(int n) {
        if (n < 2) {
            return new int[] {0, Integer.MAX_VALUE};
        }
        int n1 = n / 2;
        int n2 = n - n1;
        BigInteger[] ways = new BigInteger[n + 2];
        for (int r = 0; r < ways.length; r++) {
            ways[r] = BigInteger.ZERO;
        }
        for (int r = 2; r <= n; r++) {
            int k = r / 2;
            if (r % 2 == 0) {
                ways[r] = binomial(n1 - 1, k - 1).multiply(binomial(n2 - 1, k - 1)).shiftLeft(1);
            } else {
                ways[r] = binomial(n1 - 1, k).multiply(binomial(n2 - 1, k - 1))
                        .add(binomial(n1 - 1, k - 1).multiply(binomial(n2 - 1, k)));
            }
        }
        BigInteger total = binomial(n, n1);
        // P > 0.025  <=>  40 * cumulative > total.
        int fewest = 2;
        BigInteger cumulative = BigInteger.ZERO;
        for (int r = 2; r <= n; r++) {
            cumulative = cumulative.add(ways[r]);
            if (cumulative.multiply(BigInteger.valueOf(40)).compareTo(total) > 0) {
                fewest = r;
                break;
            }
        }
        int most = n;
        cumulative = BigInteger.ZERO;
        for (int r = n; r >= 2; r--) {
            cumulative = cumulative.add(ways[r]);
            if (cumulative.multiply(BigInteger.valueOf(40)).compareTo(total) > 0) {
                most = r;
                break;
            }
        }
        return new int[] {fewest, most};
    }

    static BigInteger binomial(int n, int k) {
        if (k < 0 || n < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    /**
     * Anhøj's longest-run limit, round(log2(n)) + 3; signal when the longest run is longer.
     *
     * @return anhøj's longest-run limit, round(log2(n)) + 3; signal when the longest run is longer
     */
    static int longestRunLimit(int n) {
        return (int) Math.round(Math.log(n) / Math.log(2)) + 3;
    }

    /**
     * Anhøj's crossings limit, qbinom(0.05, n - 1, 0.5); signal when there are fewer crossings.
     *
     * @return anhøj's crossings limit, qbinom(0.05, n - 1, 0.5); signal when there are fewer crossings
     */
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
        java.util.Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}

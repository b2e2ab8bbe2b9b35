package org.ccmcoach.pdsa.chart;

import org.ccmcoach.core.value.Plural;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ccmcoach.core.value.Decimals;

/**
 * Renders a chart as text, one line per point, 78 characters wide: the point's number (from 1), date
 * and value, then a strip where {@code o} is a point ({@code *} when a signal cites it, {@code x} when
 * excluded), {@code |} the centre line and {@code [ ]} the limits; part changes, the rule sets, each
 * part's verdict and the signals follow as lines of text.
 */
final class TextChart {

    private static final int STRIP = 50;

    private TextChart() {
    }

    static String render(ProcessChart chart, String kind, double[] centre, double[] upper, double[] lower,
                         List<RuleSet> rules) {
        ChartData data = chart.data;
        List<Signal> signals = chart.signals();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            for (double v : new double[] {data.y[i], centre[i], upper == null ? Double.NaN : upper[i],
                    lower == null ? Double.NaN : lower[i]}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        Set<Integer> cited = new HashSet<>();
        signals.forEach(s -> cited.addAll(s.points()));
        StringBuilder out = new StringBuilder();
        out.append(data.title.isEmpty() ? "" : data.title + " — ").append(kind).append('\n');
        out.append(String.format(Locale.ROOT, "%4s %-10s %10s  %s%n", "#", data.dates == null ? "" : "date", "value",
                axis(lo, hi)));
        for (int i = 0; i < data.size(); i++) {
            if (i > 0 && data.partOf(i) != data.partOf(i - 1)) {
                out.append(String.format(Locale.ROOT, "%4s %s%n", "", "---- part " + (data.partOf(i) + 1)
                        + " " + "-".repeat(40)));
            }
            char[] strip = new char[STRIP];
            java.util.Arrays.fill(strip, ' ');
            if (lower != null && Double.isFinite(lower[i])) {
                strip[column(lower[i], lo, hi)] = '[';
            }
            if (upper != null && Double.isFinite(upper[i])) {
                strip[column(upper[i], lo, hi)] = ']';
            }
            if (Double.isFinite(centre[i])) {
                strip[column(centre[i], lo, hi)] = '|';
            }
            if (Double.isFinite(data.y[i])) {
                strip[column(data.y[i], lo, hi)] = !data.useful[i] ? 'x' : cited.contains(i) ? '*' : 'o';
            }
            String date = data.date(i).map(Object::toString).orElse("");
            String value = Double.isFinite(data.y[i]) ? format(data.y[i]) : "-";
            out.append(String.format(Locale.ROOT, "%4d %-10s %10s  %s%n", i + 1, date, value, new String(strip).stripTrailing()));
        }
        for (RuleSet r : rules) {
            out.append(wrap("rules: " + r.displayName() + " (" + r.version() + ")", "", "  ")).append('\n');
        }
        List<PartVerdict> verdicts = chart.verdicts();
        for (PartVerdict v : verdicts) {
            out.append(wrap((verdicts.size() == 1 ? "verdict: " : "verdict, part " + (v.part() + 1) + ": ") + v, "", "  "))
                    .append('\n');
        }
        if (signals.isEmpty()) {
            out.append("no signals");
        } else {
            out.append(Plural.count(signals.size(), "signal")).append(" (* marks the points):");
            signals.forEach(s -> out.append('\n').append(wrap(chart.describe(s), "  ", "      ")));
        }
        return out.toString();
    }

    /** {@return wraps text at spaces to lines of at most 78 characters} */
    static String wrap(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > 78 && line.length() > rest.length()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(rest);
            }
            line.append(word).append(' ');
        }
        return out.append(line.toString().stripTrailing()).toString();
    }

    private static String axis(double lo, double hi) {
        String left = format(lo);
        String right = format(hi);
        int gap = Math.max(1, STRIP - left.length() - right.length());
        return left + " ".repeat(gap) + right;
    }

    private static int column(double v, double lo, double hi) {
        int c = (int) Math.round((v - lo) / (hi - lo) * (STRIP - 1));
        return Math.max(0, Math.min(STRIP - 1, c));
    }

    private static String format(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 0.01 || a >= 1e6)) {
            return Decimals.significant(v, 3);
        }
        return Decimals.fixed(v, a < 1 ? 4 : 2);
    }
}

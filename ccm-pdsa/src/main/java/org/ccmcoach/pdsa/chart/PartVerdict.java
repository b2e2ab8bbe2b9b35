package org.ccmcoach.pdsa.chart;

import java.util.Objects;

/**
 * The verdict on one part of a chart, with the number of points it rests on and the number its
 * rules need.
 *
 * <p>The minimums are those of {@link RuleSet#minimumPoints()}: 10 useful points (off the centre
 * line) for the runs rules, where qicharts2's run tables start; 12 points under the control limits,
 * this library's choice (see {@link RuleSet#minimumPoints()}).
 *
 * <pre>{@code
 * PartVerdict v = RunChart.of(0.2, 0.3, 0.25).verdicts().get(0);
 * v.verdict();   // TOO_FEW_POINTS
 * v.points();    // 2: the median 0.25 is the third point itself, on the line
 * v.minimum();   // 10
 * v.toString();  // "too few useful points for the runs rules: 2 of the 10 needed; no conclusion"
 * }</pre>
 *
 * @param part  the part, 0-based
 * @param verdict  what the part lets a reader conclude
 * @param points  the points the verdict rests on: useful points for the runs rules, the points
 *     under the limits for control charts
 * @param minimum  the points the rules need
 * @param counted  what was counted, such as {@code "useful points for the runs rules"}
 */
public record PartVerdict(int part, Verdict verdict, int points, int minimum, String counted) {

    /**
     * Checks the parts.
     *
     * @param part  the part, 0-based
     * @param verdict  what the part lets a reader conclude
     * @param points  the points the verdict rests on
     * @param minimum  the points the rules need
     * @param counted  what was counted
     */
    public PartVerdict {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(counted, "counted");
        if ((verdict == Verdict.TOO_FEW_POINTS) != (points < minimum)) {
            throw new IllegalArgumentException("verdict " + verdict + " does not fit " + points + " of " + minimum
                    + " " + counted);
        }
    }

    /**
     * The verdict in words, such as {@code "no signal; 24 useful points for the runs rules (10 needed)"}.
     *
     * @return the verdict in words
     */
    @Override
    public String toString() {
        return switch (verdict) {
            case SIGNAL -> "signal; " + points + " " + counted + " (" + minimum + " needed)";
            case NO_SIGNAL -> "no signal; " + points + " " + counted + " (" + minimum + " needed)";
            case TOO_FEW_POINTS -> "too few " + counted + ": " + points + " of the " + minimum
                    + " needed; no conclusion";
        };
    }
}

package org.ccmcoach.pdsa.chart;

/**
 * What a chart, or one part of it, lets a reader conclude.
 *
 * <p>"No signal" is a finding only when the rules had enough points to find one: a run chart of three
 * points has no signal because it cannot have one, and calling its variation random would be a
 * plausible wrong answer. {@link #TOO_FEW_POINTS} says so; signals found on such a part stay
 * available and are marked {@linkplain Signal#provisional() provisional}.
 *
 * <pre>{@code
 * RunChart.of(0.2, 0.3, 0.25).verdict();   // TOO_FEW_POINTS: 3 useful points, the runs rules need 10
 * }</pre>
 */
public enum Verdict {
    /** At least one rule fired on a part with enough points. */
    SIGNAL,
    /** Enough points, and no rule fired: only common-cause variation is evident. */
    NO_SIGNAL,
    /** Fewer points than the rules need: no conclusion either way. */
    TOO_FEW_POINTS
}

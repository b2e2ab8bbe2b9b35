package org.ccmcoach.pdsa.chart;

/**
 * What a signal means for the measure, from its direction of improvement.
 *
 * <pre>{@code
 * signal.meaning();   // IMPROVEMENT when a falling no-show rate shifts below the median
 * }</pre>
 */
public enum Meaning {
    /** The process moved the better way. */
    IMPROVEMENT,
    /** The process moved the worse way. */
    DETERIORATION,
    /** The rule has no side (too many runs, alternation), or the measure has no direction. */
    UNCLASSIFIED
}

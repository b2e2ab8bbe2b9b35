package org.ccmcoach.core.coaching;

/**
 * What an effectiveness classing does with a practice that has no change on any indicator of the
 * set (no progress snapshot, or none of the set's indicators in it).
 *
 * <p>EvidenceNOW classed facilitators on the practices with outcome data; the sources do not say
 * how practices without data were handled. Either choice changes the share, so the caller makes it
 * and the result states it.
 *
 * <pre>{@code
 * MonthlyReview.effectiveness(engagements, progress, IndicatorSet.evidenceNow(), MissingIndicators.LEAVE_OUT);
 * }</pre>
 */
public enum MissingIndicators {
    /** Left out of the coach's count and listed; the share is of the practices with data. */
    LEAVE_OUT,
    /** Counted in the coach's portfolio as not improved, and listed; the share can only fall. */
    COUNT_AS_NOT_IMPROVED
}

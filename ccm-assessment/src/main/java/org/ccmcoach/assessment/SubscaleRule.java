package org.ccmcoach.assessment;

/**
 * How a subscale's answered items make its score.
 *
 * <pre>{@code
 * SubscaleRule.MEAN;   // the ACIC and the PACIC
 * SubscaleRule.SUM;    // a yes/no checklist: the count of "yes"
 * }</pre>
 */
public enum SubscaleRule {
    /** The mean of the answered items, on the instrument's scale. */
    MEAN,
    /** The sum of the answered items: a count on a 0/1 checklist. */
    SUM
}

package org.ccmcoach.assessment;

/**
 * How an instrument's overall score is made.
 *
 * <pre>{@code
 * OverallRule.MEAN_OF_SUBSCALES;   // the ACIC: the mean of the seven subscale scores
 * OverallRule.MEAN_OF_ITEMS;       // the PACIC: the mean of all answered items
 * }</pre>
 */
public enum OverallRule {
    /** The mean of the subscale scores; needs every subscale scored. */
    MEAN_OF_SUBSCALES,
    /** The mean of every answered item, each counted once. */
    MEAN_OF_ITEMS,
    /** The sum of every answered item, each counted once. */
    SUM_OF_ITEMS,
    /** The instrument has no overall score. */
    NONE
}

package org.ccmcoach.assessment;

/**
 * How a subscale's answered items make its score.
 *
 * <pre>{@code
 * SubscaleRule.MEAN;            // the ACIC and the PACIC
 * SubscaleRule.SUM;             // a yes/no checklist: the count of "yes"
 * SubscaleRule.RESCALED_MEAN;   // a mean put on 0..1, as Practice Adaptive Reserve scores are reported
 * }</pre>
 */
public enum SubscaleRule {
    /** The mean of the answered items, on the instrument's scale. */
    MEAN,
    /**
     * The sum of the answered items: a count on a 0/1 checklist. Under a policy that
     * {@linkplain MissingDataPolicy#prorated() prorates}, a subscale with items missing scores the
     * mean of its answered items times its item count.
     */
    SUM,
    /**
     * The mean of the answered items rescaled to 0..1: {@code (mean - min) / (max - min)} on the
     * instrument's scale, so 0 is every answer at the bottom and 1 every answer at the top. The
     * score keeps the item mean beside it ({@link SubscaleScore#mean()}).
     */
    RESCALED_MEAN
}

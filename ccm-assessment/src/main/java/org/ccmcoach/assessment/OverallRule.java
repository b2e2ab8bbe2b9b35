package org.ccmcoach.assessment;

/**
 * How an instrument's overall score is made.
 *
 * <pre>{@code
 * OverallRule.MEAN_OF_SUBSCALES;   // the ACIC: the mean of the seven subscale scores
 * OverallRule.MEAN_OF_ITEMS;       // the PACIC: the mean of all answered items
 * OverallRule.SUM_OF_ITEMS;        // the PHQ-9: the sum of its nine items, 0..27, in severity bands
 * Instruments.acic35().withOverallRule(OverallRule.MEAN_OF_ELEMENT_SUBSCALES);   // the six CCM elements
 * }</pre>
 */
public enum OverallRule {
    /** The mean of the subscale scores; needs every subscale scored. The ACIC's published seven-part average. */
    MEAN_OF_SUBSCALES,
    /**
     * The mean of the subscales that measure a CCM element ({@link Subscale#element()} present),
     * leaving out the others; needs each of those scored. On the ACIC it is the average of the six
     * element parts without Part 4, the integration of the model's components, which older studies
     * report (Part 4 was added in ACIC 3.5). Scores under this rule are not comparable with the
     * seven-part average: {@code PairedComparison} refuses to pair the two.
     */
    MEAN_OF_ELEMENT_SUBSCALES,
    /** The mean of every answered item, each counted once. */
    MEAN_OF_ITEMS,
    /**
     * The sum of every answered item, each counted once; level bands, if any, cover the sum's range
     * (the PHQ-9's 0..27). Under a policy that {@linkplain MissingDataPolicy#prorated() prorates},
     * a form with items missing scores the mean of its answered items times the item count.
     */
    SUM_OF_ITEMS,
    /**
     * The mean of every answered item rescaled to 0..1, {@code (mean - min) / (max - min)} on the
     * instrument's scale; level bands, if any, cover 0..1.
     */
    RESCALED_MEAN_OF_ITEMS,
    /** The instrument has no overall score. */
    NONE
}

package org.ccmcoach.assessment.comparison;

/**
 * A test of one measure: what {@link ComparisonFamily} needs to adjust a family of them.
 *
 * <pre>{@code
 * List<Comparison> family = List.of(PairedComparison.of(base, follow, "community"), ...);
 * ComparisonFamily.holm("ACIC elements", family);
 * }</pre>
 */
public sealed interface Comparison permits PairedComparison, GroupComparison {

    /**
     * The measure compared: a subscale identifier, {@code "overall"} or {@code "value"}.
     *
     * @return the measure
     */
    String measure();

    /**
     * The two-sided p value, unadjusted.
     *
     * @return the p value
     */
    double p();
}

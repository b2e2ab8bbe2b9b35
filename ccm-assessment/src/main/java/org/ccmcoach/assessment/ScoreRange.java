package org.ccmcoach.assessment;

import org.ccmcoach.core.value.Decimals;

/**
 * The lowest and highest score a rule can give: the item scale for a mean, 0..1 for a rescaled
 * mean, the item count times the scale for a sum (the PHQ-9's 0..27).
 *
 * <pre>{@code
 * Instruments.phq9().overallRange();   // Optional[0..27]
 * }</pre>
 *
 * @param min  the lowest score
 * @param max  the highest score, at least {@code min}
 */
public record ScoreRange(double min, double max) {

    /**
     * Checks the bounds.
     *
     * @param min  the lowest score, finite
     * @param max  the highest score, finite and at least {@code min}
     * @throws IllegalArgumentException if the bounds are not finite or out of order
     */
    public ScoreRange {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("a score range must run from a finite min to a finite max at least as large"
                    + " (was " + min + ".." + max + ")");
        }
    }

    /**
     * {@return whether a score lies in the range, its ends included}
     *
     * @param score  the score
     */
    public boolean contains(double score) {
        return score >= min && score <= max;
    }

    /** {@return {@code 0..27}} */
    @Override
    public String toString() {
        return Decimals.show(min) + ".." + Decimals.show(max);
    }
}

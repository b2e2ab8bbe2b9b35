package org.ccmcoach.core.coaching;

import java.util.Objects;

/**
 * One criterion of an exit decision: met or not, with the observed value and the threshold.
 *
 * <pre>{@code
 * result.toString();   // "not met: at least 3 PDSA cycles completed (observed 2, threshold 3)"
 * }</pre>
 *
 * @param criterion  the criterion
 * @param met  whether the practice meets it
 * @param observed  what was observed, such as "2", "+0.80", "yes" or "not assessed"
 * @param threshold  what was required, such as "3", "+1.00" or "yes"
 */
public record CriterionResult(Criterion criterion, boolean met, String observed, String threshold) {

    /**
     * Checks no part is null.
     *
     * @param criterion  the criterion
     * @param met  whether the practice meets it
     * @param observed  what was observed, such as "2", "+0.80", "yes" or "not assessed"
     * @param threshold  what was required, such as "3", "+1.00" or "yes"
     */
    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(threshold, "threshold");
    }

    @Override
    public String toString() {
        return (met ? "met: " : "not met: ") + criterion + " (observed " + observed + ", threshold " + threshold + ")";
    }
}

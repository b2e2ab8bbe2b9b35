package org.ccmcoach.assessment.dose;

import java.util.Objects;
import org.ccmcoach.core.PracticeId;

/**
 * One practice's delivered dose and the change observed, for a {@link DoseResponse}.
 *
 * @param practice  the practice
 * @param deliveredHours  coaching hours delivered, 0 or more
 * @param change  the change in the outcome (an ACIC score, a measure), in its units
 */
public record DosePoint(PracticeId practice, double deliveredHours, double change) {

    /**
     * Checks the values.
     *
     * @param practice  the practice
     * @param deliveredHours  coaching hours delivered, 0 or more, finite
     * @param change  the change, finite
     */
    public DosePoint {
        Objects.requireNonNull(practice, "practice");
        if (!(deliveredHours >= 0) || !Double.isFinite(deliveredHours)) {
            throw new IllegalArgumentException("DosePoint.deliveredHours: must be a finite number, 0 or more (was "
                    + deliveredHours + ")");
        }
        if (!Double.isFinite(change)) {
            throw new IllegalArgumentException("DosePoint.change: must be a finite number (was " + change + ")");
        }
    }
}

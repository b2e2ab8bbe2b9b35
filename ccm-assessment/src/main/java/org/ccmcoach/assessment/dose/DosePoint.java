package org.ccmcoach.assessment.dose;

import java.util.Objects;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.Invariants;

/**
 * One practice's delivered dose (its hours with its coaches, a joint visit once) and the change observed, for a {@link DoseResponse}.
 *
 * @param practice  the practice
 * @param deliveredHours  the practice's hours with its coaches, each encounter once (not coach hours), 0 or more
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
        Invariants.of(DosePoint.class)
                .require(deliveredHours >= 0 && Double.isFinite(deliveredHours), "deliveredHours",
                        "must be a finite number of at least 0", deliveredHours)
                .require(Double.isFinite(change), "change", "must be a finite number", change)
                .check();
    }
}

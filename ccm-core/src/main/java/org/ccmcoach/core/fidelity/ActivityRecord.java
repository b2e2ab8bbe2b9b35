package org.ccmcoach.core.fidelity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ccmcoach.core.coaching.ActivityType;

/**
 * One scheduled or completed activity and what became of it.
 *
 * @param phase  the phase's index in the template, from 0 (for an added activity, the phase its date falls in, or −1 after the template's end)
 * @param phaseName  the phase's name
 * @param type  the activity type
 * @param name  the activity's name in the template, or the type's for an added one
 * @param scheduled  the scheduled date, empty for an added activity
 * @param completed  the date it took place, empty if it did not
 * @param delivery  on time, late, missed, due or added
 */
public record ActivityRecord(int phase, String phaseName, ActivityType type, String name, Optional<LocalDate> scheduled,
                             Optional<LocalDate> completed, Delivery delivery) {

    /**
     * Checks for nulls.
     *
     * @param phase  the phase's index in the template, from 0 (for an added activity, the phase its date falls in, or −1 after the template's end)
     * @param phaseName  the phase's name
     * @param type  the activity type
     * @param name  the activity's name in the template, or the type's for an added one
     * @param scheduled  the scheduled date, empty for an added activity
     * @param completed  the date it took place, empty if it did not
     * @param delivery  on time, late, missed, due or added
     */
    public ActivityRecord {
        Objects.requireNonNull(phaseName, "phaseName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheduled, "scheduled");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(delivery, "delivery");
    }

    /**
     * Days from the scheduled date to the completion, negative if early.
     *
     * @return the delay, empty unless both dates are known
     */
    public java.util.OptionalLong daysLate() {
        if (scheduled.isEmpty() || completed.isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(java.time.temporal.ChronoUnit.DAYS.between(scheduled.get(), completed.get()));
    }

    @Override
    public String toString() {
        return type + " " + scheduled.map(LocalDate::toString).orElse("unscheduled") + " → "
                + completed.map(LocalDate::toString).orElse("not done") + ": " + delivery;
    }
}

package org.ccmcoach.core.coaching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated activity of an engagement's schedule.
 *
 * <pre>{@code
 * engagement.schedule().get(0);   // 2026-01-05 Phase I ...: Practice team orientation call (PHONE, 60 min)
 * }</pre>
 *
 * @param date  when it is due
 * @param phase  the phase's index, from 0
 * @param phaseName  the phase's name
 * @param activity  the activity
 */
public record ScheduledActivity(LocalDate date, int phase, String phaseName, Activity activity) {

    /**
     * Checks no part is null.
     *
     * @param date  when it is due
     * @param phase  the phase's index, from 0
     * @param phaseName  the phase's name
     * @param activity  the activity
     */
    public ScheduledActivity {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(phaseName, "phaseName");
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String toString() {
        return date + "  " + activity.name() + " (" + activity.mode() + ", " + activity.expectedMinutes() + " min)";
    }
}

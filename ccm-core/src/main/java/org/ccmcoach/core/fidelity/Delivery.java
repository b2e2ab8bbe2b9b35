package org.ccmcoach.core.fidelity;

/**
 * What became of a scheduled activity, or of a completed one the schedule did not hold.
 */
public enum Delivery {
    /** Completed no later than the grace period after its scheduled date. */
    ON_TIME,
    /** Completed, but more than the grace period after its scheduled date. */
    LATE,
    /** Not completed, and its grace period has passed. */
    MISSED,
    /** Not completed, but still within its grace period: neither delivered nor missed yet. */
    DUE,
    /** Completed without a scheduled occurrence left to match: an activity added to the plan. */
    ADDED;

    /**
     * Whether the activity took place.
     *
     * @return true for on time, late and added
     */
    public boolean delivered() {
        return this == ON_TIME || this == LATE || this == ADDED;
    }
}

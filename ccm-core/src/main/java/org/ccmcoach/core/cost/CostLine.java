package org.ccmcoach.core.cost;

/**
 * A line of a {@link CostBreakdown}: what the money went on.
 *
 * <p>The lines are those Culler et al. 2013 costed (start-up, facilitation time, materials,
 * travel and food), with coach time split into time with or for the practice and time
 * travelling, since travel is what a program can change by how it allocates coaches.
 */
public enum CostLine {
    /** Coach time with or for the practice: visits, calls, preparation, as logged or planned. */
    COACH_TIME,
    /** Coach time driving to and from site visits. */
    TRAVEL_TIME,
    /** Miles driven to and from site visits at the mileage rate. */
    MILEAGE,
    /** Food, parking and tolls of site visits. */
    VISIT_EXPENSES,
    /** One-off start-up of a practice: readiness and baseline assessment, orientation. */
    START_UP,
    /** Materials, reports and monitoring of a practice's engagement. */
    MATERIALS,
    /**
     * Expenses charged per occurrence of an activity, beyond coach time and travel: a practice's
     * share of a learning session's venue, faculty and materials ({@link CostModel#activityExpenses()}).
     */
    ACTIVITY_EXPENSES,
    /**
     * Whole coaches employed for a year, whether or not each hour is used: a budget's coach line
     * (in place of {@link #COACH_TIME} and {@link #TRAVEL_TIME}, which price hours used).
     */
    COACH_SALARIES,
    /** Practice staff time spent on a change (business cases only). */
    STAFF_TIME
}

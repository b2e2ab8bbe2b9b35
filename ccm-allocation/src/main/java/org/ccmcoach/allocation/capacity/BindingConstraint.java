package org.ccmcoach.allocation.capacity;

/**
 * What stops a budget from serving more practices.
 */
public enum BindingConstraint {
    /** Nothing: every practice that may be coached is served. */
    NONE,
    /** The money: the next practice by priority would take the costs past the budget. */
    BUDGET,
    /**
     * The coaches: those the budget pays for are full (hours or caseload), and another coach's
     * salary would take the costs past the budget.
     */
    COACHES,
    /**
     * Travel or expertise: every practice this kind of coach can serve is served; the rest are too
     * far or need expertise the profile lacks, and need another kind of coach.
     */
    TRAVEL_OR_EXPERTISE
}

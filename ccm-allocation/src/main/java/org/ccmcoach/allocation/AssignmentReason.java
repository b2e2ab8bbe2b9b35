package org.ccmcoach.allocation;

/**
 * Why a practice got the coach it got; the {@link Assignment}'s text gives the numbers.
 *
 * <pre>{@code
 * allocation.assignments().get(0).reason();   // NEAREST_ELIGIBLE_COACH
 * }</pre>
 */
public enum AssignmentReason {
    /** The practice is pinned to this coach. */
    PINNED,
    /** No other coach may serve the practice (role, expertise, travel, forbidden coaches). */
    ONLY_ELIGIBLE_COACH,
    /** The nearest coach allowed to serve it. */
    NEAREST_ELIGIBLE_COACH,
    /** Nearer or equally near coaches exist, and this one is the practice's current coach (continuity). */
    CURRENT_COACH,
    /** Nearer coaches allowed to serve it were given other practices, to serve more practices or save travel overall. */
    NEARER_COACHES_IN_USE
}

package org.ccmcoach.allocation;

/**
 * The binding reason a practice has no coach: the first of these, in this order, that holds.
 *
 * <pre>{@code
 * allocation.unserved().get(0).reason();   // CAPACITY_TAKEN
 * }</pre>
 */
public enum UnservedReason {
    /** Its triage level rules coaching out under the policy (an exemplar, or survival mode without wanting to engage). */
    NOT_A_CANDIDATE,
    /** No point-of-contact coach that the practice does not forbid. */
    NO_ELIGIBLE_COACH,
    /** No such coach lists the expertise the practice requires. */
    NO_COACH_WITH_EXPERTISE,
    /** No such coach lies within the travel limit. */
    NO_COACH_WITHIN_TRAVEL,
    /** Its load exceeds the full capacity of every coach that may serve it. */
    TOO_LARGE_FOR_ANY_COACH,
    /** The coaches that may serve it are full with practices of higher priority, named in the explanation. */
    CAPACITY_TAKEN
}

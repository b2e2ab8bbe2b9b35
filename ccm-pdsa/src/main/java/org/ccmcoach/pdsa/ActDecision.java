package org.ccmcoach.pdsa;

/**
 * What a team decides at the end of a PDSA cycle.
 *
 * <pre>{@code
 * ActDecision.ADAPT.continuesRamp();   // true: the next cycle tests the refined change
 * }</pre>
 */
public enum ActDecision {
    /** Implement more widely, with a plan to sustain it. */
    ADOPT,
    /** Refine the change and test again. */
    ADAPT,
    /** Discard the change; consider alternatives. */
    ABANDON;

    /** {@return whether another cycle of the same ramp may follow this decision} */
    public boolean continuesRamp() {
        return this != ABANDON;
    }
}

package org.ccmcoach.core.coaching;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a practice stands in its engagement, and which changes are allowed from each status.
 *
 * <pre>{@code
 * EngagementStatus.GRADUATED.canChangeTo(EngagementStatus.RE_ENGAGED);   // true
 * }</pre>
 */
public enum EngagementStatus {
    /** Being coached. */
    ACTIVE,
    /** Coaching paused, for instance during a practice's crisis. */
    PAUSED,
    /** Graduated: it runs QI on its own; kept on the program registry. */
    GRADUATED,
    /** Left the program early. */
    WITHDRAWN,
    /** Coached again after graduating or withdrawing, often after a change of leaders or systems. */
    RE_ENGAGED;

    /** {@return whether the practice is being coached in this status} */
    public boolean coached() {
        return this == ACTIVE || this == RE_ENGAGED;
    }

    /**
     * Whether a change to another status is allowed: a coached practice may pause, graduate or
     * withdraw; a paused one resumes or withdraws; a graduated or withdrawn one may be re-engaged.
     *
     * @param next  the status to change to
     * @return true if allowed
     */
    public boolean canChangeTo(EngagementStatus next) {
        return allowed().contains(next);
    }

    private Set<EngagementStatus> allowed() {
        return switch (this) {
            case ACTIVE, RE_ENGAGED -> EnumSet.of(PAUSED, GRADUATED, WITHDRAWN);
            case PAUSED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case GRADUATED, WITHDRAWN -> EnumSet.of(RE_ENGAGED);
        };
    }
}

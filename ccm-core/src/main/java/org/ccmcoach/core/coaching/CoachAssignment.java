package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A coach in an engagement, with the role played there.
 *
 * <pre>{@code
 * CoachAssignment.of(CoachId.of("coach-ana"), EngagementRole.POINT_OF_CONTACT);
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableCoachAssignment.class)
public abstract class CoachAssignment {

    CoachAssignment() {
    }

    /** {@return the coach} */
    @Value.Parameter
    @NotNull
    public abstract CoachId coach();

    /** {@return the role} */
    @Value.Parameter
    @NotNull
    public abstract EngagementRole role();

    /**
     * Obtains an assignment.
     *
     * @param coach  the coach
     * @param role  the role
     * @return the assignment, not null
     */
    public static CoachAssignment of(CoachId coach, EngagementRole role) {
        return ImmutableCoachAssignment.of(coach, role);
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public String toString() {
        return coach() + " (" + role() + ")";
    }
}

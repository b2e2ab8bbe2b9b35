package org.ccmcoach.allocation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.OptionalInt;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A coach as the allocator sees it: capacity, caseload cap, base and role.
 *
 * <p>Capacity in hours a month is the coach's {@link Coach#fte()} times the policy's
 * {@link AllocationPolicy#hoursPerFteMonth()}; travel is measured from the coach's
 * {@link Coach#homeLocation()} unless the problem supplies travel times. Practices are given to
 * {@link EngagementRole#POINT_OF_CONTACT} coaches, one each; {@link EngagementRole#TECHNICAL_ASSISTANCE}
 * coaches form a pool that supports many practices each, beside their point-of-contact coach (the
 * AHRQ pilot's shape: one technical-assistance coach for all nine teams), with the policy's
 * {@link AllocationPolicy#technicalAssistanceHours()} and visits per practice.
 * {@link EngagementRole#BEHAVIOURAL_HEALTH} coaches form a second such pool that serves only the
 * practices that {@link PracticeProfile#needsBehaviouralHealth() need behavioural-health coaching}
 * (ccm's reading of an integrated-care program's interdisciplinary coaching team; Henwood et al. 2020), with the policy's
 * {@link AllocationPolicy#behaviouralHealthHours()} and visits.
 *
 * <pre>{@code
 * CoachProfile ana = CoachProfile.builder().coach(anaCoach).caseloadCap(6).build();
 * CoachProfile same = CoachProfile.of(anaCoach);   // the policy's caseload cap
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableCoachProfile.class)
public abstract class CoachProfile implements WithCoachProfile {

    CoachProfile() {
    }

    /**
     * Starts building a coach profile.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A point-of-contact profile with the policy's caseload cap.
     *
     * @param coach  the coach, not null
     * @return the profile, not null
     */
    public static CoachProfile of(Coach coach) {
        return builder().coach(coach).build();
    }

    /** Builds a {@link CoachProfile}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableCoachProfile.Builder {
        Builder() {
        }
    }

    /**
     * The coach: id, name, FTE, expertise and home base.
     *
     * @return the coach, not null
     */
    @NotNull
    public abstract Coach coach();

    /**
     * The coach's id, for short.
     *
     * @return the coach's id
     */
    public final CoachId id() {
        return coach().id();
    }

    /**
     * The most practices this coach carries, if it differs from the policy's default.
     *
     * @return the cap, at least 1, empty for the policy's default
     */
    @Positive
    public abstract OptionalInt caseloadCap();

    /**
     * The coach's role in the program; {@link EngagementRole#POINT_OF_CONTACT} by default.
     *
     * @return the role, not null
     */
    @Value.Default
    @NotNull
    public EngagementRole role() {
        return EngagementRole.POINT_OF_CONTACT;
    }

    /**
     * Hours a month this coach gives to practices under a policy.
     *
     * @param policy  the policy, not null
     * @return FTE × hours per FTE
     */
    public final double capacityHours(AllocationPolicy policy) {
        return coach().fte() * policy.hoursPerFteMonth();
    }

    /**
     * The caseload cap under a policy: the coach's own or the policy's default.
     *
     * @param policy  the policy, not null
     * @return the cap, at least 1
     */
    public final int caseloadCap(AllocationPolicy policy) {
        return caseloadCap().orElse(policy.defaultCaseloadCap());
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }
}

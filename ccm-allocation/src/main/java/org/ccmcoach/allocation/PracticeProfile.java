package org.ccmcoach.allocation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A practice as the allocator sees it: what it needs from a coach and which coaches it may have.
 *
 * <p>Its priority for a coach is, in order: a triage candidate before a practice not yet triaged,
 * then the higher readiness count (the "yes" answers of the handbook's 8-item baseline checklist;
 * a practice without one ranks below 0), then the caller's own {@link #priority()} (higher first),
 * then the practice id, so that equal claims are settled the same way whatever the input order.
 * Its need follows from its intensity, scope, maturity and other resources through the
 * {@link AllocationPolicy}.
 *
 * <pre>{@code
 * PracticeProfile p = PracticeProfile.builder()
 *         .practice(riverside)
 *         .triage(TriageLevel.LOW_FUNCTIONAL)
 *         .readiness(6)
 *         .scope(ChangeScope.SYSTEM_WIDE)
 *         .addRequiredExpertise("registry")
 *         .needsBehaviouralHealth(true)
 *         .currentCoach(CoachId.of("coach-ana"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutablePracticeProfile.class)
public abstract class PracticeProfile implements WithPracticeProfile {

    PracticeProfile() {
    }

    /**
     * Starts building a practice profile.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A profile with every default: not triaged, standard needs, no constraints.
     *
     * @param practice  the practice, not null
     * @return the profile, not null
     */
    public static PracticeProfile of(Practice practice) {
        return builder().practice(practice).build();
    }

    /** Builds a {@link PracticeProfile}; {@link #build()} validates it. */
    public static final class Builder extends ImmutablePracticeProfile.Builder {
        Builder() {
        }
    }

    /**
     * The practice: its id, name and location.
     *
     * @return the practice, not null
     */
    @NotNull
    public abstract Practice practice();

    /**
     * The practice's id, for short.
     *
     * @return the practice's id
     */
    public final PracticeId id() {
        return practice().id();
    }

    /**
     * The triage level from the readiness assessment, if done.
     *
     * @return the triage level, empty when not triaged
     */
    public abstract Optional<TriageLevel> triage();

    /**
     * Whether a survival-mode practice wants to engage (the handbook's split); false by default.
     *
     * @return whether the practice wants to engage
     */
    @Value.Default
    public boolean wantsToEngage() {
        return false;
    }

    /**
     * "Yes" answers on the 8-item baseline readiness checklist, if taken.
     *
     * @return 0 to 8, empty when not taken
     */
    @PositiveOrZero
    @Max(8)
    public abstract OptionalInt readiness();

    /**
     * The caller's own priority among practices of equal triage and readiness; higher first, 0 by default.
     *
     * @return the priority
     */
    @Value.Default
    public int priority() {
        return 0;
    }

    /**
     * The coaching intensity, if it differs from the policy's default.
     *
     * @return the intensity, empty for the policy's default
     */
    public abstract Optional<Intensity> intensity();

    /**
     * The scope of change; one condition by default.
     *
     * @return the scope, not null
     */
    @Value.Default
    @NotNull
    public ChangeScope scope() {
        return ChangeScope.SINGLE_CONDITION;
    }

    /**
     * The practice's improvement maturity; {@link Maturity#DEVELOPING} by default.
     *
     * @return the maturity, not null
     */
    @Value.Default
    @NotNull
    public Maturity maturity() {
        return Maturity.DEVELOPING;
    }

    /**
     * Facilitation help the practice has besides its coach.
     *
     * @return the resources, immutable
     */
    public abstract Set<@NotNull FacilitationResource> otherResources();

    /**
     * Expertise areas its coach must list ({@link Coach#expertise()}).
     *
     * @return the required areas, immutable
     */
    public abstract Set<@Pattern(regexp = Coach.EXPERTISE_FORMAT, message = "must be a lower-case key such as \"registry\" or \"ehr-reporting\"") String> requiredExpertise();

    /**
     * Whether the practice needs a behavioural-health coach beside its point-of-contact coach, as
     * practices integrating behavioural health into primary care do; false by default. Only such
     * practices may have one ({@link AllocationRule#BEHAVIOURAL_HEALTH_NEED}); see
     * {@link Allocation#behaviouralHealth()}.
     *
     * @return whether it needs behavioural-health coaching
     */
    @Value.Default
    public boolean needsBehaviouralHealth() {
        return false;
    }

    /**
     * The coach the practice has now, kept when it costs no travel (continuity).
     *
     * @return the current coach, empty if none
     */
    public abstract Optional<CoachId> currentCoach();

    /**
     * The coach the practice must have. A pinned practice is always served, by that coach.
     *
     * @return the pinned coach, empty if none
     */
    public abstract Optional<CoachId> pinnedCoach();

    /**
     * Coaches the practice must not have.
     *
     * @return the forbidden coaches, immutable
     */
    public abstract Set<@NotNull CoachId> forbiddenCoaches();

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("pinnedCoach", p -> p.pinnedCoach().map(c -> !p.forbiddenCoaches().contains(c)).orElse(true),
                        "must not be one of forbiddenCoaches", PracticeProfile::pinnedCoach)
                .require("wantsToEngage", p -> !p.wantsToEngage() || p.triage().orElse(null) == TriageLevel.SURVIVAL,
                        "may be true only for a practice triaged SURVIVAL", PracticeProfile::triage)
                .check();
    }
}

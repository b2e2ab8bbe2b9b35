package org.ccmcoach.allocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.Finite;
import org.ccmcoach.core.value.Invariants;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One practice's point-of-contact coach in an {@link Allocation}: the load it adds and why this coach.
 *
 * <pre>{@code
 * Assignment a = allocation.assignments().get(0);
 * a.load();          // coaching hours + travel hours a month
 * a.explanation();   // "nearest eligible coach, 35 min one way"
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableAssignment.class, converter = ReadChecks.Assignments.class)
public abstract class Assignment implements WithAssignment {

    Assignment() {
    }

    /**
     * Starts building an assignment.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Assignment}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableAssignment.Builder {
        Builder() {
        }
    }

    /**
     * The practice served.
     *
     * @return the practice's id, not null
     */
    @NotNull
    public abstract PracticeId practice();

    /**
     * Its point-of-contact coach.
     *
     * @return the coach's id, not null
     */
    @NotNull
    public abstract CoachId coach();

    /**
     * Coaching hours a month, travel excluded.
     *
     * @return hours, 0 or more
     */
    @PositiveOrZero
    @Finite
    public abstract double coachingHours();

    /**
     * Travel hours a month for the practice's visits.
     *
     * @return hours, 0 or more
     */
    @PositiveOrZero
    @Finite
    public abstract double travelHours();

    /**
     * One-way travel time from the coach's base.
     *
     * @return minutes, 0 or more
     */
    @PositiveOrZero
    @Finite
    public abstract double oneWayMinutes();

    /**
     * Why this coach.
     *
     * @return the reason, not null
     */
    @NotNull
    public abstract AssignmentReason reason();

    /**
     * Why this coach, with the numbers.
     *
     * @return the explanation, not blank
     */
    @NotBlank
    public abstract String explanation();

    /**
     * The load the practice adds to the coach: coaching plus travel hours a month.
     *
     * @return hours a month
     */
    public final double load() {
        return coachingHours() + travelHours();
    }

    /**
     * Returns {@code p-17 → coach-ana (13.6 h/month: nearest eligible coach, 35 min one way)}.
     *
     * @return the assignment in one line
     */
    @Override
    public final String toString() {
        return practice() + " → " + coach() + " (" + Instance.hours(load()) + "/month: "
                + explanation() + ")";
    }

    /**
     * Checks the assignment's invariants in plain code, as every value ccm computes does: no reflection per
     * value. One read from JSON is checked fully where it is read ({@link ReadChecks}).
     */
    @Value.Check
    final void validate() {
        Invariants.of(Assignment.class)
                .requireNonNull(practice(), "practice")
                .requireNonNull(coach(), "coach")
                .require(Double.isFinite(coachingHours()), "coachingHours", "must be a finite number", coachingHours())
                .require(!Double.isFinite(coachingHours()) || coachingHours() >= 0, "coachingHours",
                        "must be at least 0", coachingHours())
                .require(Double.isFinite(travelHours()), "travelHours", "must be a finite number", travelHours())
                .require(!Double.isFinite(travelHours()) || travelHours() >= 0, "travelHours",
                        "must be at least 0", travelHours())
                .require(Double.isFinite(oneWayMinutes()), "oneWayMinutes", "must be a finite number", oneWayMinutes())
                .require(!Double.isFinite(oneWayMinutes()) || oneWayMinutes() >= 0, "oneWayMinutes",
                        "must be at least 0", oneWayMinutes())
                .requireNonNull(reason(), "reason")
                .require(notBlank(explanation()), "explanation", "must not be blank", explanation())
                .check();
    }

    /** Jakarta's {@code @NotBlank}: not null, and something besides characters up to U+0020. */
    static boolean notBlank(String text) {
        return text != null && !text.trim().isEmpty();
    }
}

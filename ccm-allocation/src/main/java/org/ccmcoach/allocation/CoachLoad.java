package org.ccmcoach.allocation;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.value.Finite;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.OptionalInt;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Plural;
import org.ccmcoach.core.value.Invariants;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A coach's share of an {@link Allocation}: practices, hours and utilization.
 *
 * <pre>{@code
 * CoachLoad l = allocation.coachLoads().get(0);
 * l.utilization();   // 0.93: hours used over capacity
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableCoachLoad.class, converter = ReadChecks.CoachLoads.class)
public abstract class CoachLoad implements WithCoachLoad {

    CoachLoad() {
    }

    /**
     * Starts building a coach load.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CoachLoad}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableCoachLoad.Builder {
        Builder() {
        }
    }

    /**
     * The coach.
     *
     * @return the coach's id, not null
     */
    @NotNull
    public abstract CoachId coach();

    /**
     * The coach's practices, highest priority first.
     *
     * @return the practices, immutable
     */
    public abstract List<@NotNull PracticeId> practices();

    /**
     * Hours a month the coach has for practices.
     *
     * @return hours, more than 0
     */
    @Positive
    @Finite
    public abstract double capacityHours();

    /**
     * Hours a month the practices take, travel included.
     *
     * @return hours, 0 or more
     */
    @PositiveOrZero
    @Finite
    public abstract double hours();

    /**
     * The part of {@link #hours()} spent travelling.
     *
     * @return hours, 0 or more
     */
    @PositiveOrZero
    @Finite
    public abstract double travelHours();

    /**
     * The most practices the coach carries.
     *
     * @return the cap, at least 1; empty for a technical-assistance coach whose profile sets none
     *         (the policy's default cap is for point-of-contact coaches)
     */
    @Positive
    public abstract OptionalInt caseloadCap();

    /**
     * The number of practices.
     *
     * @return the caseload
     */
    public final int caseload() {
        return practices().size();
    }

    /**
     * Hours used over capacity.
     *
     * @return 0 to 1 in a valid allocation
     */
    public final double utilization() {
        return hours() / capacityHours();
    }

    /**
     * Returns {@code coach-ana: 9 practices of a caseload cap of 10, 130.4 of 140 h (93 %), 18.2 h travel}:
     * the cap is named, so that 10 does not read as the practices the coach could take on.
     *
     * @return the load in one line
     */
    @Override
    public final String toString() {
        return coach() + ": " + Plural.count(caseload(), "practice")
                + (caseloadCap().isPresent() ? " of a caseload cap of " + caseloadCap().getAsInt() : "")
                + ", " + Decimals.fixed(hours(), 1) + " of " + Decimals.fixed(capacityHours(), 1) + " h ("
                + Decimals.fixed(100 * utilization(), 0) + " %), " + Decimals.fixed(travelHours(), 1) + " h travel";
    }

    /**
     * Checks the load's invariants in plain code, as every value ccm computes does: no reflection per
     * value. One read from JSON is checked fully where it is read ({@link ReadChecks}).
     */
    @Value.Check
    final void validate() {
        Invariants.of(CoachLoad.class)
                .requireNonNull(coach(), "coach")
                .requireNonNullElements(practices(), "practices")
                .require(Double.isFinite(capacityHours()), "capacityHours", "must be a finite number", capacityHours())
                .require(!Double.isFinite(capacityHours()) || capacityHours() > 0, "capacityHours",
                        "must be more than 0", capacityHours())
                .require(Double.isFinite(hours()), "hours", "must be a finite number", hours())
                .require(!Double.isFinite(hours()) || hours() >= 0, "hours", "must be at least 0", hours())
                .require(Double.isFinite(travelHours()), "travelHours", "must be a finite number", travelHours())
                .require(!Double.isFinite(travelHours()) || travelHours() >= 0, "travelHours",
                        "must be at least 0", travelHours())
                .require(caseloadCap().isEmpty() || caseloadCap().getAsInt() > 0, "caseloadCap", "must be more than 0",
                        caseloadCap().isPresent() ? caseloadCap().getAsInt() : null)
                .check();
    }
}

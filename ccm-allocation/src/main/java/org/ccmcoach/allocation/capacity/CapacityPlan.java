package org.ccmcoach.allocation.capacity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Invariants;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.util.StdConverter;

/**
 * How many coaches of one profile a set of practices needs: the answer of {@link CapacityPlanner}.
 *
 * <pre>{@code
 * CapacityPlan plan = CapacityPlanner.plan(policy, practices, profile);
 * plan.lowerBound();      // no fewer coaches can serve them all: max of the hours and caseload bounds
 * plan.coachesNeeded();   // OptionalInt[13]: the fewest with which the allocator serves every one
 * plan.assumptions();     // what the count rests on, such as the caseload cap and what that cap is
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableCapacityPlan.class, converter = CapacityPlan.Reads.class)
public abstract class CapacityPlan implements WithCapacityPlan {

    CapacityPlan() {
    }

    /**
     * Starts building a capacity plan.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CapacityPlan}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableCapacityPlan.Builder {
        Builder() {
        }
    }

    /**
     * Coaches needed by hours alone: the practices' total load over one coach's capacity, rounded up.
     *
     * @return the bound, 0 or more
     */
    @PositiveOrZero
    public abstract int hoursBound();

    /**
     * Coaches needed by caseload alone: the number of practices over the caseload cap, rounded up.
     *
     * @return the bound, 0 or more
     */
    @PositiveOrZero
    public abstract int caseloadBound();

    /**
     * The smallest number of coaches with which the allocator serves every practice this profile can
     * serve; empty when there are none to serve.
     *
     * @return the count
     */
    public abstract OptionalInt coachesNeeded();

    /**
     * Practices that may be coached but that no coach of this profile can serve (travel limit,
     * expertise, or a load above a whole coach's capacity); they need another kind of coach.
     *
     * @return the practices, immutable
     */
    public abstract List<@NotNull PracticeId> unservable();

    /**
     * What the count rests on, in plain sentences: every coach a copy of one profile (its FTE and
     * hours), the caseload cap no coach passes and what that cap is (the policy's default of 10 is
     * EvidenceNOW's mean caseload, not an observed maximum), and the coach assignments set aside.
     * A lower cap plans more coaches, a higher one fewer: the count is no better than these.
     *
     * @return the assumptions, immutable; empty for a plan built by hand
     */
    public abstract List<@NotNull String> assumptions();

    /**
     * The allocation with {@link #coachesNeeded()} coaches.
     *
     * @return the allocation, empty when there are no practices to serve
     */
    public abstract Optional<Allocation> allocation();

    /**
     * No fewer coaches can serve every servable practice: the larger of the two bounds.
     *
     * @return the lower bound
     */
    public final int lowerBound() {
        return Math.max(hoursBound(), caseloadBound());
    }

    /**
     * Returns {@code CapacityPlan[lower bound 12 (hours 12, caseload 12), needed 13, unservable 0; assumes ...]},
     * the {@link #assumptions()} joined by semicolons, so that the count is never shown without them.
     *
     * @return a one-line summary
     */
    @Override
    public final String toString() {
        return "CapacityPlan[lower bound " + lowerBound() + " (hours " + hoursBound() + ", caseload " + caseloadBound()
                + "), needed " + (coachesNeeded().isPresent() ? String.valueOf(coachesNeeded().getAsInt()) : "none")
                + ", unservable " + unservable().size()
                + (assumptions().isEmpty() ? "" : "; assumes " + String.join("; ", assumptions())) + "]";
    }

    /**
     * Checks the plan's invariants in plain code, as every value ccm computes does: no reflection per
     * plan. One read from JSON is checked fully where it is read ({@link Reads}).
     */
    @Value.Check
    final void validate() {
        Invariants invariants = Invariants.of(CapacityPlan.class)
                .require(hoursBound() >= 0, "hoursBound", "must be at least 0", hoursBound())
                .require(caseloadBound() >= 0, "caseloadBound", "must be at least 0", caseloadBound())
                .requireNonNullElements(unservable(), "unservable")
                .requireNonNullElements(assumptions(), "assumptions");
        invariants.check();   // the rule below reads the bounds
        invariants.require(coachesNeeded().orElse(Integer.MAX_VALUE) >= lowerBound(), "coachesNeeded",
                        "must not be below the lower bound", coachesNeeded())
                .check();
    }

    /** Checks a plan read from a document fully: it is outside input. */
    static final class Reads extends StdConverter<CapacityPlan, CapacityPlan> {

        @Override
        public CapacityPlan convert(CapacityPlan plan) {
            return CcmValidator.check(plan);
        }
    }
}

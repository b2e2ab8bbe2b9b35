package org.ccmcoach.allocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.Invariants;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One rule an allocation breaks, found by {@link AllocationChecker}, with the numbers.
 *
 * <pre>{@code
 * Breach b = AllocationChecker.check(problem, byHand).get(0);
 * b.rule();      // CAPACITY_HOURS
 * b.message();   // "coach-ana: 152.3 h a month assigned, capacity 140 h"
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableBreach.class, converter = ReadChecks.Breaches.class)
public abstract class Breach implements WithBreach {

    Breach() {
    }

    /**
     * Starts building a breach.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Breach}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableBreach.Builder {
        Builder() {
        }
    }

    /**
     * The rule broken.
     *
     * @return the rule, not null
     */
    @NotNull
    public abstract AllocationRule rule();

    /**
     * The practice concerned, if the rule concerns one.
     *
     * @return the practice's id
     */
    public abstract Optional<PracticeId> practice();

    /**
     * The coach concerned, if the rule concerns one.
     *
     * @return the coach's id
     */
    public abstract Optional<CoachId> coach();

    /**
     * What is wrong, with the numbers.
     *
     * @return the message, not blank
     */
    @NotBlank
    public abstract String message();

    /**
     * Returns {@code CAPACITY_HOURS: coach-ana: 152.3 h a month assigned, capacity 140 h}.
     *
     * @return the breach in one line
     */
    @Override
    public final String toString() {
        return rule() + ": " + message();
    }

    /**
     * Checks the breach's invariants in plain code, as every value ccm computes does: no reflection per
     * value. One read from JSON is checked fully where it is read ({@link ReadChecks}).
     */
    @Value.Check
    final void validate() {
        Invariants.of(Breach.class)
                .requireNonNull(rule(), "rule")
                .require(Assignment.notBlank(message()), "message", "must not be blank", message())
                .check();
    }
}

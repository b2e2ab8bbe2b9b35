package org.ccmcoach.allocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.Invariants;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A practice left without a coach, with the binding reason.
 *
 * <pre>{@code
 * Unserved u = allocation.waitlist().get(0);
 * u.reason();          // CAPACITY_TAKEN
 * u.displacedBy();     // the higher-priority practices holding the capacity it would need
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableUnserved.class, converter = ReadChecks.Unserveds.class)
public abstract class Unserved implements WithUnserved {

    Unserved() {
    }

    /**
     * Starts building an unserved entry.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Unserved}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableUnserved.Builder {
        Builder() {
        }
    }

    /**
     * The practice without a coach.
     *
     * @return the practice's id, not null
     */
    @NotNull
    public abstract PracticeId practice();

    /**
     * The binding reason.
     *
     * @return the reason, not null
     */
    @NotNull
    public abstract UnservedReason reason();

    /**
     * The reason with the numbers.
     *
     * @return the explanation, not blank
     */
    @NotBlank
    public abstract String explanation();

    /**
     * For {@link UnservedReason#CAPACITY_TAKEN}: the practices of higher priority served by the
     * coaches that could have served this one; empty for other reasons.
     *
     * @return the practices, highest priority first, immutable
     */
    public abstract List<@NotNull PracticeId> displacedBy();

    /**
     * Returns {@code p-40: CAPACITY_TAKEN — ...}.
     *
     * @return the entry in one line
     */
    @Override
    public final String toString() {
        return practice() + ": " + reason() + " — " + explanation();
    }

    /**
     * Checks the entry's invariants in plain code, as every value ccm computes does: no reflection per
     * value. One read from JSON is checked fully where it is read ({@link ReadChecks}).
     */
    @Value.Check
    final void validate() {
        Invariants.of(Unserved.class)
                .requireNonNull(practice(), "practice")
                .requireNonNull(reason(), "reason")
                .require(Assignment.notBlank(explanation()), "explanation", "must not be blank", explanation())
                .requireNonNullElements(displacedBy(), "displacedBy")
                .check();
    }
}

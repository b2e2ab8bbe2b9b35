package org.ccmcoach.core.fidelity;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.ccmcoach.core.value.Invariants;

/**
 * One part of fidelity counted as components planned and delivered: the key changes the schedule
 * planned and those the log records ({@linkplain EngagementFidelity#content() content}), or the
 * practice roles the schedule expects and those the log shows present
 * ({@linkplain EngagementFidelity#coverage() coverage}).
 *
 * <pre>{@code
 * f.content().share();     // OptionalDouble[0.8]: 4 of 5 planned key changes worked on
 * f.content().missing();   // [ASSURE_SELF_MANAGEMENT_SUPPORT]
 * }</pre>
 *
 * @param <T>  what is counted
 * @param part  "content" or "coverage"
 * @param planned  what the schedule planned up to the date assessed, in schedule order
 * @param delivered  those of them the log records, a subset of {@code planned}
 */
public record Adherence<T>(String part, Set<T> planned, Set<T> delivered) {

    /**
     * Copies the sets, keeping their order, and checks that only planned components are delivered.
     *
     * @param part  "content" or "coverage"
     * @param planned  what was planned
     * @param delivered  what of it was delivered
     */
    public Adherence {
        Objects.requireNonNull(part, "part");
        planned = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(planned));
        delivered = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(delivered));
        Invariants.of(Adherence.class).require(planned.containsAll(delivered), "delivered", "must be planned", delivered)
                .check();
    }

    /** {@return what was planned and not delivered, in planning order} */
    public Set<T> missing() {
        Set<T> out = new LinkedHashSet<>(planned);
        out.removeAll(delivered);
        return java.util.Collections.unmodifiableSet(out);
    }

    /** {@return delivered over planned, empty when nothing was planned (a share of nothing is not 100 %)} */
    public OptionalDouble share() {
        return planned.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(delivered.size() / (double) planned.size());
    }

    @Override
    public String toString() {
        return part + ": " + delivered.size() + " of " + planned.size() + (missing().isEmpty() ? "" : ", missing " + missing());
    }
}

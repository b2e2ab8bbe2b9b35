package org.ccmcoach.assessment.change;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.Decimals;

/**
 * How one score moved between two assessments: before, after, and the levels.
 *
 * <pre>{@code
 * ScoreChange c = change.measure("decision-support");
 * c.delta();              // OptionalDouble[1.25]
 * c.levelTransition();    // Optional["C → B"]
 * }</pre>
 *
 * @param measure  the subscale identifier, or {@code overall}
 * @param before  the baseline score, empty if not scored
 * @param after  the follow-up score, empty if not scored
 * @param levelBefore  the baseline level, if any
 * @param levelAfter  the follow-up level, if any
 */
public record ScoreChange(String measure, OptionalDouble before, OptionalDouble after,
                          Optional<String> levelBefore, Optional<String> levelAfter) {

    /**
     * Checks that no part is null.
     *
     * @param measure  the subscale identifier, or {@code overall}
     * @param before  the baseline score, empty if not scored
     * @param after  the follow-up score, empty if not scored
     * @param levelBefore  the baseline level, if any
     * @param levelAfter  the follow-up level, if any
     */
    public ScoreChange {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(levelBefore, "levelBefore");
        Objects.requireNonNull(levelAfter, "levelAfter");
    }

    /** {@return after minus before, empty unless both were scored} */
    public OptionalDouble delta() {
        return before.isPresent() && after.isPresent()
                ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty();
    }

    /** {@return whether both levels are known and differ} */
    public boolean levelChanged() {
        return levelBefore.isPresent() && levelAfter.isPresent() && !levelBefore.equals(levelAfter);
    }

    /** {@return the level change as {@code "C → B"}, when both levels are known and differ} */
    public Optional<String> levelTransition() {
        return levelChanged() ? Optional.of(levelBefore.get() + " → " + levelAfter.get()) : Optional.empty();
    }

    /** {@return {@code decision-support 4.50 → 5.75 +1.25 C → B}} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-30s %5s → %5s  %6s  %s", measure, Decimals.fixed(before, 2), Decimals.fixed(after, 2),
                delta().isPresent() ? Decimals.signed(delta().getAsDouble(), 2) : "-",
                levelTransition().orElse(levelAfter.orElse(""))).stripTrailing();
    }
}

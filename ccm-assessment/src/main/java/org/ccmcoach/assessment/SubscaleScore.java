package org.ccmcoach.assessment;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Invariants;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The score of one subscale in a {@link ScoreReport}: the value, how many items it rests on, its
 * level, and why it was not scored when it was not.
 *
 * <pre>{@code
 * SubscaleScore s = report.subscale("decision-support");
 * s.mean();       // OptionalDouble: the mean of the answered items, when scored
 * s.level();      // Optional<String>: "C"
 * s.reason();     // Optional<String>: why not scored
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableSubscaleScore.class, converter = KnownInstrument.SubscaleScores.class)
public abstract class SubscaleScore {

    SubscaleScore() {
    }

    /** {@return the subscale's identifier} */
    @NotNull
    public abstract String id();

    /** {@return the subscale's title} */
    @NotBlank
    @PlainText
    public abstract String title();

    /** {@return the CCM element the subscale measures, if any} */
    public abstract Optional<CcmElement> element();

    /** {@return the score by the instrument's subscale rule (mean or sum), empty when not scored} */
    public abstract OptionalDouble score();

    /** {@return the mean of the answered items, empty when not scored} */
    public abstract OptionalDouble mean();

    /** {@return how many of its items were answered} */
    @PositiveOrZero
    public abstract int answered();

    /** {@return how many of its items were missing} */
    @PositiveOrZero
    public abstract int missing();

    /** {@return the level band's label of the score, when scored and the instrument has bands} */
    public abstract Optional<@PlainText String> level();

    /** {@return why the subscale was not scored; empty when it was} */
    public abstract Optional<@PlainText String> reason();

    /** {@return whether the subscale could be scored under the policy} */
    public final boolean scored() {
        return score().isPresent();
    }

    /**
     * Checks the score's own invariants in plain code, as every value ccm computes does; one read
     * from JSON is checked fully with its report.
     */
    @Value.Check
    final void validate() {
        Invariants invariants = Invariants.of(SubscaleScore.class)
                .requireNonNull(id(), "id")
                .requireNonNull(title(), "title");
        invariants.check();
        invariants.require(score().isPresent() != reason().isPresent(), "reason",
                        "must be given exactly when there is no score", reason().orElse(null))
                .require(finite(score()), "score", "must be a finite number", score().isPresent() ? score().getAsDouble() : null)
                .require(finite(mean()), "mean", "must be a finite number", mean().isPresent() ? mean().getAsDouble() : null)
                .require(answered() >= 0, "answered", "must be at least 0", answered())
                .require(missing() >= 0, "missing", "must be at least 0", missing())
                .check();
    }

    private static boolean finite(OptionalDouble value) {
        return value.isEmpty() || Double.isFinite(value.getAsDouble());
    }

    @Override
    public String toString() {
        return id() + " " + Decimals.fixed(score(), 2) + level().map(l -> " " + l).orElse("")
                + " (" + answered() + "/" + (answered() + missing()) + ")";
    }
}

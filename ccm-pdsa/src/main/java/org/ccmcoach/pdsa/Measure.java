package org.ccmcoach.pdsa;

import org.ccmcoach.core.value.NotBlankIfPresent;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.Finite;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A measure of an improvement project: what is counted, how, and which way is better.
 *
 * <p>A proportion names its numerator and denominator; both or neither are given.
 *
 * <pre>{@code
 * Measure noShows = Measure.builder()
 *         .id(MeasureId.of("no-show-rate")).name("No-show rate").type(MeasureType.OUTCOME)
 *         .definition("Booked diabetes visits not attended, per month").unit("%")
 *         .numerator("visits not attended").denominator("visits booked")
 *         .direction(Direction.DOWN).target(10)
 *         .build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableMeasure.class)
public abstract class Measure implements WithMeasure {

    Measure() {
    }

    /** {@return the measure's identifier} */
    @NotNull
    public abstract MeasureId id();

    /** {@return its name} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String name();

    /** {@return outcome, process or balancing} */
    @NotNull
    public abstract MeasureType type();

    /** {@return the operational definition: exactly what is counted, from which source, how often} */
    @NotBlank
    @PlainText(multiLine = true)
    @Size(max = 2000)
    public abstract String definition();

    /** {@return the unit, such as {@code %}, {@code days} or {@code visits per 1,000 patients}} */
    @NotBlank
    @PlainText
    @Size(max = 60)
    public abstract String unit();

    /** {@return what the numerator counts, for a proportion or rate} */
    public abstract Optional<@NotBlankIfPresent @PlainText(multiLine = true) @Size(max = 500) String> numerator();

    /** {@return what the denominator counts, for a proportion or rate} */
    public abstract Optional<@NotBlankIfPresent @PlainText(multiLine = true) @Size(max = 500) String> denominator();

    /** {@return which way is better} */
    @NotNull
    public abstract Direction direction();

    /** {@return the value the project aims for, if set} */
    @Finite
    public abstract OptionalDouble target();

    /**
     * Starts building a measure.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Measure}. */
    public static final class Builder extends ImmutableMeasure.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("denominator", m -> m.numerator().isPresent() == m.denominator().isPresent(),
                        "must be given exactly when the numerator is", Measure::denominator)
                .require("target", m -> m.target().isEmpty() || Double.isFinite(m.target().getAsDouble()),
                        "must be a finite number", Measure::target)
                .check();
    }

    @Override
    public String toString() {
        return id() + " (" + type() + ", " + unit() + ", " + (direction() == Direction.UP ? "higher" : "lower")
                + " is better" + (target().isPresent() ? ", target " + target().getAsDouble() : "") + ")";
    }
}

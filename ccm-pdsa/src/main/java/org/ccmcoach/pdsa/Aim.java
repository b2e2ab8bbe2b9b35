package org.ccmcoach.pdsa;

import org.ccmcoach.core.value.NotBlankIfPresent;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.Finite;
import org.ccmcoach.core.value.SupportedDate;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a team is trying to accomplish: what is improved, by how much and by when, for whom, where.
 *
 * <p>Drafts are allowed, since aims are written and rewritten: only the statement is required.
 * {@link #smartGaps()} lists what keeps the aim from being one the team can check, which the
 * library takes as naming a measure, a numeric target and a target date, plus the what, the
 * population and the location.
 *
 * <pre>{@code
 * Aim aim = Aim.builder()
 *         .statement("Reduce no-shows for diabetes visits at Riverside from 22 % to 10 % by 30 June 2027")
 *         .what("no-shows for diabetes visits").population("adults with diabetes").location("Riverside clinic")
 *         .measure(MeasureId.of("no-show-rate")).baseline(22).targetValue(10)
 *         .targetDate(LocalDate.of(2027, 6, 30))
 *         .build();
 * aim.smartGaps();   // [] : checkable
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableAim.class)
public abstract class Aim implements WithAim {

    Aim() {
    }

    /** {@return the aim in the team's words} */
    @NotBlank
    @PlainText(multiLine = true)
    @Size(max = 1000)
    public abstract String statement();

    /** {@return what is improved} */
    public abstract Optional<@NotBlankIfPresent @Size(max = 300) String> what();

    /** {@return for whom} */
    public abstract Optional<@NotBlankIfPresent @Size(max = 300) String> population();

    /** {@return where} */
    public abstract Optional<@NotBlankIfPresent @Size(max = 300) String> location();

    /** {@return the measure that shows whether the aim is met} */
    public abstract Optional<MeasureId> measure();

    /** {@return where the measure stands now} */
    @Finite
    public abstract OptionalDouble baseline();

    /** {@return where it should get to} */
    @Finite
    public abstract OptionalDouble targetValue();

    /** {@return by when} */
    public abstract Optional<@SupportedDate LocalDate> targetDate();

    /**
     * What keeps this aim from being specific, measurable and time-bound, as text; empty when it
     * names what, for whom, where, a measure, a numeric target and a date.
     *
     * @return the gaps, in a fixed order, not null
     */
    public final List<String> smartGaps() {
        List<String> gaps = new ArrayList<>();
        if (what().isEmpty()) {
            gaps.add("what is improved is not named");
        }
        if (population().isEmpty()) {
            gaps.add("for whom is not named");
        }
        if (location().isEmpty()) {
            gaps.add("where is not named");
        }
        if (measure().isEmpty()) {
            gaps.add("no measure is named");
        }
        if (targetValue().isEmpty()) {
            gaps.add("no numeric target (by how much)");
        }
        if (targetDate().isEmpty()) {
            gaps.add("no target date (by when)");
        }
        if (baseline().isPresent() && targetValue().isPresent()
                && baseline().getAsDouble() == targetValue().getAsDouble()) {
            gaps.add("the target equals the baseline");
        }
        return List.copyOf(gaps);
    }

    /** {@return whether {@link #smartGaps()} is empty} */
    public final boolean checkable() {
        return smartGaps().isEmpty();
    }

    /**
     * Starts building an aim.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Aim}. */
    public static final class Builder extends ImmutableAim.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("targetValue", a -> a.targetValue().stream().allMatch(Double::isFinite)
                        && a.baseline().stream().allMatch(Double::isFinite), "must be finite numbers", Aim::targetValue)
                .check();
    }

    @Override
    public String toString() {
        return statement();
    }
}

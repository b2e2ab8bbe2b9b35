package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.value.Finite;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Decimals;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A graduation criterion a program sets: what is checked and, for numbers, the threshold.
 *
 * <pre>{@code
 * Criterion.minPdsaCycles(3);        // at least 3 PDSA cycles completed
 * Criterion.minAcicChange(1.0);      // the ACIC overall up by at least 1.0
 * Criterion.of(Criterion.Kind.QI_LEAD_NAMED);
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableCriterion.class)
public abstract class Criterion {

    /** What a criterion checks. */
    public enum Kind {
        /** At least the threshold of PDSA cycles completed. */
        MIN_PDSA_CYCLES,
        /** An ACIC overall change of at least the threshold. */
        MIN_ACIC_CHANGE,
        /** An internal QI lead is named. */
        QI_LEAD_NAMED,
        /** The team meets regularly. */
        REGULAR_TEAM_MEETINGS,
        /** The intervention's scheduled end is reached. */
        INTERVENTION_ENDED
    }

    Criterion() {
    }

    /** {@return what is checked} */
    @NotNull
    public abstract Kind kind();

    /** {@return the threshold, for the numeric kinds} */
    @Finite
    public abstract OptionalDouble threshold();

    /**
     * At least a number of PDSA cycles completed.
     *
     * @param cycles  the minimum, 0 or more
     * @return the criterion, not null
     */
    public static Criterion minPdsaCycles(int cycles) {
        return ImmutableCriterion.builder().kind(Kind.MIN_PDSA_CYCLES).threshold(cycles).build();
    }

    /**
     * An ACIC overall change of at least a value.
     *
     * @param change  the minimum change
     * @return the criterion, not null
     */
    public static Criterion minAcicChange(double change) {
        return ImmutableCriterion.builder().kind(Kind.MIN_ACIC_CHANGE).threshold(change).build();
    }

    /**
     * A yes/no criterion.
     *
     * @param kind  QI_LEAD_NAMED, REGULAR_TEAM_MEETINGS or INTERVENTION_ENDED
     * @return the criterion, not null
     */
    public static Criterion of(Kind kind) {
        return ImmutableCriterion.builder().kind(kind).build();
    }

    /** {@return whether the kind takes a threshold} */
    final boolean numeric() {
        return kind() == Kind.MIN_PDSA_CYCLES || kind() == Kind.MIN_ACIC_CHANGE;
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("threshold", c -> c.numeric() == c.threshold().isPresent(),
                        "must be given for MIN_PDSA_CYCLES and MIN_ACIC_CHANGE and only for them", Criterion::threshold)
                .require("threshold", c -> c.threshold().stream().allMatch(Double::isFinite), "must be finite",
                        Criterion::threshold)
                .check();
    }

    @Override
    public String toString() {
        return switch (kind()) {
            case MIN_PDSA_CYCLES -> "at least " + (long) threshold().getAsDouble() + " PDSA cycles completed";
            case MIN_ACIC_CHANGE -> "ACIC overall change at least " + Decimals.signed(threshold().getAsDouble(), 2);
            case QI_LEAD_NAMED -> "an internal QI lead named";
            case REGULAR_TEAM_MEETINGS -> "regular team meetings";
            case INTERVENTION_ENDED -> "the intervention's end reached";
        };
    }
}

package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Problem;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A phase of an intervention: its name, how long it lasts, and its activities in order.
 *
 * <p>A one-off activity's offset must fall inside the phase for every start date: in months and
 * days, the offset's months may not exceed the phase's, and its days must be fewer than the days
 * the remaining months surely add (28 a month) plus the phase's days. So P7M14D fits in P8M, while
 * P63D does not fit in P2M, which may be 59 days.
 *
 * <pre>{@code
 * Phase foundation = Phase.builder().name("Phase I — Laying the Foundation for Success")
 *         .duration(Period.ofMonths(2)).addActivities(orientationCall, preparationCall, assessmentDay)
 *         .build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutablePhase.class)
public abstract class Phase implements WithPhase {

    Phase() {
    }

    /** {@return the phase's name} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String name();

    /** {@return how long the phase lasts; positive} */
    @NotNull
    public abstract Period duration();

    /** {@return its activities, in order; at least one} */
    @NotEmpty
    public abstract List<@NotNull Activity> activities();

    /**
     * Starts building a phase.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Phase}. */
    public static final class Builder extends ImmutablePhase.Builder {
        Builder() {
        }
    }

    /** {@return whether start + offset falls before start + duration for every start date} */
    static boolean fitsInside(Period offset, Period duration) {
        long spareMonths = duration.toTotalMonths() - offset.toTotalMonths();
        if (spareMonths < 0) {
            return false;
        }
        return offset.getDays() < 28L * spareMonths + duration.getDays();
    }

    /**
     * The longest phase, and the longest template (ten years): the coaching interventions the
     * domain notes cite lasted 3 to 15 months, so this bound refuses only mistakes such as
     * {@code P100000Y}, whose daily activity would fill memory with dates. Months count 31 days
     * where months and days are mixed. The bound is the library's choice.
     */
    public static final Period MAX_DURATION = Period.ofYears(10);

    /** Whether a period is positive and at most {@link #MAX_DURATION}, a month counting 31 days. */
    static boolean withinLimit(Period period) {
        long days = period.toTotalMonths() * 31 + period.getDays();
        return !period.isNegative() && !period.isZero() && period.toTotalMonths() >= 0 && period.getDays() >= 0
                && days <= MAX_DURATION.toTotalMonths() * 31;
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("duration", p -> !p.duration().isNegative() && !p.duration().isZero(), "must be more than 0 (P0D)",
                        Phase::duration)
                .require("duration", p -> p.duration().isNegative() || p.duration().isZero() || withinLimit(p.duration()),
                        "must be at most ten years (P10Y), with no negative part", Phase::duration)
                .requireEach(Phase::offsetViolations)
                .check();
    }

    private List<Problem> offsetViolations() {
        List<Problem> found = new ArrayList<>();
        if (!withinLimit(duration())) {
            return found;
        }
        for (int i = 0; i < activities().size(); i++) {
            Period offset = activities().get(i).timing().offset();
            if (!fitsInside(offset, duration())) {
                found.add(Problem.of("Phase", PropertyPath.of("activities").at(i).then("timing").then("offset"),
                        "must fall inside the phase of " + duration() + " whatever the start date", offset));
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return name() + " (" + duration() + ", " + activities().size() + " activities)";
    }
}

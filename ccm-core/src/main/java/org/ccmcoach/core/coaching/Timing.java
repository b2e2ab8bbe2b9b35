package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * When an activity happens within its phase: once at an offset from the phase's start, or again
 * and again at an interval from that offset while the phase lasts.
 *
 * <p>Occurrences are computed from the first one by whole multiples of the interval
 * ({@code first + k·interval}), so a monthly call started on 31 January falls on 28 or 29 February
 * and again on 31 March, never drifting to the 28th.
 *
 * <pre>{@code
 * Timing.at(Period.ofWeeks(2));                         // once, two weeks into the phase
 * Timing.every(Period.ofMonths(1), Period.ofDays(14));  // monthly, from day 14 of the phase
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableTiming.class)
public abstract class Timing implements WithTiming {

    Timing() {
    }

    /** {@return from the phase's start to the (first) occurrence; zero or positive} */
    @NotNull
    public abstract Period offset();

    /** {@return the interval of a recurring activity; absent for a one-off} */
    public abstract Optional<Period> every();

    /**
     * A one-off activity.
     *
     * @param offset  from the phase's start, zero or positive
     * @return the timing, not null
     */
    public static Timing at(Period offset) {
        return ImmutableTiming.builder().offset(offset).build();
    }

    /**
     * A recurring activity.
     *
     * @param interval  between occurrences, positive
     * @param offset  from the phase's start to the first occurrence, zero or positive
     * @return the timing, not null
     */
    public static Timing every(Period interval, Period offset) {
        return ImmutableTiming.builder().offset(offset).every(interval).build();
    }

    /**
     * The dates of the occurrences within a phase.
     *
     * @param phaseStart  the phase's first day
     * @param phaseEnd  the day after the phase's last day
     * @return the dates in order, all in [phaseStart, phaseEnd)
     */
    public final List<LocalDate> occurrences(LocalDate phaseStart, LocalDate phaseEnd) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate first = phaseStart.plus(offset());
        if (every().isEmpty()) {
            if (first.isBefore(phaseEnd)) {
                dates.add(first);
            }
            return dates;
        }
        for (int k = 0; ; k++) {
            LocalDate d = first.plus(every().get().multipliedBy(k));
            if (!d.isBefore(phaseEnd)) {
                return dates;
            }
            dates.add(d);
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("offset", t -> !t.offset().isNegative(), "must be at least 0 (PT0S)", Timing::offset)
                .require("every", t -> t.every().map(p -> !p.isNegative() && !p.isZero()).orElse(true),
                        "must be more than 0 (PT0S)", t -> t.every().orElseThrow())
                .check();
    }

    @Override
    public String toString() {
        return every().map(p -> "every " + p + " from " + offset()).orElse("at " + offset());
    }
}

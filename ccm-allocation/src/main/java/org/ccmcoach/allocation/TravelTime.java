package org.ccmcoach.allocation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One entry of a caller's travel-time matrix: the one-way road time from a coach's base to a
 * practice, from a routing service or the coaches' own logs. Entries override the great-circle
 * estimate of the {@link AllocationPolicy}.
 *
 * <pre>{@code
 * TravelTime t = TravelTime.of(CoachId.of("coach-ana"), PracticeId.of("p-17"), 42);
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableTravelTime.class)
public abstract class TravelTime implements WithTravelTime {

    TravelTime() {
    }

    /**
     * The coach whose base the trip starts from.
     *
     * @return the coach's id, not null
     */
    @NotNull
    @Value.Parameter
    public abstract CoachId coach();

    /**
     * The practice the trip goes to.
     *
     * @return the practice's id, not null
     */
    @NotNull
    @Value.Parameter
    public abstract PracticeId practice();

    /**
     * One-way minutes.
     *
     * @return minutes, 0 or more
     */
    @PositiveOrZero
    @Value.Parameter
    public abstract double minutes();

    /**
     * Obtains a travel time.
     *
     * @param coach  the coach, not null
     * @param practice  the practice, not null
     * @param minutes  one-way minutes, 0 or more
     * @return the entry, not null
     * @throws org.ccmcoach.core.value.CcmValidationException if minutes is negative or not a number
     */
    public static TravelTime of(CoachId coach, PracticeId practice, double minutes) {
        return ImmutableTravelTime.of(coach, practice, minutes);
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }
}

package org.ccmcoach.core.cost;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Finite;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One coach's one-way trip to a practice: the minutes it takes and the miles it covers. A site
 * visit costs the round trip: twice each.
 *
 * <pre>{@code
 * // half the SEC trial's mean drive of 130 minutes a visit, both ways (Sutton et al., Implement Sci
 * // Commun 2023); the 40.4 miles (37.3 mph) are an example, not from the trial
 * Trip.of(65, 40.4);
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableTrip.class)
public abstract class Trip {

    Trip() {
    }

    /**
     * A trip.
     *
     * @param oneWayMinutes  minutes one way, 0 to 1,440
     * @param oneWayMiles  miles one way, 0 to 2,000
     * @return the trip, not null
     */
    public static Trip of(double oneWayMinutes, double oneWayMiles) {
        return ImmutableTrip.of(oneWayMinutes, oneWayMiles);
    }

    /**
     * Minutes one way.
     *
     * @return minutes one way, 0 to 1,440
     */
    @Value.Parameter
    @PositiveOrZero
    @Max(value = 1440, message = "must be at most 1440, one day")
    @Finite
    public abstract double oneWayMinutes();

    /**
     * Miles one way.
     *
     * @return miles one way, 0 to 2,000
     */
    @Value.Parameter
    @PositiveOrZero
    @Max(value = 2000, message = "must be at most 2000, a day's drive")
    @Finite
    public abstract double oneWayMiles();

    /**
     * The fastest average a road trip is taken to reach, 100 mph: faster means the minutes and miles
     * are swapped, in other units, or from different trips (a choice, well above any legal road speed).
     */
    public static final double MAX_MILES_PER_HOUR = 100;

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("oneWayMiles", t -> t.oneWayMiles() <= MAX_MILES_PER_HOUR * t.oneWayMinutes() / 60.0,
                        "must be at most 100 miles an hour over oneWayMinutes (minutes and miles swapped, or in other "
                                + "units?)", Trip::oneWayMiles)
                .check();
    }

    @Override
    public final String toString() {
        return oneWayMinutes() + " min, " + oneWayMiles() + " mi one way";
    }
}

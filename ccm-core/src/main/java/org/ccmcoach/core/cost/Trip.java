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
 * Trip.of(65, 40.4);   // the AF4Q mean drive (130 minutes a visit, both ways) at 37.3 mph
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

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public final String toString() {
        return oneWayMinutes() + " min, " + oneWayMiles() + " mi one way";
    }
}

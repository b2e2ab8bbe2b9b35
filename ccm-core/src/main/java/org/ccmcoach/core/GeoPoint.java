package org.ccmcoach.core;

import jakarta.validation.constraints.DecimalMax;
import org.ccmcoach.core.value.Finite;
import jakarta.validation.constraints.DecimalMin;
import java.util.Locale;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A place on the earth as WGS 84 latitude and longitude in decimal degrees.
 *
 * <p>Practices and coaches carry one so that travel between them can be estimated when no
 * travel-time matrix is at hand. Latitude lies in [-90, 90], longitude in [-180, 180]; NaN and
 * infinities are rejected.
 *
 * <pre>{@code
 * GeoPoint portland = GeoPoint.of(45.5152, -122.6784);
 * GeoPoint seattle = GeoPoint.of(47.6062, -122.3321);
 * portland.kilometresTo(seattle);   // about 234.0
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableGeoPoint.class)
public abstract class GeoPoint implements WithGeoPoint {

    /** The mean earth radius in kilometres (IUGG), used for great-circle distances. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    GeoPoint() {
    }

    /** {@return degrees north of the equator, -90 to 90} */
    @Value.Parameter
    @DecimalMin(value = "-90.0", message = "must be at least -90.0")
    @DecimalMax(value = "90.0", message = "must be at most 90.0")
    @Finite
    public abstract double latitude();

    /** {@return degrees east of Greenwich, -180 to 180} */
    @Value.Parameter
    @DecimalMin(value = "-180.0", message = "must be at least -180.0")
    @DecimalMax(value = "180.0", message = "must be at most 180.0")
    @Finite
    public abstract double longitude();

    /**
     * Obtains a point.
     *
     * @param latitude  degrees north, -90 to 90
     * @param longitude  degrees east, -180 to 180
     * @return the point, not null
     * @throws org.ccmcoach.core.value.CcmValidationException if either is out of range or not a number
     */
    public static GeoPoint of(double latitude, double longitude) {
        return ImmutableGeoPoint.of(latitude, longitude);
    }

    /**
     * The great-circle distance to another point (haversine formula on a sphere of
     * {@link #EARTH_RADIUS_KM}); within 0.5 % of the ellipsoidal distance.
     *
     * @param other  the other point, not null
     * @return the distance in kilometres, 0 or more
     */
    public final double kilometresTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude());
        double phi2 = Math.toRadians(other.latitude());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude() - longitude());
        double h = Math.pow(Math.sin(dPhi / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    /** {@return {@code (latitude, longitude)}, such as {@code (45.5152, -122.6784)}} */
    @Override
    public final String toString() {
        return String.format(Locale.ROOT, "(%s, %s)", latitude(), longitude());
    }
}

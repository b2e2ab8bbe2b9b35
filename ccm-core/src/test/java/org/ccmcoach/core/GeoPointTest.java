package org.ccmcoach.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {

    @ParameterizedTest
    @CsvSource({"-90, -180", "90, 180", "0, 0", "-89.999999, 179.999999"})
    void accepts_the_bounds(double latitude, double longitude) {
        GeoPoint p = GeoPoint.of(latitude, longitude);
        assertEquals(latitude, p.latitude());
        assertEquals(longitude, p.longitude());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-90.000001 | 0 | latitude: must be at least -90.0",
        "90.000001 | 0 | latitude: must be at most 90.0",
        "0 | -180.000001 | longitude: must be at least -180.0",
        "0 | 180.000001 | longitude: must be at most 180.0",
    })
    void rejects_just_outside_the_bounds(double latitude, double longitude, String rule) {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> GeoPoint.of(latitude, longitude));
        assertEquals(1, e.problems().size());
        assertEquals("GeoPoint." + rule, e.problems().get(0).atProperty().type() + "." + e.problems().get(0).atProperty().property()
                + ": " + e.problems().get(0).rule());
    }

    @Test
    void rejects_not_a_number_and_infinity() {
        assertThrows(CcmValidationException.class, () -> GeoPoint.of(Double.NaN, 0));
        assertThrows(CcmValidationException.class, () -> GeoPoint.of(0, Double.NaN));
        assertThrows(CcmValidationException.class, () -> GeoPoint.of(Double.POSITIVE_INFINITY, 0));
        assertThrows(CcmValidationException.class, () -> GeoPoint.of(0, Double.NEGATIVE_INFINITY));
    }

    @Test
    void both_bad_coordinates_are_reported() {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> GeoPoint.of(100, 200));
        assertEquals("GeoPoint.latitude: must be at most 90.0 (was 100)\n"
                + "GeoPoint.longitude: must be at most 180.0 (was 200)", e.getMessage());
    }

    @Test
    void great_circle_distances() {
        // One degree of arc on the equator: 2 * pi * 6371.0088 / 360 = 111.19508 km.
        assertEquals(111.19508, GeoPoint.of(0, 0).kilometresTo(GeoPoint.of(0, 1)), 1e-5);
        // Pole to pole and equatorial antipodes: pi * 6371.0088 = 20015.114 km.
        assertEquals(20015.114, GeoPoint.of(90, 0).kilometresTo(GeoPoint.of(-90, 0)), 1e-3);
        assertEquals(20015.114, GeoPoint.of(0, 0).kilometresTo(GeoPoint.of(0, 180)), 1e-3);
        // Across the antimeridian: 179.5 E to 179.5 W on the equator is 1 degree.
        assertEquals(111.19508, GeoPoint.of(0, 179.5).kilometresTo(GeoPoint.of(0, -179.5)), 1e-5);
        assertEquals(0.0, GeoPoint.of(45.5, -122.6).kilometresTo(GeoPoint.of(45.5, -122.6)));
        // Portland to Seattle, haversine computed separately (Python math): 234.0108 km.
        assertEquals(234.0108, GeoPoint.of(45.5152, -122.6784).kilometresTo(GeoPoint.of(47.6062, -122.3321)), 1e-4);
    }

    @Test
    void reads_as_latitude_longitude() {
        assertEquals("(45.5152, -122.6784)", GeoPoint.of(45.5152, -122.6784).toString());
    }
}

package org.ccmcoach.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import org.ccmcoach.core.testing.CoreArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CoreProperties {

    @Provide
    Arbitrary<GeoPoint> points() {
        return CoreArbitraries.geoPoints();
    }

    @Provide
    Arbitrary<Practice> practices() {
        return CoreArbitraries.practices();
    }

    @Provide
    Arbitrary<Coach> coaches() {
        return CoreArbitraries.coaches();
    }

    @Provide
    Arbitrary<String> idTexts() {
        return CoreArbitraries.idTexts();
    }

    @Property
    void an_identifier_is_its_text(@ForAll("idTexts") String text) {
        assertEquals(text, PracticeId.of(text).toString());
        assertEquals(PracticeId.of(text), PracticeId.of(PracticeId.of(text).value()));
    }

    @Property
    void distance_is_a_metric_on_the_sphere(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b,
                                            @ForAll("points") GeoPoint c) {
        double ab = a.kilometresTo(b);
        assertEquals(0.0, a.kilometresTo(a), 1e-9);
        assertEquals(ab, b.kilometresTo(a), 1e-9);
        assertTrue(ab >= 0 && ab <= Math.PI * GeoPoint.EARTH_RADIUS_KM + 1e-6, "at most half the circumference");
        assertTrue(a.kilometresTo(c) <= ab + b.kilometresTo(c) + 1e-6, "triangle inequality");
    }

    @Property
    void a_builder_copies_a_practice_exactly(@ForAll("practices") Practice p) {
        assertEquals(p, Practice.builder().from(p).build());
        assertEquals(p.hashCode(), Practice.builder().from(p).build().hashCode());
        assertEquals(p, p.withName(p.name()));
    }

    @Property
    void a_builder_copies_a_coach_exactly(@ForAll("coaches") Coach c) {
        assertEquals(c, Coach.builder().from(c).build());
        assertTrue(c.fte() > 0 && c.fte() <= 1);
    }
}

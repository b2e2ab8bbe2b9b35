package org.ccmcoach.allocation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.TravelTime;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.locationtech.jts.geom.Envelope;

/**
 * The instance keeps only the pairs a coach may serve, found through a spatial index; these
 * properties hold it to the definition, pair by pair.
 */
class InstanceProperties {

    /**
     * The stored pairs are exactly those {@link Instance#barriers(int, int)} leaves open, on programs
     * with given travel times (some shorter, some longer than the great-circle estimate) and some
     * practices without a location, so that both ways of finding a pair are used.
     */
    @Property(tries = 60)
    void the_stored_pairs_are_exactly_the_pairs_no_rule_bars(@ForAll @IntRange(min = 0, max = 100_000) int seed,
                                                            @ForAll @IntRange(min = 1, max = 12) int coaches,
                                                            @ForAll @IntRange(min = 0, max = 60) int practices) {
        AllocationProblem random = RandomPrograms.spread(seed, coaches, practices);
        Random r = new Random(seed);
        List<PracticeProfile> changed = new ArrayList<>();
        List<TravelTime> times = new ArrayList<>();
        for (PracticeProfile p : random.practices()) {
            // A pinned practice keeps its location and the estimate, so that its pin stays valid.
            boolean unlocated = r.nextDouble() < 0.15 && p.pinnedCoach().isEmpty();
            for (CoachProfile c : random.coaches()) {
                if (unlocated || p.pinnedCoach().isEmpty() && r.nextDouble() < 0.1) {
                    times.add(TravelTime.of(c.id(), p.id(), r.nextDouble() * 200));
                }
            }
            changed.add(unlocated ? p.withPractice(Practice.builder().from(p.practice()).location(Optional.empty()).build()) : p);
        }
        AllocationProblem problem = random.withTravelTimes(times).withPractices(changed);
        Instance in = new Instance(problem);
        int stored = 0;
        for (int p = 0; p < in.np; p++) {
            for (int c = 0; c < in.nc; c++) {
                boolean open = in.coachable[p] && in.barriers(c, p).isEmpty();
                assertEquals(open, in.eligible(c, p), "coach " + c + ", practice " + p);
                stored += open ? 1 : 0;
                if (open) {
                    int e = in.pair(c, p);
                    assertEquals(in.load(c, p), in.pairLoad[e]);
                    assertEquals(in.travelCost(c, p), in.pairCost[e]);
                }
            }
            for (int e = in.first[p] + 1; e < in.first[p + 1]; e++) {
                assertTrue(in.pairCost[e - 1] <= in.pairCost[e], "nearest first");
            }
        }
        assertEquals(stored, in.pairCoach.length);
    }

    /** Every point within the distance of the centre lies in one of the boxes, at any latitude and across the antimeridian. */
    @Property(tries = 2_000)
    void the_boxes_hold_every_point_within_the_distance(@ForAll @DoubleRange(min = -89.9, max = 89.9) double latitude,
                                                        @ForAll @DoubleRange(min = -180, max = 180) double longitude,
                                                        @ForAll @DoubleRange(min = 1, max = 3_000) double km,
                                                        @ForAll @DoubleRange(min = 0, max = 1) double along,
                                                        @ForAll @DoubleRange(min = 0, max = 360) double bearing) {
        GeoPoint centre = GeoPoint.of(latitude, longitude);
        GeoPoint point = destination(centre, km * along, bearing);
        assertTrue(centre.kilometresTo(point) <= km + 1e-6);
        List<Envelope> boxes = Instance.boxes(centre, km);
        assertTrue(boxes.stream().anyMatch(b -> b.contains(point.longitude(), point.latitude())),
                () -> point + " is " + centre.kilometresTo(point) + " km from " + centre + " but outside " + boxes);
    }

    /**
     * The boxes are the spherical cap's bounding box, no larger: 100 km is 100 / 6371.0088 rad =
     * 0.89932° of latitude, and at 45° north asin(sin(0.0156961) / cos 45°) = 1.27188° of longitude.
     * The boxes are widened by a margin of 10⁻⁶ rad against rounding, about 10⁻⁴° here.
     */
    @org.junit.jupiter.api.Test
    void the_box_is_the_caps_bounding_box() {
        Envelope box = Instance.boxes(GeoPoint.of(45, 10), 100).get(0);
        assertEquals(1, Instance.boxes(GeoPoint.of(45, 10), 100).size());
        assertEquals(45 - 0.89932, box.getMinY(), 2e-4);
        assertEquals(45 + 0.89932, box.getMaxY(), 2e-4);
        assertEquals(10 - 1.27188, box.getMinX(), 2e-4);
        assertEquals(10 + 1.27188, box.getMaxX(), 2e-4);
    }

    /** Across the antimeridian the box splits in two: 179.5° + 1.27188° wraps to -179.22812°. */
    @org.junit.jupiter.api.Test
    void a_box_across_the_antimeridian_splits_in_two() {
        List<Envelope> east = Instance.boxes(GeoPoint.of(45, 179.5), 100);
        assertEquals(2, east.size());
        assertEquals(179.5 - 1.27188, east.get(0).getMinX(), 2e-4);
        assertEquals(180, east.get(0).getMaxX(), 1e-9);
        assertEquals(-180, east.get(1).getMinX(), 1e-9);
        assertEquals(-179.22812, east.get(1).getMaxX(), 2e-4);
        List<Envelope> west = Instance.boxes(GeoPoint.of(45, -179.5), 100);
        assertEquals(2, west.size());
        assertEquals(179.22812, west.get(0).getMinX(), 2e-4);
        assertEquals(-179.5 + 1.27188, west.get(1).getMaxX(), 2e-4);
    }

    /** A cap that reaches a pole takes every longitude, and its latitude stops at the pole. */
    @org.junit.jupiter.api.Test
    void a_box_reaching_a_pole_takes_every_longitude() {
        Envelope north = Instance.boxes(GeoPoint.of(89.5, 30), 100).get(0);
        assertEquals(-180, north.getMinX(), 1e-9);
        assertEquals(180, north.getMaxX(), 1e-9);
        assertEquals(90, north.getMaxY(), 1e-9);
        assertEquals(89.5 - 0.89932, north.getMinY(), 2e-4);
        Envelope south = Instance.boxes(GeoPoint.of(-89.5, 30), 100).get(0);
        assertEquals(-90, south.getMinY(), 1e-9);
        assertEquals(-180, south.getMinX(), 1e-9);
        // Near a pole but short of it the spread widens: asin(sin(0.0156961) / cos 88.9°) = 54.8433°.
        Envelope near = Instance.boxes(GeoPoint.of(88.9, 30), 100).get(0);
        assertEquals(30 - 54.8433, near.getMinX(), 0.01);   // the margin counts 1 / cos 88.9° = 52 times here
        assertEquals(30 + 54.8433, near.getMaxX(), 0.01);
    }

    /** The point at a distance and initial bearing from a start on the sphere (the direct geodesic problem). */
    private static GeoPoint destination(GeoPoint start, double km, double bearingDegrees) {
        double d = km / GeoPoint.EARTH_RADIUS_KM;
        double b = Math.toRadians(bearingDegrees);
        double lat1 = Math.toRadians(start.latitude());
        double lon1 = Math.toRadians(start.longitude());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
        double lon2 = lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
        double lon = Math.toDegrees(lon2);
        lon = ((lon + 540) % 360) - 180;
        return GeoPoint.of(Math.toDegrees(lat2), lon);
    }
}

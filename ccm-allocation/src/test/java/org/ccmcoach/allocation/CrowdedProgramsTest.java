package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.TriageLevel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Programs where every coach may serve every practice, in a 256 MB heap (issue 33): the coach-set
 * search kept a BitSet of all coaches and a list of every coach's neighbours for each coach, so
 * memory grew with coaches² (60,000 coaches and one practice ran out of 256 MB; 10,000 coaches in a
 * small square took 502 MB). Coaching hours are ample, so the least travel is each practice on its
 * nearest coach, found here by comparing every coach's great-circle minutes.
 */
@Tag("small-heap")
class CrowdedProgramsTest {

    private static final AllocationPolicy POLICY = AllocationPolicy.defaults();

    @Test
    void twenty_thousand_coaches_for_one_practice() {
        // 20,000 coaches: their neighbour lists alone were 20,000² ints, 1.6 GB.
        assertEachOnItsNearestCoach(program(20_000, 1, 0.1, 33));
    }

    @Test
    void ten_thousand_coaches_in_a_small_square() {
        assertEachOnItsNearestCoach(program(10_000, 10, 0.01, 34));
    }

    private static void assertEachOnItsNearestCoach(AllocationProblem problem) {
        Allocation plan = Allocator.heuristic().allocate(problem);
        assertEquals(problem.practices().size(), plan.assignments().size(), "served");
        for (Assignment a : plan.assignments()) {
            GeoPoint at = problem.practices().stream().filter(p -> p.id().equals(a.practice())).findFirst().orElseThrow()
                    .practice().location().orElseThrow();
            double nearest = Double.POSITIVE_INFINITY;
            for (CoachProfile c : problem.coaches()) {
                nearest = Math.min(nearest, POLICY.travelMinutes(c.coach().homeLocation().orElseThrow(), at));
            }
            assertEquals(nearest, a.oneWayMinutes(), 1e-9, a.toString());
        }
    }

    /** Coaches of 1 FTE and practices scattered over a square of {@code side} degrees near Portland. */
    static AllocationProblem program(int coaches, int practices, double side, long seed) {
        Random r = new Random(seed);
        List<CoachProfile> cs = new ArrayList<>();
        for (int i = 0; i < coaches; i++) {
            cs.add(CoachProfile.of(Coach.builder().id(CoachId.of("c" + i)).name("Coach " + i)
                    .homeLocation(GeoPoint.of(45.5 + r.nextDouble() * side, -122.7 + r.nextDouble() * side)).build()));
        }
        List<PracticeProfile> ps = new ArrayList<>();
        for (int i = 0; i < practices; i++) {
            ps.add(PracticeProfile.builder().practice(Practice.builder().id(PracticeId.of("p" + i)).name("Practice " + i)
                    .organization("Org").location(GeoPoint.of(45.5 + r.nextDouble() * side, -122.7 + r.nextDouble() * side))
                    .build()).triage(TriageLevel.FUNCTIONAL).build());
        }
        return AllocationProblem.builder().policy(POLICY).coaches(cs).practices(ps).build();
    }
}

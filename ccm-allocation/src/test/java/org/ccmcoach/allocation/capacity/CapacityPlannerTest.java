package org.ccmcoach.allocation.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.Intensity;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.Scenario;
import org.ccmcoach.allocation.TravelTime;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.TriageLevel;
import org.junit.jupiter.api.Test;

/** Coaches needed, by hand: bounds from hours and caseloads, and the count the allocator needs. */
class CapacityPlannerTest {

    private static final CoachId TYPICAL = CoachId.of("coach");
    private static final CoachProfile PROFILE = CoachProfile.of(Coach.builder().id(TYPICAL).name("Coach").build());

    private static List<TravelTime> travel(List<PracticeProfile> practices, double minutes) {
        return practices.stream().map(p -> TravelTime.of(TYPICAL, p.id(), minutes)).toList();
    }

    private static List<PracticeProfile> practices(int n, Intensity intensity) {
        List<PracticeProfile> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Scenario.practice(i).triage(TriageLevel.FUNCTIONAL).intensity(intensity).build());
        }
        return out;
    }

    @Test
    void the_pilot_nine_intensive_teams_need_two_full_time_coaches() {
        List<PracticeProfile> teams = practices(9, Intensity.INTENSIVE);
        // each: 20 + 2 × 87/60 + 2 visits × 2 × 60/60 = 26.9 h; 9 × 26.9 = 242.1 h over 140 h → 2; 9 / 10 → 1
        CapacityPlan plan = CapacityPlanner.plan(AllocationPolicy.defaults(), teams, PROFILE, travel(teams, 60));
        assertEquals(2, plan.hoursBound());
        assertEquals(1, plan.caseloadBound());
        assertEquals(OptionalInt.of(2), plan.coachesNeeded());   // 5 × 26.9 = 134.5 ≤ 140 per coach
        assertTrue(plan.allocation().orElseThrow().unserved().isEmpty());
    }

    @Test
    void caseload_binds_for_light_practices() {
        List<PracticeProfile> light = practices(22, Intensity.LIGHT);
        // each: 4 + 0.5 × 1.45 + 0.5 × 2 × 30 / 60 = 5.225 h; 22 × 5.225 = 114.95 h → 1; 22 / 10 → 3
        CapacityPlan plan = CapacityPlanner.plan(AllocationPolicy.defaults(), light, PROFILE, travel(light, 30));
        assertEquals(1, plan.hoursBound());
        assertEquals(3, plan.caseloadBound());
        assertEquals(3, plan.lowerBound());
        assertEquals(OptionalInt.of(3), plan.coachesNeeded());
    }

    @Test
    void packing_can_need_more_than_the_bound_and_unreachable_practices_are_set_aside() {
        AllocationPolicy heavy = AllocationPolicy.defaults().withCoachingHours(
                Map.of(Intensity.LIGHT, 4.0, Intensity.STANDARD, 10.0, Intensity.INTENSIVE, 75.0));
        List<PracticeProfile> practices = new ArrayList<>(practices(3, Intensity.INTENSIVE));
        practices.add(Scenario.practice(4).triage(TriageLevel.FUNCTIONAL).build());
        practices.add(Scenario.practice(5).triage(TriageLevel.EXEMPLAR).build());
        List<TravelTime> travel = new ArrayList<>(travel(practices.subList(0, 3), 31.5));
        travel.add(TravelTime.of(TYPICAL, Scenario.id(4), 200));
        travel.add(TravelTime.of(TYPICAL, Scenario.id(5), 10));
        // each intensive: 75 + 2.9 + 2 × 2 × 31.5 / 60 = 80 h: 240 h over 140 → 2 by hours, but one per coach → 3
        CapacityPlan plan = CapacityPlanner.plan(heavy, practices, PROFILE, travel);
        assertEquals(2, plan.lowerBound());
        assertEquals(OptionalInt.of(3), plan.coachesNeeded());
        assertEquals(List.of(Scenario.id(4)), plan.unservable());   // 200 min beyond the limit; p5 is an exemplar
        assertEquals("CapacityPlan[lower bound 2 (hours 2, caseload 1), needed 3, unservable 1]", plan.toString());
    }
}

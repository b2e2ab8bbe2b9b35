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
    void the_plan_says_it_counts_coaches_capped_at_a_mean_caseload_and_the_count_moves_with_the_cap() {
        List<PracticeProfile> light = practices(22, Intensity.LIGHT);
        // As above: 22 light practices of 5.225 h are 114.95 h, one coach by hours; at most 10 a coach, 22 / 10 → 3.
        CapacityPlan atTheMean = CapacityPlanner.plan(AllocationPolicy.defaults(), light, PROFILE, travel(light, 30));
        assertEquals(OptionalInt.of(3), atTheMean.coachesNeeded());
        assertEquals(List.of("every coach copies the profile: 1 FTE, 140 h a month",
                "at most 10 practices a coach: the policy's default, EvidenceNOW's mean caseload (1,630 practices / 162 "
                        + "facilitators, Sweeney et al. 2022), a mean and not an observed maximum",
                "pinned, current and forbidden coaches set aside"), atTheMean.assumptions());
        // A program whose coaches carry up to 20: 22 / 20 → 2, and the plan names the cap as the program's.
        CapacityPlan twenty = CapacityPlanner.plan(AllocationPolicy.defaults().withDefaultCaseloadCap(20), light, PROFILE,
                travel(light, 30));
        assertEquals(OptionalInt.of(2), twenty.coachesNeeded());
        assertEquals("at most 20 practices a coach: the policy's default caseload cap", twenty.assumptions().get(1));
        // A half-time coach with a cap of its own: 0.5 × 140 = 70 h; 114.95 / 70 → 2 by hours, 22 / 6 → 4 by caseload.
        CoachProfile halfTime = CoachProfile.builder().coach(Coach.builder().id(TYPICAL).name("Coach").fte(0.5).build())
                .caseloadCap(6).build();
        CapacityPlan own = CapacityPlanner.plan(AllocationPolicy.defaults(), light, halfTime, travel(light, 30));
        assertEquals(4, own.lowerBound());
        assertEquals(List.of("every coach copies the profile: 0.5 FTE, 70 h a month",
                "at most 6 practices a coach: the profile's own cap",
                "pinned, current and forbidden coaches set aside"), own.assumptions());
        // Seven of the 22 need behavioural-health coaching: the count of point-of-contact coaches says it leaves them out.
        List<PracticeProfile> integrated = new ArrayList<>(light);
        for (int i = 0; i < 7; i++) {
            integrated.set(i, integrated.get(i).withNeedsBehaviouralHealth(true));
        }
        assertEquals("behavioural-health coaches not counted: 7 of the practices need one; plan that pool apart",
                CapacityPlanner.plan(AllocationPolicy.defaults(), integrated, PROFILE, travel(integrated, 30)).assumptions().get(3));
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
        assertEquals("CapacityPlan[lower bound 2 (hours 2, caseload 1), needed 3, unservable 1; assumes every coach copies "
                + "the profile: 1 FTE, 140 h a month; at most 10 practices a coach: the policy's default, EvidenceNOW's mean "
                + "caseload (1,630 practices / 162 facilitators, Sweeney et al. 2022), a mean and not an observed maximum; "
                + "pinned, current and forbidden coaches set aside]", plan.toString());
    }
}

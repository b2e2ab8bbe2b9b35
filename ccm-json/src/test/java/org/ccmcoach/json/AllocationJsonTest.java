package org.ccmcoach.json;

import static org.ccmcoach.allocation.testing.NineTeams.PROFILE;
import static org.ccmcoach.allocation.testing.NineTeams.hour;
import static org.ccmcoach.allocation.testing.NineTeams.model;
import static org.ccmcoach.allocation.testing.NineTeams.teams;
import static org.ccmcoach.allocation.testing.NineTeams.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationChecker;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.Breach;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.FacilitationResource;
import org.ccmcoach.allocation.Intensity;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.TravelTime;
import org.ccmcoach.allocation.capacity.BudgetReach;
import org.ccmcoach.allocation.capacity.CapacityPlan;
import org.ccmcoach.allocation.capacity.CapacityPlanner;
import org.ccmcoach.allocation.capacity.PlanCost;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.core.value.CcmValidator;
import org.junit.jupiter.api.Test;

/** Allocation types read back equal from their JSON, budgets too; a problem written by hand reads with policy defaults. */
class AllocationJsonTest {

    private static final CoachId ANA = CoachId.of("coach-ana");

    private static AllocationProblem problem() {
        return AllocationProblem.builder()
                .policy(AllocationPolicy.defaults().withMaxOneWayMinutes(90).withLearningCollaborative(true))
                .addCoaches(CoachProfile.builder().coach(Coach.builder().id(ANA).name("Ana").fte(0.5)
                        .addExpertise("registry").homeLocation(GeoPoint.of(45.5, -122.6)).build()).caseloadCap(4).build())
                .addPractices(PracticeProfile.builder()
                        .practice(Practice.builder().id(PracticeId.of("p-1")).name("Riverside").organization("RCH")
                                .location(GeoPoint.of(45.6, -122.5)).build())
                        .triage(TriageLevel.SURVIVAL).wantsToEngage(true).readiness(5).intensity(Intensity.INTENSIVE)
                        .addOtherResources(FacilitationResource.PHYSICIAN_PEER).addRequiredExpertise("registry")
                        .currentCoach(ANA).build(),
                        PracticeProfile.builder().practice(Practice.builder().id(PracticeId.of("p-2")).name("Hillside")
                                .organization("HCH").build()).triage(TriageLevel.EXEMPLAR).build())
                .addTravelTimes(TravelTime.of(ANA, PracticeId.of("p-2"), 25))
                .build();
    }

    @Test
    void problems_plans_breaches_and_capacity_plans_round_trip() {
        AllocationProblem problem = problem();
        Allocation allocation = Allocator.heuristic().allocate(problem);
        List<Breach> breaches = AllocationChecker.check(problem, java.util.Map.of(PracticeId.of("p-2"), ANA));
        CapacityPlan plan = CapacityPlanner.plan(problem.policy(), problem.practices(), problem.coaches().get(0), problem.travelTimes());
        for (Object value : List.of(problem, problem.policy(), allocation, breaches.get(0), plan, AllocationPolicy.defaults())) {
            assertEquals(value, CcmJson.parse(CcmJson.toJson(value), CcmValidator.publicType(value.getClass())));
        }
        assertEquals(1, allocation.assignments().size());
        assertEquals(ANA, CcmJson.parse(CcmJson.toJson(allocation), Allocation.class).coachOf(PracticeId.of("p-1")).orElseThrow());
    }

    @Test
    void a_hand_written_problem_takes_the_policy_defaults_it_does_not_state() {
        String json = """
                {"policy": {"maxOneWayMinutes": 60},
                 "coaches": [{"coach": {"id": "coach-ana", "name": "Ana", "fte": 0.5}}],
                 "practices": [{"practice": {"id": "p-1", "name": "Riverside", "organization": "RCH"},
                                "triage": "FUNCTIONAL", "readiness": 6}],
                 "travelTimes": [{"coach": "coach-ana", "practice": "p-1", "minutes": 20}]}""";
        AllocationProblem problem = CcmJson.parse(json, AllocationProblem.class);
        assertEquals(60.0, problem.policy().maxOneWayMinutes());
        assertEquals(AllocationPolicy.defaults().coachingHours(), problem.policy().coachingHours());
        // 10 + 87/60 + 2 × 20/60
        assertEquals(12.1167, problem.load(ANA, PracticeId.of("p-1")), 1e-4);
    }

    @Test
    void a_pin_to_an_unknown_coach_in_json_is_refused_naming_it() {
        String json = """
                {"coaches": [{"coach": {"id": "coach-ana", "name": "Ana"}}],
                 "practices": [{"practice": {"id": "p-1", "name": "Riverside", "organization": "RCH"},
                                "pinnedCoach": "coach-zed"}],
                 "travelTimes": [{"coach": "coach-ana", "practice": "p-1", "minutes": 20}]}""";
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, AllocationProblem.class));
        assertTrue(e.getMessage().contains("AllocationProblem.practices[0].pinnedCoach: must name a coach of the problem (was coach-zed)"),
                e.getMessage());
    }

    @Test
    void budgets_round_trip_in_json() {
        List<PracticeProfile> teams = teams(Intensity.INTENSIVE);
        BudgetReach reach = CapacityPlanner.reach(AllocationPolicy.defaults(), teams, PROFILE, hour(teams), model(),
                usd("240000"));
        String json = CcmJson.toJson(reach);
        assertEquals(true, json.contains("\"budget\":\"USD 240000.00\""), json);
        assertEquals(reach, CcmJson.parse(json, BudgetReach.class));
        PlanCost cost = CapacityPlanner.budget(AllocationPolicy.defaults(), teams, PROFILE, hour(teams), model()).planCost();
        assertEquals(cost, CcmJson.parse(CcmJson.toJson(cost), PlanCost.class));
    }
}

package org.ccmcoach.allocation;

import static org.ccmcoach.allocation.Scenario.A;
import static org.ccmcoach.allocation.Scenario.B;
import static org.ccmcoach.allocation.Scenario.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ccmcoach.core.PracticeId;
import org.junit.jupiter.api.Test;

/** The allocator on the hand-worked {@link Scenario}. */
class AllocatorTest {

    private final Allocation allocation = Allocator.heuristic().allocate(Scenario.problem());

    @Test
    void serves_by_priority_then_least_travel_then_continuity() {
        assertEquals(Map.of(id(1), A, id(8), A, id(2), B, id(3), B), allocation.plan());
        assertEquals(List.of(id(1), id(2), id(3), id(8)), allocation.assignments().stream().map(Assignment::practice).toList());
        assertEquals(3.0, allocation.totalTravelHours(), 1e-9);
    }

    @Test
    void explains_each_assignment_with_its_load() {
        Assignment p1 = allocation.assignments().get(0);
        assertEquals(AssignmentReason.NEAREST_ELIGIBLE_COACH, p1.reason());
        assertEquals("nearest eligible coach, 30 min one way", p1.explanation());
        assertEquals(11.45, p1.coachingHours(), 1e-9);
        assertEquals(1.0, p1.travelHours(), 1e-9);
        assertEquals(12.45, p1.load(), 1e-9);
        Assignment p2 = allocation.assignments().get(1);
        assertEquals(AssignmentReason.CURRENT_COACH, p2.reason());
        assertEquals("keeps its current coach, as near as any other (30 min one way)", p2.explanation());
        assertEquals(AssignmentReason.NEAREST_ELIGIBLE_COACH, allocation.assignments().get(3).reason());
    }

    @Test
    void names_the_binding_reason_for_each_unserved_practice_and_orders_the_waitlist() {
        assertEquals(List.of(id(6), id(7), id(4), id(5)), allocation.unserved().stream().map(Unserved::practice).toList());
        assertEquals(List.of(UnservedReason.NO_COACH_WITH_EXPERTISE, UnservedReason.NO_COACH_WITHIN_TRAVEL,
                UnservedReason.CAPACITY_TAKEN, UnservedReason.NOT_A_CANDIDATE),
                allocation.unserved().stream().map(Unserved::reason).toList());
        assertEquals(List.of(id(6), id(7), id(4)), allocation.waitlist().stream().map(Unserved::practice).toList());
        Unserved p7 = allocation.unserved().get(1);
        assertEquals("the nearest coach it may have, coach-b, is 150 min away one way; the limit is 130 min", p7.explanation());
        Unserved p4 = allocation.unserved().get(2);
        assertEquals(List.of(id(1), id(2), id(3), id(8)), p4.displacedBy());
        assertTrue(p4.explanation().startsWith("the coaches that may serve it are full: coach-a (needs 11.78 h, 2 practices of a caseload cap of 10, 24.23 of 28 h)"),
                p4.explanation());
        assertEquals("triaged EXEMPLAR: a peer mentor, not coached", allocation.unserved().get(3).explanation());
    }

    @Test
    void reports_each_coachs_utilization() {
        CoachLoad a = allocation.coachLoads().get(0);
        assertEquals(List.of(id(1), id(8)), a.practices());
        assertEquals(12.45 + 11.45 + 20 / 60.0, a.hours(), 1e-9);   // 24.2333: p1 12.45, p8 11.45 + 2 × 10 / 60
        assertEquals(24.2333 / 28, a.utilization(), 1e-5);   // 0.8655
        assertEquals(java.util.OptionalInt.of(2), allocation.coachLoads().get(1).caseloadCap());
        assertTrue(AllocationChecker.check(Scenario.problem(), allocation).isEmpty());
    }

    @Test
    void a_pin_is_served_by_its_coach_even_before_higher_priority_practices() {
        AllocationProblem pinned = Scenario.problem(List.of(Scenario.practice(4).pinnedCoach(A).build()));
        Allocation a = Allocator.heuristic().allocate(pinned);
        assertEquals(A, a.coachOf(id(4)).orElseThrow());
        assertEquals(AssignmentReason.PINNED, a.assignments().stream().filter(x -> x.practice().equals(id(4))).findFirst().orElseThrow().reason());
        assertEquals(Map.of(id(1), A, id(4), A, id(2), B, id(3), B), a.plan());
        assertEquals(UnservedReason.CAPACITY_TAKEN, a.waitlist().get(2).reason());
    }

    @Test
    void the_result_does_not_depend_on_input_order() {
        AllocationProblem problem = Scenario.problem();
        List<PracticeProfile> reversed = new java.util.ArrayList<>(problem.practices());
        java.util.Collections.reverse(reversed);
        List<CoachProfile> coaches = List.of(problem.coaches().get(1), problem.coaches().get(0));
        Allocation again = Allocator.heuristic().allocate(problem.withPractices(reversed).withCoaches(coaches));
        assertEquals(allocation.assignments(), again.assignments());
        assertEquals(allocation.unserved(), again.unserved());
    }

    @Test
    void a_program_without_coaches_serves_no_one_and_says_why() {
        Allocation none = Allocator.heuristic().allocate(AllocationProblem.builder()
                .addPractices(Scenario.practice(1).triage(org.ccmcoach.core.TriageLevel.FUNCTIONAL).build()).build());
        assertEquals(UnservedReason.NO_ELIGIBLE_COACH, none.unserved().get(0).reason());
        assertEquals("the program has no coaches", none.unserved().get(0).explanation());
        assertEquals(Map.<PracticeId, org.ccmcoach.core.CoachId>of(), none.plan());
    }

    @Test
    void one_more_coach_may_serve_fewer_in_total_but_never_fewer_of_a_higher_class() {
        // Hours equal the policy's table: no visits, so no travel hours; 10 h per FTE.
        AllocationPolicy policy = AllocationPolicy.defaults().withHoursPerFteMonth(10)
                .withCoachingHours(Map.of(Intensity.LIGHT, 2.0, Intensity.STANDARD, 6.0, Intensity.INTENSIVE, 10.0))
                .withVisitsPerMonth(Map.of(Intensity.LIGHT, 0.0, Intensity.STANDARD, 0.0, Intensity.INTENSIVE, 0.0));
        List<PracticeProfile> practices = List.of(
                Scenario.practice(1).triage(org.ccmcoach.core.TriageLevel.FUNCTIONAL).readiness(8).intensity(Intensity.INTENSIVE).build(),
                Scenario.practice(2).triage(org.ccmcoach.core.TriageLevel.FUNCTIONAL).readiness(8).build(),
                Scenario.practice(3).triage(org.ccmcoach.core.TriageLevel.FUNCTIONAL).readiness(2).intensity(Intensity.LIGHT).build(),
                Scenario.practice(4).triage(org.ccmcoach.core.TriageLevel.FUNCTIONAL).readiness(2).intensity(Intensity.LIGHT).build());
        CoachProfile ana = CoachProfile.of(org.ccmcoach.core.Coach.builder().id(A).name("Ana").build());          // 10 h
        CoachProfile ben = CoachProfile.of(org.ccmcoach.core.Coach.builder().id(B).name("Ben").fte(0.6).build()); // 6 h
        AllocationProblem one = AllocationProblem.builder().policy(policy).addCoaches(ana).practices(practices)
                .addTravelTimes(TravelTime.of(A, id(1), 10), TravelTime.of(A, id(2), 10), TravelTime.of(A, id(3), 10),
                        TravelTime.of(A, id(4), 10))
                .build();
        // Ana alone takes one of p1 (10 h) and p2 (6 h): p2, which leaves 4 h for p3 and p4 (2 h each).
        assertEquals(Map.of(id(2), A, id(3), A, id(4), A), Allocator.heuristic().allocate(one).plan());
        // Ben reaches only p2 (p1, p3, p4 are 200 min away): p2 moves to him and p1 fills Ana.
        AllocationProblem two = AllocationProblem.builder().policy(policy).addCoaches(ana, ben).practices(practices)
                .travelTimes(one.travelTimes())
                .addTravelTimes(TravelTime.of(B, id(1), 200), TravelTime.of(B, id(2), 10), TravelTime.of(B, id(3), 200),
                        TravelTime.of(B, id(4), 200))
                .build();
        Allocation plan = Allocator.heuristic().allocate(two);
        assertEquals(Map.of(id(1), A, id(2), B), plan.plan());
        assertEquals(List.of(UnservedReason.CAPACITY_TAKEN, UnservedReason.CAPACITY_TAKEN),
                plan.waitlist().stream().map(Unserved::reason).toList());
    }

    @Test
    void the_report_lists_plan_waitlist_ruled_out_and_coaches() {
        // Loads: 11.45 coaching hours + 2 × one-way / 60 travel; p3 on B 11.45 + 40/60 = 12.12 h,
        // p8 on A 11.45 + 20/60 = 11.78 h. Coach A holds 12.45 + 11.78 = 24.23 h of 28 (87 %),
        // travel 1 + 1/3 = 1.3 h; coach B 12.45 + 12.12 = 24.57 h (88 %), travel 1 + 2/3 = 1.7 h.
        String n = System.lineSeparator();
        assertEquals("Plan: 4 served, 3 waitlisted, 1 not candidates; 3.0 travel h/month" + n
                + "  p1 → coach-a (12.45 h/month: nearest eligible coach, 30 min one way)" + n
                + "  p2 → coach-b (12.45 h/month: keeps its current coach, as near as any other (30 min one way))" + n
                + "  p3 → coach-b (12.12 h/month: nearest eligible coach, 20 min one way)" + n
                + "  p8 → coach-a (11.78 h/month: nearest eligible coach, 10 min one way)" + n
                + "Waitlist:" + n
                + "   1. p6: NO_COACH_WITH_EXPERTISE — no coach lists the required expertise [registry]" + n
                + "   2. p7: NO_COACH_WITHIN_TRAVEL — the nearest coach it may have, coach-b, is 150 min away one way; the limit is 130 min" + n
                + "   3. p4: CAPACITY_TAKEN — the coaches that may serve it are full: coach-a (needs 11.78 h, 2 practices of a caseload cap of 10, 24.23 of 28 h), "
                + "coach-b (needs 11.78 h, 2 practices of a caseload cap of 2, 24.57 of 28 h); held by practices of higher or equal priority: p1, p2, p3, p8" + n
                + "Not candidates:" + n
                + "  p5: NOT_A_CANDIDATE — triaged EXEMPLAR: a peer mentor, not coached" + n
                + "Coaches:" + n
                + "  coach-a: 2 practices of a caseload cap of 10, 24.2 of 28.0 h (87 %), 1.3 h travel" + n
                + "  coach-b: 2 practices of a caseload cap of 2, 24.6 of 28.0 h (88 %), 1.7 h travel" + n, allocation.report());
        assertEquals("Allocation[served 4, waitlist 3, not candidates 1, travel 3.0 h/month]", allocation.toString());
    }

    @Test
    void a_practice_with_one_allowed_coach_names_what_keeps_the_others_out() {
        // p3 forbids coach A, so only B may serve it, 20 minutes away.
        Allocation a = Allocator.heuristic().allocate(Scenario.problem(List.of(Scenario.practice(3).triage(
                org.ccmcoach.core.TriageLevel.LOW_FUNCTIONAL).readiness(4).addForbiddenCoaches(A).build())));
        Assignment p3 = a.assignments().stream().filter(x -> x.practice().equals(id(3))).findFirst().orElseThrow();
        assertEquals(AssignmentReason.ONLY_ELIGIBLE_COACH, p3.reason());
        assertEquals("the only coach allowed to serve it, 20 min one way (others kept out by coach-a: forbidden coach)",
                p3.explanation());
    }
}

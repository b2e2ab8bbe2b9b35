package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmcoach.allocation.capacity.PlanCost;
import org.ccmcoach.allocation.capacity.PlanCosting;
import org.ccmcoach.allocation.capacity.PracticeCost;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.cost.CostLine;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.junit.jupiter.api.Test;

/**
 * An integrated-care program by hand: one point-of-contact coach (Ana, an hour from every practice)
 * and one behavioural-health coach (Hana, 30 minutes) for four light-intensity practices visited 0.2
 * times a month, of which p1, p2 and p3 need behavioural-health coaching and p4 does not. Readiness
 * 8, 7, 6, 5 puts them in that order of priority.
 *
 * <p>Ana's load per practice, as in {@link TechnicalAssistanceTest}: 4.29 coaching + 0.4 travel =
 * 4.69 h; 4 × 4.69 = 18.76 h of 140. Hana's per practice: 2 + 0.2 × (87 + 2 × 30)/60 = 2 + 0.49 =
 * 2.49 h, of which travel 0.2 × 2 × 30/60 = 0.2, coaching 2.29. At 0.05 FTE Hana has 0.05 × 140 = 7 h:
 * p1 and p2 take 4.98 h, p3 would need 7.47 h, more than 7: p3 is a gap, the lowest-priority practice
 * needing her. At 1 FTE all three fit (7.47 h), and p4, which does not need her, never gets her.
 */
class BehaviouralHealthTest {

    static final CoachId ANA = CoachId.of("coach-ana");
    static final CoachId HANA = CoachId.of("coach-hana");

    static List<PracticeProfile> practices() {
        List<PracticeProfile> out = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            out.add(Scenario.practice(i).triage(TriageLevel.FUNCTIONAL).intensity(Intensity.LIGHT).readiness(9 - i)
                    .needsBehaviouralHealth(i <= 3).build());
        }
        return out;
    }

    static AllocationProblem program(double hanaFte, double hanaMinutesToP3, boolean withHana) {
        List<TravelTime> travel = new ArrayList<>();
        for (PracticeProfile p : practices()) {
            travel.add(TravelTime.of(ANA, p.id(), 60));
            if (withHana) {
                travel.add(TravelTime.of(HANA, p.id(), p.id().equals(Scenario.id(3)) ? hanaMinutesToP3 : 30));
            }
        }
        AllocationProblem.Builder b = AllocationProblem.builder().policy(TechnicalAssistanceTest.PILOT).practices(practices())
                .addCoaches(CoachProfile.of(Coach.builder().id(ANA).name("Ana").build()));
        if (withHana) {
            b.addCoaches(CoachProfile.builder().coach(Coach.builder().id(HANA).name("Hana").fte(hanaFte).build())
                    .role(EngagementRole.BEHAVIOURAL_HEALTH).build());
        }
        return b.travelTimes(travel).build();
    }

    @Test
    void the_behavioural_health_coach_serves_only_the_practices_that_need_her() {
        AllocationProblem problem = program(1.0, 30, true);
        Allocation a = Allocator.heuristic().allocate(problem);
        assertEquals(4, a.assignments().size());
        assertTrue(a.assignments().stream().allMatch(x -> x.coach().equals(ANA)), "Hana is never a point of contact");
        assertEquals(List.of(Scenario.id(1), Scenario.id(2), Scenario.id(3)),
                a.behaviouralHealth().stream().map(Assignment::practice).toList());
        Assignment one = a.behaviouralHealth().get(0);
        assertEquals(HANA, one.coach());
        assertEquals(2.29, one.coachingHours(), 1e-9);
        assertEquals(0.2, one.travelHours(), 1e-9);
        assertEquals(AssignmentReason.NEAREST_ELIGIBLE_COACH, one.reason());
        assertEquals("behavioural health: nearest behavioural-health coach with hours left, 30 min one way", one.explanation());
        assertEquals(List.of(), a.behaviouralHealthGaps());
        assertEquals(List.of(), a.technicalAssistance());
        CoachLoad hana = a.coachLoads().stream().filter(l -> l.coach().equals(HANA)).findFirst().orElseThrow();
        assertEquals(7.47, hana.hours(), 1e-9);
        assertEquals(3, hana.caseload());
        CoachLoad ana = a.coachLoads().stream().filter(l -> l.coach().equals(ANA)).findFirst().orElseThrow();
        assertEquals(18.76, ana.hours(), 1e-9);
        assertEquals(List.of(), AllocationChecker.check(problem, a));
        assertTrue(a.report().contains("Behavioural health:"), a.report());
    }

    @Test
    void the_exact_allocator_gives_the_same_integrated_plan() {
        AllocationProblem problem = program(0.05, 30, true);
        Allocation exact = new ExactAllocator().allocate(problem);
        Allocation heuristic = Allocator.heuristic().allocate(problem);
        assertEquals(heuristic.plan(), exact.plan());
        assertEquals(heuristic.behaviouralHealth(), exact.behaviouralHealth());
        assertEquals(heuristic.behaviouralHealthGaps(), exact.behaviouralHealthGaps());
        assertEquals(List.of(), AllocationChecker.check(problem, exact));
    }

    @Test
    void a_practice_left_without_behavioural_health_is_told_why() {
        // Capacity: 7 h, p1 and p2 hold 4.98 (see the class comment).
        Allocation short_ = Allocator.heuristic().allocate(program(0.05, 30, true));
        assertEquals(List.of(Scenario.id(1), Scenario.id(2)),
                short_.behaviouralHealth().stream().map(Assignment::practice).toList());
        Unserved gap = short_.behaviouralHealthGaps().get(0);
        assertEquals(Scenario.id(3), gap.practice());
        assertEquals(UnservedReason.CAPACITY_TAKEN, gap.reason());
        assertEquals("the behavioural-health coaches within reach are full: coach-hana (needs 2.49 h, 4.98 of 7 h)",
                gap.explanation());
        assertEquals(1, short_.behaviouralHealthGaps().size(), "p4 needs none, so it is no gap");
        // p3 200 minutes from Hana, beyond the policy's 130-minute limit.
        Allocation far = Allocator.heuristic().allocate(program(1.0, 200, true));
        assertEquals(UnservedReason.NO_COACH_WITHIN_TRAVEL, far.behaviouralHealthGaps().get(0).reason());
        assertEquals("no behavioural-health coach that is not forbidden to it has a known trip within 130 min one way",
                far.behaviouralHealthGaps().get(0).explanation());
        // No behavioural-health coach at all: each of the three practices that need one is a gap.
        Allocation none = Allocator.heuristic().allocate(program(1.0, 30, false));
        assertEquals(4, none.assignments().size());
        assertEquals(List.of(Scenario.id(1), Scenario.id(2), Scenario.id(3)),
                none.behaviouralHealthGaps().stream().map(Unserved::practice).toList());
        assertEquals(UnservedReason.NO_ELIGIBLE_COACH, none.behaviouralHealthGaps().get(0).reason());
        assertEquals("it needs behavioural-health coaching and the program has no behavioural-health coach",
                none.behaviouralHealthGaps().get(0).explanation());
    }

    @Test
    void a_program_without_behavioural_health_is_unchanged() {
        AllocationProblem pilot = TechnicalAssistanceTest.pilot(1.0, 90);
        Allocation a = Allocator.heuristic().allocate(pilot);
        assertEquals(List.of(), a.behaviouralHealth());
        assertEquals(List.of(), a.behaviouralHealthGaps());
        assertTrue(!a.report().contains("Behavioural health"), a.report());
    }

    @Test
    void a_behavioural_health_coach_is_no_point_of_contact() {
        // Only Hana: she may not be any practice's point of contact, so all four wait, for want of one.
        AllocationProblem full = program(1.0, 30, true);
        AllocationProblem onlyHana = AllocationProblem.builder().policy(full.policy()).practices(full.practices())
                .coaches(full.coaches().stream().filter(c -> c.id().equals(HANA)).toList())
                .travelTimes(full.travelTimes().stream().filter(t -> t.coach().equals(HANA)).toList()).build();
        Allocation a = Allocator.heuristic().allocate(onlyHana);
        assertEquals(0, a.assignments().size());
        assertTrue(a.unserved().stream().allMatch(u -> u.reason() == UnservedReason.NO_ELIGIBLE_COACH), a.report());
        assertEquals(List.of(), a.behaviouralHealth(), "no practice is served, so none beside a point of contact");
    }

    @Test
    void the_checker_catches_a_behavioural_health_coach_where_none_is_needed() {
        AllocationProblem problem = program(1.0, 30, true);
        Map<PracticeId, CoachId> plan = new LinkedHashMap<>();
        practices().forEach(p -> plan.put(p.id(), ANA));
        Map<PracticeId, CoachId> bh = new LinkedHashMap<>();
        bh.put(Scenario.id(4), HANA);   // p4 does not need behavioural health
        bh.put(Scenario.id(1), ANA);    // Ana is a point of contact, not a behavioural-health coach
        List<Breach> breaches = AllocationChecker.check(problem, plan, Map.of(Scenario.id(2), HANA), bh);
        assertEquals(List.of(AllocationRule.TECHNICAL_ASSISTANCE_ONLY, AllocationRule.BEHAVIOURAL_HEALTH_NEED,
                AllocationRule.BEHAVIOURAL_HEALTH_ONLY), breaches.stream().map(Breach::rule).toList(), breaches.toString());
        assertEquals("coach-hana is a behavioural-health coach, not a technical-assistance one", breaches.get(0).message());
        assertEquals("p4 does not need behavioural-health coaching (needsBehaviouralHealth is false)", breaches.get(1).message());
        assertEquals("coach-ana is a point-of-contact coach, not a behavioural-health one", breaches.get(2).message());
        // Hana given as a point of contact breaks the role rule of the plan itself.
        List<Breach> asContact = AllocationChecker.check(problem, Map.of(Scenario.id(1), HANA));
        assertEquals(List.of(AllocationRule.POINT_OF_CONTACT_ONLY), asContact.stream().map(Breach::rule).toList());
    }

    @Test
    void the_checker_holds_a_behavioural_health_coach_to_her_hours() {
        // At 0.05 FTE (7 h), all three practices that need her: 3 × 2.49 = 7.47 h.
        AllocationProblem problem = program(0.05, 30, true);
        Map<PracticeId, CoachId> plan = new LinkedHashMap<>();
        practices().forEach(p -> plan.put(p.id(), ANA));
        Map<PracticeId, CoachId> bh = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            bh.put(Scenario.id(i), HANA);
        }
        List<Breach> breaches = AllocationChecker.check(problem, plan, Map.of(), bh);
        assertEquals(List.of(AllocationRule.CAPACITY_HOURS), breaches.stream().map(Breach::rule).toList());
        assertEquals("coach-hana: 7.47 h a month assigned, capacity 7 h", breaches.get(0).message());
    }

    @Test
    void the_plan_cost_includes_behavioural_health() {
        // p1 a year, Ana: 12 × 4.29 × 60 = 3,088.8 coach min, 12 × 0.4 × 60 = 288 travel min; Hana:
        // 12 × 2.29 × 60 = 1,648.8 and 12 × 0.2 × 60 = 144. Coach time 4,737.6 min at 50.00 an hour
        // = 3,948.00; travel 432 min = 360.00; visits 2.4 + 2.4 = 4.8 × 15 = 72.00.
        AllocationProblem problem = program(1.0, 30, true);
        PlanCost cost = PlanCosting.of(problem, Allocator.heuristic().allocate(problem), CoachingFixtures.costModel());
        PracticeCost p1 = cost.practices().get(0);
        assertEquals(Scenario.id(1), p1.practice());
        assertEquals(CoachingFixtures.usd("3948.00"), p1.firstYearCost().line(CostLine.COACH_TIME));
        assertEquals(CoachingFixtures.usd("360.00"), p1.firstYearCost().line(CostLine.TRAVEL_TIME));
        assertEquals(CoachingFixtures.usd("72.00"), p1.firstYearCost().line(CostLine.VISIT_EXPENSES));
    }
}

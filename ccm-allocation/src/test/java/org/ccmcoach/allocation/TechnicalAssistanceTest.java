package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

/**
 * The pilot's shape by hand: one point-of-contact coach (Ana, an hour from every team) and one
 * technical-assistance coach (Raj, 90 minutes) for nine light-intensity teams visited 0.2 times a month.
 *
 * <p>Ana's load per team: 4 + 0.2 × 87/60 = 4.29 coaching hours and 0.2 × 2 × 60/60 = 0.4 travel:
 * 4.69 h; 9 × 4.69 = 42.21 h of her 140. Raj's per team: 2 + 0.2 × (87 + 2 × 90)/60 = 2.89 h, of
 * which travel 0.2 × 2 × 90/60 = 0.6; 9 × 2.89 = 26.01 h.
 */
class TechnicalAssistanceTest {

    static final CoachId ANA = CoachId.of("coach-ana");
    static final CoachId RAJ = CoachId.of("coach-raj");
    static final AllocationPolicy PILOT = AllocationPolicy.defaults().withVisitsPerMonth(
            Map.of(Intensity.LIGHT, 0.2, Intensity.STANDARD, 1.0, Intensity.INTENSIVE, 2.0));

    static List<PracticeProfile> teams() {
        List<PracticeProfile> out = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            out.add(Scenario.practice(i).triage(TriageLevel.FUNCTIONAL).intensity(Intensity.LIGHT).build());
        }
        return out;
    }

    static AllocationProblem pilot(double rajFte, double rajMinutesToTeam9) {
        List<PracticeProfile> teams = teams();
        List<TravelTime> travel = new ArrayList<>();
        for (PracticeProfile t : teams) {
            travel.add(TravelTime.of(ANA, t.id(), 60));
            travel.add(TravelTime.of(RAJ, t.id(), t.id().equals(Scenario.id(9)) ? rajMinutesToTeam9 : 90));
        }
        return AllocationProblem.builder().policy(PILOT).practices(teams)
                .addCoaches(CoachProfile.of(Coach.builder().id(ANA).name("Ana").build()),
                        CoachProfile.builder().coach(Coach.builder().id(RAJ).name("Raj").fte(rajFte).build())
                                .role(EngagementRole.TECHNICAL_ASSISTANCE).build())
                .travelTimes(travel).build();
    }

    @Test
    void one_technical_assistance_coach_supports_all_nine_teams() {
        Allocation a = Allocator.heuristic().allocate(pilot(1.0, 90));
        assertEquals(9, a.assignments().size());
        assertTrue(a.assignments().stream().allMatch(x -> x.coach().equals(ANA)));
        assertEquals(9, a.technicalAssistance().size());
        Assignment one = a.technicalAssistance().get(0);
        assertEquals(RAJ, one.coach());
        assertEquals(2.29, one.coachingHours(), 1e-9);
        assertEquals(0.6, one.travelHours(), 1e-9);
        assertEquals("technical assistance: nearest technical-assistance coach with hours left, 90 min one way",
                one.explanation());
        CoachLoad raj = a.coachLoads().stream().filter(l -> l.coach().equals(RAJ)).findFirst().orElseThrow();
        assertEquals(26.01, raj.hours(), 1e-9);
        assertEquals(5.4, raj.travelHours(), 1e-9);
        assertEquals(9, raj.caseload(), "no cap of 10 on a technical-assistance coach whose profile sets none");
        assertEquals(java.util.OptionalInt.empty(), raj.caseloadCap());
        assertEquals("coach-raj: 9 practices, 26.0 of 140.0 h (19 %), 5.4 h travel", raj.toString());
        CoachLoad ana = a.coachLoads().stream().filter(l -> l.coach().equals(ANA)).findFirst().orElseThrow();
        assertEquals(42.21, ana.hours(), 1e-9);
        assertEquals(List.of(), AllocationChecker.check(pilot(1.0, 90), a));
        assertTrue(a.report().contains("Technical assistance:"), a.report());
    }

    @Test
    void gaps_name_capacity_and_travel() {
        // Raj at 0.1 FTE has 14 h: 4 teams at 2.89 h (11.56), a fifth would need 14.45.
        Allocation short_ = Allocator.heuristic().allocate(pilot(0.1, 90));
        assertEquals(4, short_.technicalAssistance().size());
        assertEquals(5, short_.technicalAssistanceGaps().size());
        Unserved gap = short_.technicalAssistanceGaps().get(0);
        assertEquals(UnservedReason.CAPACITY_TAKEN, gap.reason());
        assertEquals("the technical-assistance coaches within reach are full: coach-raj (needs 2.89 h, 11.56 of 14 h)",
                gap.explanation());
        // Team 9 is 200 minutes from Raj, beyond the 130-minute limit.
        Allocation far = Allocator.heuristic().allocate(pilot(1.0, 200));
        assertEquals(8, far.technicalAssistance().size());
        assertEquals(Scenario.id(9), far.technicalAssistanceGaps().get(0).practice());
        assertEquals(UnservedReason.NO_COACH_WITHIN_TRAVEL, far.technicalAssistanceGaps().get(0).reason());
        assertEquals("no technical-assistance coach that is not forbidden to it has a known trip within 130 min one way",
                far.technicalAssistanceGaps().get(0).explanation());
    }

    @Test
    void the_checker_reads_both_roles() {
        AllocationProblem problem = pilot(0.1, 90);
        Map<PracticeId, CoachId> plan = new LinkedHashMap<>();
        Map<PracticeId, CoachId> support = new LinkedHashMap<>();
        for (PracticeProfile t : teams()) {
            plan.put(t.id(), ANA);
            support.put(t.id(), RAJ);
        }
        plan.remove(Scenario.id(9));
        support.put(Scenario.id(8), ANA);
        List<Breach> breaches = AllocationChecker.check(problem, plan, support);
        List<AllocationRule> rules = breaches.stream().map(Breach::rule).toList();
        assertEquals(List.of(AllocationRule.TECHNICAL_ASSISTANCE_ONLY, AllocationRule.SERVED_PRACTICES_ONLY,
                AllocationRule.CAPACITY_HOURS), rules, breaches.toString());
        // Raj supports 8 teams (team 8 went to Ana): 8 × 2.89 = 23.12 h of 14.
        assertEquals("coach-raj: 23.12 h a month assigned, capacity 14 h", breaches.get(2).message());
    }

    @Test
    void the_checker_names_a_technical_assistance_trip_beyond_the_limit_as_for_any_coach() {
        AllocationProblem far = pilot(1.0, 200);
        Map<PracticeId, CoachId> plan = new LinkedHashMap<>();
        teams().forEach(t -> plan.put(t.id(), ANA));
        List<Breach> breaches = AllocationChecker.check(far, plan, Map.of(Scenario.id(9), RAJ));
        assertEquals(List.of(AllocationRule.TRAVEL_LIMIT), breaches.stream().map(Breach::rule).toList());
        assertEquals(Scenario.id(9) + " is 200 min from coach-raj one way; the limit is 130 min", breaches.get(0).message());
    }

    @Test
    void a_role_without_capacity_is_refused() {
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> Coach.builder().id(RAJ).name("Raj").fte(0).build());
        assertEquals("Coach.fte: must be more than 0 (was 0)", e.getMessage());
    }

    @Test
    void the_plan_cost_includes_technical_assistance() {
        // Per team and year, Ana: 12 × 4.29 × 60 = 3,088.8 coach min, 12 × 0.4 × 60 = 288 travel min;
        // Raj: 12 × 2.29 × 60 = 1,648.8 and 12 × 0.6 × 60 = 432. Coach time (3,088.8 + 1,648.8) min at
        // 50.00 an hour = 3,948.00; travel 720 min = 600.00; visits 2.4 + 2.4 = 4.8 × 15 = 72.00.
        AllocationProblem problem = pilot(1.0, 90);
        PlanCost cost = PlanCosting.of(problem, Allocator.heuristic().allocate(problem), CoachingFixtures.costModel());
        PracticeCost team = cost.practices().get(0);
        assertEquals(java.util.Optional.of(RAJ), team.technicalAssistance());
        assertEquals(CoachingFixtures.usd("3948.00"), team.firstYearCost().line(CostLine.COACH_TIME));
        assertEquals(CoachingFixtures.usd("600.00"), team.firstYearCost().line(CostLine.TRAVEL_TIME));
        assertEquals(CoachingFixtures.usd("72.00"), team.firstYearCost().line(CostLine.VISIT_EXPENSES));
    }
}

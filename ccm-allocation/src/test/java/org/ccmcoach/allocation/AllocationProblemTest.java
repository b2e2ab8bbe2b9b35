package org.ccmcoach.allocation;

import static org.ccmcoach.allocation.Scenario.A;
import static org.ccmcoach.allocation.Scenario.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

/** Malformed and infeasible problems are refused naming the element and the rule. */
class AllocationProblemTest {

    @Test
    void loads_and_barriers_follow_the_policy() {
        AllocationProblem problem = Scenario.problem();
        assertEquals(14.45, problem.load(A, id(3)), 1e-9);   // 11.45 + 2 × 90 / 60
        assertEquals(Set.of(AllocationRule.TRAVEL_LIMIT), problem.barriers(A, id(7)));
        assertEquals(Set.of(AllocationRule.EXPERTISE), problem.barriers(A, id(6)));
        assertEquals(List.of(id(1), id(6), id(7), id(2), id(3), id(8), id(4), id(5)),
                problem.priorityOrder().stream().map(PracticeProfile::id).toList());
        assertThrows(IllegalArgumentException.class, () -> problem.load(CoachId.of("nobody"), id(1)));
    }

    @Test
    void a_pin_to_an_unknown_coach_is_refused() {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> Scenario.problem(
                List.of(Scenario.practice(1).pinnedCoach(CoachId.of("coach-z")).build())));
        assertEquals("AllocationProblem.practices[0].pinnedCoach: must name a coach of the problem (was coach-z)",
                e.problems().get(0).toString());
    }

    @Test
    void a_pin_beyond_the_travel_limit_is_refused_with_the_minutes() {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> Scenario.problem(
                List.of(Scenario.practice(7).triage(TriageLevel.FUNCTIONAL).pinnedCoach(A).build())));
        assertEquals("AllocationProblem.practices[6].pinnedCoach: must name a coach allowed to serve the practice: "
                + "p7 is 200 min from coach-a one way; the limit is 130 min (was coach-a)", e.problems().get(0).toString());
    }

    @Test
    void pins_must_fit_the_coach_and_the_practice_must_be_a_candidate() {
        CcmValidationException hours = assertThrows(CcmValidationException.class, () -> Scenario.problem(List.of(
                Scenario.practice(1).pinnedCoach(A).build(), Scenario.practice(2).pinnedCoach(A).build(),
                Scenario.practice(3).pinnedCoach(A).build())));
        // 12.45 + 12.45 + 14.45 = 39.35 > 28
        assertEquals("AllocationProblem.coaches[0]: must have the hours for its pinned practices: they need 39.35 h a month, "
                + "capacity is 28 h (was coach-a)", hours.problems().get(0).toString());
        CcmValidationException exemplar = assertThrows(CcmValidationException.class, () -> Scenario.problem(List.of(
                Scenario.practice(5).triage(TriageLevel.EXEMPLAR).pinnedCoach(A).build())));
        // The candidates rule is one of the pair rules, worded as the checker words it.
        assertEquals("AllocationProblem.practices[4].pinnedCoach: must name a coach allowed to serve the practice: p5 is"
                + " triaged EXEMPLAR, not a candidate under the policy (was coach-a)", exemplar.problems().get(0).toString());
        assertEquals(1, exemplar.problems().size());
    }

    @Test
    void duplicate_ids_missing_travel_and_unknown_references_are_refused() {
        AllocationProblem base = Scenario.problem();
        CcmValidationException duplicate = assertThrows(CcmValidationException.class,
                () -> base.withCoaches(base.coaches().get(0), base.coaches().get(0)));
        assertTrue(duplicate.getMessage().contains("AllocationProblem.coaches[1].coach.id: must be unique"), duplicate.getMessage());
        CcmValidationException travel = assertThrows(CcmValidationException.class,
                () -> base.withTravelTimes(base.travelTimes().subList(2, base.travelTimes().size())));
        assertTrue(travel.getMessage().contains("AllocationProblem.practices[0].practice.location: must be given, "
                + "or travelTimes must hold the time from coach coach-a to practice p1"), travel.getMessage());
        CcmValidationException unknown = assertThrows(CcmValidationException.class,
                () -> base.withTravelTimes(TravelTime.of(CoachId.of("coach-z"), id(1), 5)));
        assertTrue(unknown.getMessage().contains("AllocationProblem.travelTimes[0].coach: must name a coach of the problem (was coach-z)"),
                unknown.getMessage());
        assertThrows(CcmValidationException.class, () -> TravelTime.of(A, id(1), -5));
        assertThrows(CcmValidationException.class, () -> TravelTime.of(A, id(1), Double.NaN));
    }

    @Test
    void a_pinned_coach_may_not_be_forbidden_and_only_survival_practices_want_to_engage() {
        assertThrows(CcmValidationException.class, () -> Scenario.practice(1).pinnedCoach(A).addForbiddenCoaches(A).build());
        assertThrows(CcmValidationException.class, () -> Scenario.practice(1).triage(TriageLevel.FUNCTIONAL).wantsToEngage(true).build());
        assertThrows(CcmValidationException.class, () -> Scenario.practice(1).readiness(9).build());
    }

    @Test
    void travel_falls_back_to_great_circle_distance_between_locations() {
        Coach ana = Coach.builder().id(A).name("Ana").homeLocation(GeoPoint.of(0, 0)).build();
        PracticeProfile p = PracticeProfile.of(org.ccmcoach.core.Practice.builder().id(id(1)).name("P").organization("O")
                .location(GeoPoint.of(0.5, 0)).build());
        AllocationProblem problem = AllocationProblem.builder().addCoaches(CoachProfile.of(ana)).addPractices(p).build();
        // half a degree: 55.598 km × 1.3 = 72.277 min
        assertEquals(72.277, problem.oneWayMinutes(A, id(1)), 1e-3);
        assertEquals(72.277, problem.withTravelTimes(TravelTime.of(A, id(1), 72.277)).oneWayMinutes(A, id(1)), 1e-9);
        assertEquals(15.0, problem.withTravelTimes(TravelTime.of(A, id(1), 15)).oneWayMinutes(A, id(1)), 1e-9);
    }
}

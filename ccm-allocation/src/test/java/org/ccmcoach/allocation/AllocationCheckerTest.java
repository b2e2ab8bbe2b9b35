package org.ccmcoach.allocation;

import static org.ccmcoach.allocation.Scenario.A;
import static org.ccmcoach.allocation.Scenario.B;
import static org.ccmcoach.allocation.Scenario.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.junit.jupiter.api.Test;

/** The checker on a plan made by hand for the {@link Scenario}, every number worked by hand. */
class AllocationCheckerTest {

    @Test
    void names_every_broken_rule_with_the_numbers() {
        Map<PracticeId, CoachId> byHand = new LinkedHashMap<>();
        byHand.put(id(1), A);
        byHand.put(id(2), A);
        byHand.put(id(3), A);
        byHand.put(id(7), A);
        byHand.put(id(4), B);
        byHand.put(id(5), B);
        byHand.put(id(6), B);
        byHand.put(id(99), B);
        List<String> found = AllocationChecker.check(Scenario.problem(), byHand).stream().map(Breach::toString).toList();
        assertEquals(List.of(
                "TRAVEL_LIMIT: p7 is 200 min from coach-a one way; the limit is 130 min",
                "CANDIDATES_ONLY: p5 is triaged EXEMPLAR, not a candidate under the policy",
                "EXPERTISE: coach-b lacks expertise required by p6: needs [registry], has []",
                "KNOWN_PRACTICE: practice p99 is not in the problem",
                // 12.45 + 12.45 + (11.45 + 3) + (11.45 + 400/60) = 57.47
                "CAPACITY_HOURS: coach-a: 57.47 h a month assigned, capacity 28 h",
                // 3 × (11.45 + 20/60) = 35.35
                "CAPACITY_HOURS: coach-b: 35.35 h a month assigned, capacity 28 h",
                "CASELOAD: coach-b: 3 practices assigned, caseload cap 2"), found);
    }

    @Test
    void a_pinned_practice_left_unserved_or_moved_breaks_its_pin() {
        AllocationProblem pinned = Scenario.problem(List.of(Scenario.practice(4).pinnedCoach(A).build()));
        assertEquals(List.of("PIN: p4 is pinned to coach-a but has no coach"),
                AllocationChecker.check(pinned, Map.of()).stream().map(Breach::toString).toList());
        assertEquals(List.of("PIN: p4 is pinned to coach-a, not coach-b"),
                AllocationChecker.check(pinned, Map.of(id(4), B)).stream().map(Breach::toString).toList());
    }
}

package org.ccmcoach.allocation.internal;

import static org.ccmcoach.allocation.Scenario.A;
import static org.ccmcoach.allocation.Scenario.B;
import static org.ccmcoach.allocation.Scenario.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationChecker;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.AllocationRule;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.Breach;
import org.ccmcoach.allocation.Scenario;
import org.ccmcoach.allocation.Unserved;
import org.ccmcoach.allocation.UnservedReason;
import org.ccmcoach.core.TriageLevel;
import org.junit.jupiter.api.Test;

/**
 * The pair rules are one list: what {@link AllocationProblem#barriers} names, the checker reports
 * with the same words, and the explanation of an unserved practice follows.
 */
class PairRuleTest {

    @Test
    void barriers_checker_and_explanation_agree() {
        // p7 is 200 and 150 minutes from A and B (Scenario), beyond the 130-minute limit; p5 is an
        // exemplar, not a candidate; p6 requires "registry", which neither coach lists.
        AllocationProblem problem = Scenario.problem();
        assertEquals(Set.of(AllocationRule.TRAVEL_LIMIT), problem.barriers(A, id(7)));
        assertEquals(Set.of(AllocationRule.CANDIDATES_ONLY), problem.barriers(B, id(5)));
        assertEquals(Set.of(AllocationRule.EXPERTISE), problem.barriers(B, id(6)));
        List<Breach> breaches = AllocationChecker.check(problem, Map.of(id(7), A, id(5), B, id(6), B));
        assertEquals(List.of(
                "CANDIDATES_ONLY: p5 is triaged EXEMPLAR, not a candidate under the policy",
                "EXPERTISE: coach-b lacks expertise required by p6: needs [registry], has []",
                "TRAVEL_LIMIT: p7 is 200 min from coach-a one way; the limit is 130 min"),
                breaches.stream().map(b -> b.rule() + ": " + b.message()).sorted().toList());
        Allocation plan = Allocator.heuristic().allocate(problem);
        Unserved far = plan.unserved().stream().filter(u -> u.practice().equals(id(7))).findFirst().orElseThrow();
        assertEquals(UnservedReason.NO_COACH_WITHIN_TRAVEL, far.reason());
        assertEquals("the nearest coach it may have, coach-b, is 150 min away one way; the limit is 130 min", far.explanation());
        Unserved unskilled = plan.unserved().stream().filter(u -> u.practice().equals(id(6))).findFirst().orElseThrow();
        assertEquals(UnservedReason.NO_COACH_WITH_EXPERTISE, unskilled.reason());
    }

    @Test
    void every_rule_of_a_pair_has_its_pair_rule() {
        for (AllocationRule rule : List.of(AllocationRule.CANDIDATES_ONLY, AllocationRule.POINT_OF_CONTACT_ONLY,
                AllocationRule.FORBIDDEN_COACH, AllocationRule.EXPERTISE, AllocationRule.TRAVEL_LIMIT, AllocationRule.PIN)) {
            assertEquals(rule, PairRule.of(rule).rule);
        }
        assertEquals(6, PairRule.values().length);
        assertEquals(TriageLevel.EXEMPLAR, Scenario.problem().practices().get(4).triage().orElseThrow());
    }
}

package org.ccmcoach.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;

/**
 * Checks any allocation against a problem's hard rules, including one made by hand, and names every
 * rule broken with the numbers.
 *
 * <pre>{@code
 * Map<PracticeId, CoachId> byHand = Map.of(PracticeId.of("p-1"), CoachId.of("coach-ana"), ...);
 * for (Breach b : AllocationChecker.check(problem, byHand)) {
 *     System.out.println(b);   // CAPACITY_HOURS: coach-ana: 152.3 h a month assigned, capacity 140 h
 * }
 * }</pre>
 */
public final class AllocationChecker {

    private AllocationChecker() {
    }

    /**
     * Checks an allocation made by {@link Allocator} or edited from one.
     *
     * @param problem  the problem, not null
     * @param allocation  the allocation, not null
     * @return every breach, empty when the allocation keeps every rule
     */
    public static List<Breach> check(AllocationProblem problem, Allocation allocation) {
        return check(problem, allocation.plan());
    }

    /**
     * Checks a plan given as practice → coach; practices not in the map are unserved.
     *
     * @param problem  the problem, not null
     * @param plan  the plan, not null
     * @return every breach: per pair in the plan's order, then pins left unserved, then per coach
     */
    public static List<Breach> check(AllocationProblem problem, Map<PracticeId, CoachId> plan) {
        Instance in = problem.instance();
        List<Breach> found = new ArrayList<>();
        double[] hours = new double[in.nc];
        int[] count = new int[in.nc];
        boolean[] served = new boolean[in.np];
        for (Map.Entry<PracticeId, CoachId> pair : plan.entrySet()) {
            PracticeId practice = pair.getKey();
            CoachId coach = pair.getValue();
            Integer p = in.practiceIndex.get(practice);
            Integer c = in.coachIndex.get(coach);
            if (p == null) {
                found.add(breach(AllocationRule.KNOWN_PRACTICE, practice, coach, "practice " + practice + " is not in the problem"));
            }
            if (c == null) {
                found.add(breach(AllocationRule.KNOWN_COACH, practice, coach, "coach " + coach + " is not in the problem"));
            }
            if (p == null || c == null) {
                continue;
            }
            served[p] = true;
            hours[c] += in.load(c, p);
            count[c]++;
            for (AllocationRule rule : in.barriers(c, p)) {
                found.add(breach(rule, practice, coach, in.describe(rule, c, p)));
            }
        }
        for (int p = 0; p < in.np; p++) {
            if (in.pinned[p] >= 0 && !served[p]) {
                CoachId pin = in.coaches.get(in.pinned[p]).id();
                PracticeId practice = in.practices.get(p).id();
                found.add(breach(AllocationRule.PIN, practice, pin, practice + " is pinned to " + pin + " but has no coach"));
            }
        }
        for (int c = 0; c < in.nc; c++) {
            CoachId coach = in.coaches.get(c).id();
            if (hours[c] > in.capacity[c] + Instance.EPS) {
                found.add(Breach.builder().rule(AllocationRule.CAPACITY_HOURS).coach(coach).message(coach + ": "
                        + Instance.hours(hours[c]) + " a month assigned, capacity " + Instance.hours(in.capacity[c])).build());
            }
            if (count[c] > in.cap[c]) {
                found.add(Breach.builder().rule(AllocationRule.CASELOAD).coach(coach).message(coach + ": " + count[c]
                        + " practices assigned, caseload cap " + in.cap[c]).build());
            }
        }
        return List.copyOf(found);
    }

    private static Breach breach(AllocationRule rule, PracticeId practice, CoachId coach, String message) {
        return Breach.builder().rule(rule).practice(practice).coach(coach).message(message).build();
    }
}

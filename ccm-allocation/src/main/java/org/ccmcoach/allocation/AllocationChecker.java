package org.ccmcoach.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.internal.PairRule;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.EngagementRole;

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
        Map<PracticeId, CoachId> support = new java.util.LinkedHashMap<>();
        allocation.technicalAssistance().forEach(a -> support.put(a.practice(), a.coach()));
        Map<PracticeId, CoachId> integrated = new java.util.LinkedHashMap<>();
        allocation.behaviouralHealth().forEach(a -> integrated.put(a.practice(), a.coach()));
        return check(problem, allocation.plan(), support, integrated);
    }

    /**
     * Checks a plan given as practice → point-of-contact coach, with no technical assistance.
     *
     * @param problem  the problem, not null
     * @param plan  the plan, not null
     * @return every breach: per pair in the plan's order, then pins left unserved, then per coach
     */
    public static List<Breach> check(AllocationProblem problem, Map<PracticeId, CoachId> plan) {
        return check(problem, plan, Map.of());
    }

    /**
     * Checks a plan given as practice → point-of-contact coach, and practice → technical-assistance
     * coach; practices not in the first map are unserved. A technical-assistance coach must have
     * that role, support only served practices, be within the travel limit and not forbidden, and
     * keep within its hours (and its own caseload cap, if its profile sets one).
     *
     * @param problem  the problem, not null
     * @param plan  the point-of-contact plan, not null
     * @param technicalAssistance  the technical-assistance plan, not null
     * @return every breach: per pair in the plans' order, then pins left unserved, then per coach
     */
    public static List<Breach> check(AllocationProblem problem, Map<PracticeId, CoachId> plan,
                                     Map<PracticeId, CoachId> technicalAssistance) {
        return check(problem, plan, technicalAssistance, Map.of());
    }

    /**
     * Checks a plan with its technical-assistance and behavioural-health plans. A behavioural-health
     * coach must have that role, support only served practices that
     * {@link PracticeProfile#needsBehaviouralHealth() need behavioural-health coaching}, be within the
     * travel limit and not forbidden, and keep within its hours (and its own caseload cap, if set);
     * its load is {@link AllocationPolicy#behaviouralHealthLoad(double)}.
     *
     * @param problem  the problem, not null
     * @param plan  the point-of-contact plan, not null
     * @param technicalAssistance  the technical-assistance plan, not null
     * @param behaviouralHealth  the behavioural-health plan, practice → coach, not null
     * @return every breach: per pair in the plans' order, then pins left unserved, then per coach
     */
    public static List<Breach> check(AllocationProblem problem, Map<PracticeId, CoachId> plan,
                                     Map<PracticeId, CoachId> technicalAssistance,
                                     Map<PracticeId, CoachId> behaviouralHealth) {
        Instance in = problem.instance();
        List<Breach> found = new ArrayList<>();
        double[] hours = new double[in.nc];
        int[] count = new int[in.nc];
        boolean[] served = new boolean[in.np];
        for (Map.Entry<PracticeId, CoachId> pair : plan.entrySet()) {
            PracticeId practice = pair.getKey();
            CoachId coach = pair.getValue();
            int[] pc = known(in, practice, coach, found);
            if (pc == null) {
                continue;
            }
            int p = pc[0];
            int c = pc[1];
            served[p] = true;
            hours[c] += in.load(c, p);
            count[c]++;
            for (AllocationRule rule : in.barriers(c, p)) {
                found.add(breach(rule, practice, coach, in.describe(rule, c, p)));
            }
        }
        int[] supported = new int[in.nc];
        support(in, plan, technicalAssistance, EngagementRole.TECHNICAL_ASSISTANCE, hours, supported, found);
        support(in, plan, behaviouralHealth, EngagementRole.BEHAVIOURAL_HEALTH, hours, supported, found);
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
            java.util.OptionalInt ownCap = in.coaches.get(c).caseloadCap();
            if (supported[c] > 0 && ownCap.isPresent() && supported[c] > ownCap.getAsInt()) {
                found.add(Breach.builder().rule(AllocationRule.CASELOAD).coach(coach).message(coach + ": " + supported[c]
                        + " practices supported, caseload cap " + ownCap.getAsInt()).build());
            }
            if (count[c] > in.cap[c]) {
                found.add(Breach.builder().rule(AllocationRule.CASELOAD).coach(coach).message(coach + ": " + count[c]
                        + " practices assigned, caseload cap " + in.cap[c]).build());
            }
        }
        return List.copyOf(found);
    }

    /** Checks one support role's pairs, adding each coach's hours and practices supported. */
    private static void support(Instance in, Map<PracticeId, CoachId> plan, Map<PracticeId, CoachId> pairs,
                                EngagementRole role, double[] hours, int[] supported, List<Breach> found) {
        boolean bh = role == EngagementRole.BEHAVIOURAL_HEALTH;
        for (Map.Entry<PracticeId, CoachId> pair : pairs.entrySet()) {
            PracticeId practice = pair.getKey();
            CoachId coach = pair.getValue();
            int[] pc = known(in, practice, coach, found);
            if (pc == null) {
                continue;
            }
            int p = pc[0];
            int c = pc[1];
            EngagementRole has = in.coaches.get(c).role();
            if (has != role) {
                found.add(breach(bh ? AllocationRule.BEHAVIOURAL_HEALTH_ONLY : AllocationRule.TECHNICAL_ASSISTANCE_ONLY,
                        practice, coach, coach + " is a " + words(has) + " coach, not a " + words(role) + " one"));
            }
            if (bh && !in.practices.get(p).needsBehaviouralHealth()) {
                found.add(breach(AllocationRule.BEHAVIOURAL_HEALTH_NEED, practice, coach, practice
                        + " does not need behavioural-health coaching (needsBehaviouralHealth is false)"));
            }
            if (!plan.containsKey(practice)) {
                found.add(breach(AllocationRule.SERVED_PRACTICES_ONLY, practice, coach, practice
                        + " has no point-of-contact coach to work beside"));
            }
            for (PairRule rule : TechnicalAssistance.RULES) {
                if (!rule.allows(in, c, p)) {
                    found.add(breach(rule.rule, practice, coach, rule.explain(in, c, p)));
                }
            }
            double minutes = in.oneWay(c, p);
            hours[c] += TechnicalAssistance.load(in.policy, role, Double.isNaN(minutes) ? 0 : minutes);
            supported[c]++;
        }
    }

    private static String words(EngagementRole role) {
        return switch (role) {
            case POINT_OF_CONTACT -> "point-of-contact";
            case TECHNICAL_ASSISTANCE -> "technical-assistance";
            case BEHAVIOURAL_HEALTH -> "behavioural-health";
        };
    }

    /** The practice's and coach's indexes, or null after a breach for each that is not in the problem. */
    private static int[] known(Instance in, PracticeId practice, CoachId coach, List<Breach> found) {
        Integer p = in.practiceIndex.get(practice);
        Integer c = in.coachIndex.get(coach);
        if (p == null) {
            found.add(breach(AllocationRule.KNOWN_PRACTICE, practice, coach, "practice " + practice + " is not in the problem"));
        }
        if (c == null) {
            found.add(breach(AllocationRule.KNOWN_COACH, practice, coach, "coach " + coach + " is not in the problem"));
        }
        return p == null || c == null ? null : new int[] {p, c};
    }

    private static Breach breach(AllocationRule rule, PracticeId practice, CoachId coach, String message) {
        return Breach.builder().rule(rule).practice(practice).coach(coach).message(message).build();
    }
}

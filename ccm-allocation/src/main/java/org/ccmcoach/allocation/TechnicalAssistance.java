package org.ccmcoach.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.internal.PairRule;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.value.Decimals;

/**
 * Gives each served practice a technical-assistance coach, after the point-of-contact plan is made;
 * with {@link EngagementRole#BEHAVIOURAL_HEALTH}, gives each served practice that
 * {@link PracticeProfile#needsBehaviouralHealth() needs it} a behavioural-health coach the same way.
 *
 * <p>The AHRQ pilot paired each team's point-of-contact coach with a technical-assistance coach
 * who served all nine teams. Technical-assistance coaches are a shared pool: each served practice,
 * highest priority first, gets the nearest one with hours (and caseload, if its profile caps it)
 * left, the less loaded on a tie, then by id. A coach may support a practice unless it is beyond
 * the policy's travel limit, has no known travel time, or is among the practice's forbidden coaches.
 * Expertise stays a rule of the point-of-contact coach.
 *
 * <p>Choices: the stage runs after the point-of-contact plan and does not change it (the two pools
 * share no coach, so no trade between them is lost except when technical-assistance capacity runs
 * short, which the gaps then show); a technical-assistance coach's caseload is limited only by its
 * own cap, not the policy's default of 10, which is EvidenceNOW's mean caseload for facilitators
 * (Sweeney et al. 2022), not a figure for this role.
 *
 * <p>Behavioural health (ccm's choice, the same shape): an integrated-care program coaches with an
 * interdisciplinary team (Henwood et al., Int J Integr Care 2020;20(2):15), read here as a
 * behavioural-health coach beside each practice's point of contact (an inference). The pool is the
 * {@link EngagementRole#BEHAVIOURAL_HEALTH} coaches, the practices those served that need it; a practice that needs it gets a gap when the program has
 * no such coach ({@link UnservedReason#NO_ELIGIBLE_COACH}), none within the travel limit, or those
 * within it full. The load is the policy's {@link AllocationPolicy#behaviouralHealthLoad(double)}.
 */
final class TechnicalAssistance {

    final List<Assignment> assignments = new ArrayList<>();
    final List<Unserved> gaps = new ArrayList<>();
    /** For each coach, the practices it supports and the hours. */
    final List<List<Integer>> held = new ArrayList<>();
    final double[] used;
    final double[] travel;

    /** The role whose pool this stage fills: technical assistance or behavioural health. */
    private final EngagementRole role;
    private final Instance in;

    TechnicalAssistance(Instance in, int[] assign) {
        this(in, assign, EngagementRole.TECHNICAL_ASSISTANCE);
    }

    TechnicalAssistance(Instance in, int[] assign, EngagementRole role) {
        this.role = role;
        this.in = in;
        used = new double[in.nc];
        travel = new double[in.nc];
        List<Integer> pool = new ArrayList<>();
        for (int c : in.coachesById) {
            if (in.coaches.get(c).role() == role) {
                pool.add(c);
            }
        }
        for (int c = 0; c < in.nc; c++) {
            held.add(new ArrayList<>());
        }
        boolean bh = role == EngagementRole.BEHAVIOURAL_HEALTH;
        if (pool.isEmpty() && !bh) {
            return;
        }
        int[] count = new int[in.nc];
        for (int p : in.order) {
            if (assign[p] < 0 || bh && !in.practices.get(p).needsBehaviouralHealth()) {
                continue;
            }
            PracticeProfile practice = in.practices.get(p);
            if (pool.isEmpty()) {
                gaps.add(Unserved.builder().practice(practice.id()).reason(UnservedReason.NO_ELIGIBLE_COACH)
                        .explanation("it needs behavioural-health coaching and the program has no behavioural-health coach")
                        .build());
                continue;
            }
            int best = -1;
            boolean anyWithin = false;
            for (int c : pool) {
                if (!allowed(in, c, p)) {
                    continue;
                }
                anyWithin = true;
                double load = load(in.oneWay(c, p));
                boolean fits = used[c] + load <= in.capacity[c] + Instance.EPS
                        && in.coaches.get(c).caseloadCap().orElse(Integer.MAX_VALUE) > count[c];
                if (fits && (best < 0 || in.oneWay(c, p) < in.oneWay(best, p) - 1e-9
                        || Math.abs(in.oneWay(c, p) - in.oneWay(best, p)) <= 1e-9 && used[c] < used[best] - 1e-9)) {
                    best = c;
                }
            }
            if (best < 0) {
                gaps.add(Unserved.builder().practice(practice.id())
                        .reason(anyWithin ? UnservedReason.CAPACITY_TAKEN : UnservedReason.NO_COACH_WITHIN_TRAVEL)
                        .explanation(anyWithin ? "the " + noun() + " coaches within reach are full: " + fill(in, pool, p)
                                : "no " + noun() + " coach that is not forbidden to it has a known trip within "
                                + minutes(in.policy.maxOneWayMinutes()) + " one way").build());
                continue;
            }
            double minutes = in.oneWay(best, p);
            double load = load(minutes);
            double trip = (bh ? in.policy.behaviouralHealthVisitsPerMonth() : in.policy.technicalAssistanceVisitsPerMonth())
                    * 2 * minutes / 60.0;
            used[best] += load;
            travel[best] += trip;
            count[best]++;
            held.get(best).add(p);
            assignments.add(Assignment.builder().practice(practice.id()).coach(in.coaches.get(best).id())
                    .coachingHours(load - trip).travelHours(trip).oneWayMinutes(minutes)
                    .reason(AssignmentReason.NEAREST_ELIGIBLE_COACH)
                    .explanation((bh ? "behavioural health" : "technical assistance") + ": nearest " + noun()
                            + " coach with hours left, " + minutes(minutes) + " one way").build());
        }
    }

    /** The pair rules a technical-assistance coach must keep: known travel within the limit, not forbidden. */
    static final List<PairRule> RULES = List.of(PairRule.TRAVEL_LIMIT, PairRule.NOT_FORBIDDEN);

    /** Whether technical-assistance coach c may support practice p under {@link #RULES}. */
    static boolean allowed(Instance in, int c, int p) {
        return RULES.stream().allMatch(rule -> rule.allows(in, c, p));
    }

    /** The hours a month this stage's role spends on a practice at a one-way time. */
    private double load(double minutes) {
        return load(in.policy, role, minutes);
    }

    /** The hours a month a coach of a support role spends on a practice at a one-way time. */
    static double load(AllocationPolicy policy, EngagementRole role, double minutes) {
        return role == EngagementRole.BEHAVIOURAL_HEALTH ? policy.behaviouralHealthLoad(minutes)
                : policy.technicalAssistanceLoad(minutes);
    }

    private String noun() {
        return role == EngagementRole.BEHAVIOURAL_HEALTH ? "behavioural-health" : "technical-assistance";
    }

    private String fill(Instance in, List<Integer> pool, int p) {
        List<String> parts = new ArrayList<>();
        for (int c : pool) {
            if (allowed(in, c, p) && parts.size() < 5) {
                parts.add(in.coaches.get(c).id() + " (needs " + Instance.hours(load(in.oneWay(c, p)))
                        + ", " + Instance.decimal(used[c]) + " of " + Instance.hours(in.capacity[c]) + ")");
            }
        }
        return String.join(", ", parts);
    }

    private static String minutes(double m) {
        return Decimals.fixed(m, 0) + " min";
    }
}

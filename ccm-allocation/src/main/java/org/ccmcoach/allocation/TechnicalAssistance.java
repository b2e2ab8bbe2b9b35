package org.ccmcoach.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.internal.PairRule;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.value.Decimals;

/**
 * Gives each served practice a technical-assistance coach, after the point-of-contact plan is made.
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
 */
final class TechnicalAssistance {

    final List<Assignment> assignments = new ArrayList<>();
    final List<Unserved> gaps = new ArrayList<>();
    /** For each coach, the practices it supports and the hours. */
    final List<List<Integer>> held = new ArrayList<>();
    final double[] used;
    final double[] travel;

    TechnicalAssistance(Instance in, int[] assign) {
        used = new double[in.nc];
        travel = new double[in.nc];
        List<Integer> pool = new ArrayList<>();
        for (int c : in.coachesById) {
            if (in.coaches.get(c).role() == EngagementRole.TECHNICAL_ASSISTANCE) {
                pool.add(c);
            }
        }
        for (int c = 0; c < in.nc; c++) {
            held.add(new ArrayList<>());
        }
        if (pool.isEmpty()) {
            return;
        }
        int[] count = new int[in.nc];
        for (int p : in.order) {
            if (assign[p] < 0) {
                continue;
            }
            PracticeProfile practice = in.practices.get(p);
            int best = -1;
            boolean anyWithin = false;
            for (int c : pool) {
                if (!allowed(in, c, p)) {
                    continue;
                }
                anyWithin = true;
                double load = in.policy.technicalAssistanceLoad(in.oneWay(c, p));
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
                        .explanation(anyWithin ? "the technical-assistance coaches within reach are full: " + fill(in, pool, p)
                                : "no technical-assistance coach that is not forbidden to it has a known trip within "
                                + minutes(in.policy.maxOneWayMinutes()) + " one way").build());
                continue;
            }
            double minutes = in.oneWay(best, p);
            double load = in.policy.technicalAssistanceLoad(minutes);
            double trip = in.policy.technicalAssistanceVisitsPerMonth() * 2 * minutes / 60.0;
            used[best] += load;
            travel[best] += trip;
            count[best]++;
            held.get(best).add(p);
            assignments.add(Assignment.builder().practice(practice.id()).coach(in.coaches.get(best).id())
                    .coachingHours(load - trip).travelHours(trip).oneWayMinutes(minutes)
                    .reason(AssignmentReason.NEAREST_ELIGIBLE_COACH)
                    .explanation("technical assistance: nearest technical-assistance coach with hours left, "
                            + minutes(minutes) + " one way").build());
        }
    }

    /** The pair rules a technical-assistance coach must keep: known travel within the limit, not forbidden. */
    static final List<PairRule> RULES = List.of(PairRule.TRAVEL_LIMIT, PairRule.NOT_FORBIDDEN);

    /** Whether technical-assistance coach c may support practice p under {@link #RULES}. */
    static boolean allowed(Instance in, int c, int p) {
        return RULES.stream().allMatch(rule -> rule.allows(in, c, p));
    }

    private String fill(Instance in, List<Integer> pool, int p) {
        List<String> parts = new ArrayList<>();
        for (int c : pool) {
            if (allowed(in, c, p) && parts.size() < 5) {
                parts.add(in.coaches.get(c).id() + " (needs " + Instance.hours(in.policy.technicalAssistanceLoad(in.oneWay(c, p)))
                        + ", " + Instance.decimal(used[c]) + " of " + Instance.hours(in.capacity[c]) + ")");
            }
        }
        return String.join(", ", parts);
    }

    private static String minutes(double m) {
        return Decimals.fixed(m, 0) + " min";
    }
}

package org.ccmcoach.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.value.Decimals;

/**
 * A problem in arrays, computed once: loads, travel, barriers and the priority order. Built
 * leniently (unknown references are ignored) so that validation can use it before rejecting.
 */
final class Instance {

    /** Travel costs are compared in thousandths of a minute, so that equal trips compare equal. */
    static final double COST_SCALE = 1000.0;
    /** Tolerance for hours compared with capacity, against rounding in sums. */
    static final double EPS = 1e-9;

    final AllocationPolicy policy;
    final List<CoachProfile> coaches;
    final List<PracticeProfile> practices;
    final int nc;
    final int np;
    final Map<CoachId, Integer> coachIndex = new HashMap<>();
    final Map<PracticeId, Integer> practiceIndex = new HashMap<>();
    final double[] capacity;
    final int[] cap;
    final double[] coachingHours;
    final double[] visits;
    /** One-way minutes, NaN when unknown. */
    final double[][] oneWay;
    final double[][] load;
    /** Round-trip minutes a month, scaled by {@link #COST_SCALE}. */
    final long[][] travelCost;
    final boolean[][] eligible;
    final boolean[] coachable;
    final boolean[] candidate;
    /** 2 for a triage candidate, 1 for a practice not yet triaged, 0 for one triage rules out. */
    private final int[] standing;
    final int[] pinned;
    final int[] current;
    /** Practice indexes, highest priority first. */
    final int[] order;
    /** Position of each practice in {@link #order}. */
    final int[] rank;
    /** Priority class: practices with equal triage, readiness and caller priority share one; 0 is highest. */
    final int[] tier;
    final int tiers;

    Instance(AllocationProblem problem) {
        policy = problem.policy();
        coaches = problem.coaches();
        practices = problem.practices();
        nc = coaches.size();
        np = practices.size();
        for (int c = 0; c < nc; c++) {
            coachIndex.putIfAbsent(coaches.get(c).id(), c);
        }
        for (int p = 0; p < np; p++) {
            practiceIndex.putIfAbsent(practices.get(p).id(), p);
        }
        Map<Long, Double> matrix = new HashMap<>();
        for (TravelTime t : problem.travelTimes()) {
            Integer c = coachIndex.get(t.coach());
            Integer p = practiceIndex.get(t.practice());
            if (c != null && p != null) {
                matrix.putIfAbsent(key(c, p), t.minutes());
            }
        }
        capacity = new double[nc];
        cap = new int[nc];
        for (int c = 0; c < nc; c++) {
            capacity[c] = coaches.get(c).capacityHours(policy);
            cap[c] = coaches.get(c).caseloadCap(policy);
        }
        coachingHours = new double[np];
        visits = new double[np];
        coachable = new boolean[np];
        candidate = new boolean[np];
        standing = new int[np];
        pinned = new int[np];
        current = new int[np];
        oneWay = new double[nc][np];
        load = new double[nc][np];
        travelCost = new long[nc][np];
        eligible = new boolean[nc][np];
        for (int p = 0; p < np; p++) {
            PracticeProfile pp = practices.get(p);
            coachingHours[p] = policy.coachingHours(pp);
            visits[p] = policy.visitsPerMonth(pp);
            coachable[p] = policy.isCoachable(pp);
            candidate[p] = policy.isCandidate(pp);
            standing[p] = candidate[p] ? 2 : coachable[p] ? 1 : 0;
            pinned[p] = pp.pinnedCoach().map(id -> coachIndex.getOrDefault(id, -1)).orElse(-1);
            current[p] = pp.currentCoach().map(id -> coachIndex.getOrDefault(id, -1)).orElse(-1);
            for (int c = 0; c < nc; c++) {
                oneWay[c][p] = matrix.getOrDefault(key(c, p), greatCircle(c, p));
                double minutes = Double.isNaN(oneWay[c][p]) ? 0 : oneWay[c][p];
                load[c][p] = coachingHours[p] + policy.travelHours(pp, minutes);
                travelCost[c][p] = Math.round(visits[p] * 2 * minutes * COST_SCALE);
                eligible[c][p] = coachable[p] && barriers(c, p).isEmpty();
            }
        }
        Comparator<Integer> byPriority = this::comparePriority;
        List<Integer> sorted = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            sorted.add(p);
        }
        sorted.sort(byPriority.thenComparing(p -> practices.get(p).id().value()));
        order = new int[np];
        rank = new int[np];
        tier = new int[np];
        int t = -1;
        for (int i = 0; i < np; i++) {
            int p = sorted.get(i);
            order[i] = p;
            rank[p] = i;
            if (i == 0 || comparePriority(sorted.get(i - 1), p) != 0) {
                t++;
            }
            tier[p] = t;
        }
        tiers = t + 1;
    }

    private static long key(int c, int p) {
        return ((long) c << 32) | p;
    }

    private double greatCircle(int c, int p) {
        Optional<GeoPoint> from = coaches.get(c).coach().homeLocation();
        Optional<GeoPoint> to = practices.get(p).practice().location();
        return from.isPresent() && to.isPresent() ? policy.travelMinutes(from.get(), to.get()) : Double.NaN;
    }

    /** Higher priority first: candidates before untriaged, then readiness, then the caller's priority. */
    private int comparePriority(int a, int b) {
        int cmp = Integer.compare(standing[b], standing[a]);
        if (cmp == 0) {
            cmp = Integer.compare(practices.get(b).readiness().orElse(-1), practices.get(a).readiness().orElse(-1));
        }
        return cmp != 0 ? cmp : Integer.compare(practices.get(b).priority(), practices.get(a).priority());
    }

    /**
     * What a pair rule means for coach c and practice p, with the numbers; shared by the checker and
     * by the problem's own check of pins.
     */
    String describe(AllocationRule rule, int c, int p) {
        CoachProfile coach = coaches.get(c);
        PracticeProfile practice = practices.get(p);
        return switch (rule) {
            case POINT_OF_CONTACT_ONLY -> coach.id() + " is a " + coach.role() + " coach, not a point of contact";
            case FORBIDDEN_COACH -> practice.id() + " forbids " + coach.id();
            case EXPERTISE -> coach.id() + " lacks expertise required by " + practice.id() + ": needs "
                    + practice.requiredExpertise() + ", has " + coach.coach().expertise();
            case TRAVEL_LIMIT -> practice.id() + " is " + minutes(oneWay[c][p]) + " from " + coach.id()
                    + " one way; the limit is " + minutes(policy.maxOneWayMinutes());
            case PIN -> practice.id() + " is pinned to " + coaches.get(pinned[p]).id() + ", not " + coach.id();
            default -> practice.id() + " may not have " + coach.id() + ": " + rule.displayName();
        };
    }

    /** A number as reports show it: to the hundredth, without trailing zeros, such as {@code 12.45} or {@code 28}. */
    static String decimal(double value) {
        return Decimals.show(Math.round(value * 100.0) / 100.0);
    }

    /** Hours as reports show them, such as {@code 12.45 h}. */
    static String hours(double hours) {
        return decimal(hours) + " h";
    }

    /** Minutes as reports show them, such as {@code 72.28 min}. */
    static String minutes(double minutes) {
        return decimal(minutes) + " min";
    }

    /** The pair rules that keep coach c from practice p, empty when it may serve it. */
    Set<AllocationRule> barriers(int c, int p) {
        Set<AllocationRule> found = EnumSet.noneOf(AllocationRule.class);
        CoachProfile coach = coaches.get(c);
        PracticeProfile practice = practices.get(p);
        if (coach.role() != EngagementRole.POINT_OF_CONTACT) {
            found.add(AllocationRule.POINT_OF_CONTACT_ONLY);
        }
        if (practice.forbiddenCoaches().contains(coach.id())) {
            found.add(AllocationRule.FORBIDDEN_COACH);
        }
        if (!coach.coach().expertise().containsAll(practice.requiredExpertise())) {
            found.add(AllocationRule.EXPERTISE);
        }
        if (Double.isNaN(oneWay[c][p]) || oneWay[c][p] > policy.maxOneWayMinutes() + EPS) {
            found.add(AllocationRule.TRAVEL_LIMIT);
        }
        if (pinned[p] >= 0 && pinned[p] != c) {
            found.add(AllocationRule.PIN);
        }
        return found;
    }
}

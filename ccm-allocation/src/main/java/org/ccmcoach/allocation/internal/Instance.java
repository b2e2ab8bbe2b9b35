package org.ccmcoach.allocation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.AllocationRule;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.TravelTime;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.value.Decimals;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A problem in arrays, computed once: loads, travel, barriers and the priority order. Built
 * leniently (unknown references are ignored) so that validation can use it before rejecting.
 *
 * <p>Only the pairs a coach may serve are stored, practice by practice (nearest first) and coach by
 * coach (highest priority first); any other pair's travel and load are computed when asked. A
 * spatial index over coaches' homes finds the coaches within the travel limit of each practice, so
 * a regional program costs time and memory in proportion to its eligible pairs, not to coaches ×
 * practices.
 *
 * <p>The arrays are public for the solvers' inner loops (in other packages of this module); no one
 * changes them after construction.
 */
public final class Instance {

    /** Travel costs are compared in thousandths of a minute, so that equal trips compare equal. */
    public static final double COST_SCALE = 1000.0;
    /** Tolerance for hours compared with capacity, against rounding in sums. */
    public static final double EPS = 1e-9;
    /** Kilometres in a statute mile. */
    public static final double KM_PER_MILE = 1.609344;
    /** Widens the search box around a practice against rounding; every pair found is checked exactly. */
    private static final double BOX_MARGIN = 1e-6;

    public final AllocationPolicy policy;
    public final List<CoachProfile> coaches;
    public final List<PracticeProfile> practices;
    public final int nc;
    public final int np;
    public final Map<CoachId, Integer> coachIndex = new HashMap<>();
    public final Map<PracticeId, Integer> practiceIndex = new HashMap<>();
    public final double[] capacity;
    public final int[] cap;
    public final double[] coachingHours;
    public final double[] visits;
    public final boolean[] coachable;
    public final boolean[] candidate;
    /** 2 for a triage candidate, 1 for a practice not yet triaged, 0 for one triage rules out. */
    private final int[] standing;
    public final int[] pinned;
    public final int[] current;
    /** Practice indexes, highest priority first. */
    public final int[] order;
    /** Position of each practice in {@link #order}. */
    public final int[] rank;
    /** Priority class: practices with equal triage, readiness and caller priority share one; 0 is highest. */
    public final int[] tier;
    public final int tiers;
    /** Coach indexes in id order, so that choices and text do not depend on the input order. */
    public final int[] coachesById;

    /** Travel times given by the problem, by {@link #key(int, int)}; they override great-circle estimates. */
    private final Map<Long, Double> given = new HashMap<>();
    /** For each practice, the coaches the problem gives a travel time for. */
    private final Map<Integer, List<Integer>> givenFor = new HashMap<>();

    /**
     * The eligible pairs, practice by practice: practice p's are {@code first[p]} to
     * {@code first[p + 1] - 1}, least travel first, then its current coach, then by coach id.
     */
    public final int[] first;
    public final int[] pairCoach;
    public final double[] pairLoad;
    /** Round-trip minutes a month, scaled by {@link #COST_SCALE}. */
    public final long[] pairCost;
    /** Within each practice's range, its pair indexes by coach index, for {@link #pair(int, int)}. */
    private final int[] pairsByCoach;
    /**
     * The practices each coach may serve, highest priority first: coach c's are
     * {@code coachFirst[c]} to {@code coachFirst[c + 1] - 1} in {@link #coachPractices}.
     */
    public final int[] coachFirst;
    public final int[] coachPractices;

    public Instance(AllocationProblem problem) {
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
        for (TravelTime t : problem.travelTimes()) {
            Integer c = coachIndex.get(t.coach());
            Integer p = practiceIndex.get(t.practice());
            if (c != null && p != null && given.putIfAbsent(key(c, p), t.minutes()) == null) {
                givenFor.computeIfAbsent(p, x -> new ArrayList<>()).add(c);
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
        for (int p = 0; p < np; p++) {
            PracticeProfile pp = practices.get(p);
            coachingHours[p] = policy.coachingHours(pp);
            visits[p] = policy.visitsPerMonth(pp);
            coachable[p] = policy.isCoachable(pp);
            candidate[p] = policy.isCandidate(pp);
            standing[p] = candidate[p] ? 2 : coachable[p] ? 1 : 0;
            pinned[p] = pp.pinnedCoach().map(id -> coachIndex.getOrDefault(id, -1)).orElse(-1);
            current[p] = pp.currentCoach().map(id -> coachIndex.getOrDefault(id, -1)).orElse(-1);
        }
        coachesById = java.util.stream.IntStream.range(0, nc).boxed()
                .sorted(Comparator.comparing(c -> coaches.get(c).id().value())).mapToInt(Integer::intValue).toArray();
        int[] idRank = new int[nc];
        for (int i = 0; i < nc; i++) {
            idRank[coachesById[i]] = i;
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

        // The eligible pairs: coaches near each practice by the index, and those with a given time.
        STRtree homes = new STRtree();
        for (int c = 0; c < nc; c++) {
            Optional<GeoPoint> home = coaches.get(c).coach().homeLocation();
            if (home.isPresent() && coaches.get(c).role() == EngagementRole.POINT_OF_CONTACT) {
                homes.insert(new Envelope(home.get().longitude(), home.get().longitude(),
                        home.get().latitude(), home.get().latitude()), c);
            }
        }
        int[] stamp = new int[nc];
        first = new int[np + 1];
        List<int[]> perPractice = new ArrayList<>(np);
        List<double[]> loadsPerPractice = new ArrayList<>(np);
        List<long[]> costsPerPractice = new ArrayList<>(np);
        int pairs = 0;
        for (int p = 0; p < np; p++) {
            first[p] = pairs;
            int[] found = coachable[p] ? near(p, homes, stamp) : new int[0];
            final int practice = p;
            // Each pair's travel once (a great-circle distance), not once per comparison of the sort.
            double[] loads = new double[found.length];
            long[] costs = new long[found.length];
            Integer[] boxed = new Integer[found.length];
            for (int i = 0; i < found.length; i++) {
                double minutes = oneWay(found[i], p);
                loads[i] = load(p, minutes);
                costs[i] = travelCost(p, minutes);
                boxed[i] = i;
            }
            Arrays.sort(boxed, Comparator.<Integer>comparingLong(i -> costs[i])
                    .thenComparing(i -> found[i] != current[practice])
                    .thenComparingInt(i -> idRank[found[i]]));
            int[] ranked = new int[found.length];
            double[] rankedLoads = new double[found.length];
            long[] rankedCosts = new long[found.length];
            for (int i = 0; i < found.length; i++) {
                ranked[i] = found[boxed[i]];
                rankedLoads[i] = loads[boxed[i]];
                rankedCosts[i] = costs[boxed[i]];
            }
            perPractice.add(ranked);
            loadsPerPractice.add(rankedLoads);
            costsPerPractice.add(rankedCosts);
            pairs += ranked.length;
        }
        first[np] = pairs;
        pairCoach = new int[pairs];
        pairLoad = new double[pairs];
        pairCost = new long[pairs];
        pairsByCoach = new int[pairs];
        int[] perCoach = new int[nc + 1];
        for (int p = 0; p < np; p++) {
            int[] ranked = perPractice.get(p);
            Integer[] byCoach = new Integer[ranked.length];
            for (int i = 0; i < ranked.length; i++) {
                int e = first[p] + i;
                int c = ranked[i];
                pairCoach[e] = c;
                pairLoad[e] = loadsPerPractice.get(p)[i];
                pairCost[e] = costsPerPractice.get(p)[i];
                byCoach[i] = e;
                perCoach[c + 1]++;
            }
            Arrays.sort(byCoach, Comparator.comparingInt(e -> pairCoach[e]));
            for (int i = 0; i < byCoach.length; i++) {
                pairsByCoach[first[p] + i] = byCoach[i];
            }
            perPractice.set(p, null);
            loadsPerPractice.set(p, null);
            costsPerPractice.set(p, null);
        }
        coachFirst = new int[nc + 1];
        for (int c = 0; c < nc; c++) {
            coachFirst[c + 1] = coachFirst[c] + perCoach[c + 1];
        }
        coachPractices = new int[pairs];
        int[] fill = Arrays.copyOf(coachFirst, nc);
        for (int p : order) {
            for (int e = first[p]; e < first[p + 1]; e++) {
                coachPractices[fill[pairCoach[e]]++] = p;
            }
        }
    }

    /**
     * The coaches that may serve practice p: those whose homes the index finds within the travel
     * limit's box around it, and those with a given travel time, each checked against every rule.
     */
    private int[] near(int p, STRtree homes, int[] stamp) {
        List<Integer> candidates = new ArrayList<>();
        Optional<GeoPoint> at = practices.get(p).practice().location();
        if (at.isPresent()) {
            double km = policy.maxOneWayMinutes() / 60.0 * policy.speedKmPerHour() / policy.detourFactor();
            for (Envelope box : boxes(at.get(), km)) {
                for (Object c : homes.query(box)) {
                    candidates.add((Integer) c);
                }
            }
        }
        candidates.addAll(givenFor.getOrDefault(p, List.of()));
        int mark = p + 1;
        int[] out = new int[candidates.size()];
        int n = 0;
        for (int c : candidates) {
            if (stamp[c] != mark) {
                stamp[c] = mark;
                if (PairRule.allowed(this, c, p)) {
                    out[n++] = c;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Longitude–latitude boxes (in degrees) that hold every point within {@code km} of a point on
     * the sphere: the bounding box of a spherical cap (Matuschek), split in two where it crosses
     * the antimeridian and widened to every longitude where it reaches a pole.
     */
    public static List<Envelope> boxes(GeoPoint centre, double km) {
        double delta = Math.min(Math.PI, km / GeoPoint.EARTH_RADIUS_KM) + BOX_MARGIN;
        double lat = Math.toRadians(centre.latitude());
        double lon = Math.toRadians(centre.longitude());
        double south = lat - delta;
        double north = lat + delta;
        if (south <= -Math.PI / 2 || north >= Math.PI / 2 || Double.isInfinite(km)) {
            return List.of(new Envelope(-180, 180, Math.toDegrees(Math.max(south, -Math.PI / 2)),
                    Math.toDegrees(Math.min(north, Math.PI / 2))));
        }
        double ratio = Math.sin(delta) / Math.cos(lat);
        double spread = ratio >= 1 ? Math.PI : Math.asin(ratio) + BOX_MARGIN;
        double west = lon - spread;
        double east = lon + spread;
        double s = Math.toDegrees(south);
        double n = Math.toDegrees(north);
        if (spread >= Math.PI) {
            return List.of(new Envelope(-180, 180, s, n));
        }
        if (west < -Math.PI) {
            return List.of(new Envelope(Math.toDegrees(west + 2 * Math.PI), 180, s, n), new Envelope(-180, Math.toDegrees(east), s, n));
        }
        if (east > Math.PI) {
            return List.of(new Envelope(Math.toDegrees(west), 180, s, n), new Envelope(-180, Math.toDegrees(east - 2 * Math.PI), s, n));
        }
        return List.of(new Envelope(Math.toDegrees(west), Math.toDegrees(east), s, n));
    }

    private static long key(int c, int p) {
        return ((long) c << 32) | p;
    }

    /** One-way minutes from coach c to practice p: the given time, else the great-circle estimate, else NaN. */
    public double oneWay(int c, int p) {
        Double minutes = given.isEmpty() ? null : given.get(key(c, p));
        if (minutes != null) {
            return minutes;
        }
        Optional<GeoPoint> from = coaches.get(c).coach().homeLocation();
        Optional<GeoPoint> to = practices.get(p).practice().location();
        return from.isPresent() && to.isPresent() ? policy.travelMinutes(from.get(), to.get()) : Double.NaN;
    }

    /** Whether the problem gives a travel time from coach c to practice p. */
    public boolean hasGivenTime(int c, int p) {
        return given.containsKey(key(c, p));
    }

    /** Hours a month coach c would spend on practice p, coaching and travel. */
    public double load(int c, int p) {
        return load(p, oneWay(c, p));
    }

    private double load(int p, double minutes) {
        return coachingHours[p] + policy.travelHours(practices.get(p), Double.isNaN(minutes) ? 0 : minutes);
    }

    /** Round-trip minutes a month coach c would travel for practice p, scaled by {@link #COST_SCALE}. */
    public long travelCost(int c, int p) {
        return travelCost(p, oneWay(c, p));
    }

    private long travelCost(int p, double minutes) {
        return Math.round(visits[p] * 2 * (Double.isNaN(minutes) ? 0 : minutes) * COST_SCALE);
    }

    /** Whether coach c may serve practice p. */
    public boolean eligible(int c, int p) {
        return pair(c, p) >= 0;
    }

    /** The index of the eligible pair of coach c and practice p, or -1 when c may not serve p. */
    public int pair(int c, int p) {
        int lo = first[p];
        int hi = first[p + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int coach = pairCoach[pairsByCoach[mid]];
            if (coach < c) {
                lo = mid + 1;
            } else if (coach > c) {
                hi = mid - 1;
            } else {
                return pairsByCoach[mid];
            }
        }
        return -1;
    }

    /** Higher priority first: candidates before untriaged, then readiness, then the caller's priority. */
    private int comparePriority(int a, int b) {
        int cmp = Integer.compare(standing[b], standing[a]);
        if (cmp == 0) {
            cmp = Integer.compare(practices.get(b).readiness().orElse(-1), practices.get(a).readiness().orElse(-1));
        }
        return cmp != 0 ? cmp : Integer.compare(practices.get(b).priority(), practices.get(a).priority());
    }

    /** What a pair rule means for coach c and practice p, with the numbers. */
    public String describe(AllocationRule rule, int c, int p) {
        return PairRule.of(rule).explain(this, c, p);
    }

    /** A number as reports show it: to the hundredth, without trailing zeros, such as {@code 12.45} or {@code 28}. */
    public static String decimal(double value) {
        return Decimals.rounded(value, 2);
    }

    /** Hours as reports show them, such as {@code 12.45 h}. */
    public static String hours(double hours) {
        return decimal(hours) + " h";
    }

    /** Miles driven in a number of minutes at the policy's road speed, for costing. */
    public static double miles(AllocationPolicy policy, double minutes) {
        return minutes / 60 * policy.speedKmPerHour() / KM_PER_MILE;
    }

    /** Minutes as reports show them, such as {@code 72.28 min}. */
    public static String minutes(double minutes) {
        return decimal(minutes) + " min";
    }

    /** The rules that keep coach c from practice p ({@link PairRule}), empty when it may serve it. */
    public Set<AllocationRule> barriers(int c, int p) {
        return PairRule.barriers(this, c, p);
    }
}

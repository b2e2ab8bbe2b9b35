package org.ccmcoach.allocation;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Travel by exact re-optimisation of small sets of coaches, iterated (a very large neighbourhood
 * search): for two or three coaches who may serve some practice in common, every way of giving
 * their practices, and the unserved practices of the same priority classes that they may serve, to
 * them or to no one is searched by branch and bound, holding each class's count served, and the plan
 * of least travel is kept. Moving one or two practices at a time ({@link LocalSearch}) stalls when
 * every coach is nearly full; here a dozen practices may move at once. Then, from the best plan, a
 * few random moves that keep it valid, re-optimised around the coaches they touched, kept only when
 * travel falls (iterated local search).
 *
 * <p>Coverage by priority class, pins, eligibility, hours and caseload hold at every step. The work
 * is bounded ({@link #WORK}), counted in search nodes and the candidates and lists set up rather
 * than in time, so the same problem always ends at the same plan. The bounds, set sizes and kicks
 * are the library's choices, tuned on the examples' regional program and the stored programs of
 * 10 to 15 coaches against optima found by an independent solver ({@code TravelOptimaTest}); a
 * search that could never finish (a set of more than {@link #MAX_CANDIDATES} candidates) is
 * skipped, not truncated.
 */
final class CoachSetSearch {

    /**
     * Work for the whole search, in branch-and-bound nodes plus what setting up sets costs: about a
     * second on 2 cores for a program of 10 to 15 coaches. Programs of more than
     * {@link #LARGE} practices get less ({@link #LARGE_WORK}), so that the search adds about a tenth to
     * the time of a program of 10,000 practices instead of doubling it.
     */
    static final long WORK = 40_000_000;
    static final int LARGE = 500;
    static final long LARGE_WORK = 6_000_000;
    /** Nodes for one set; a set that needs more keeps the best plan found within them, if better. */
    private static final long NODES_PER_SET = 200_000;
    /** What setting up one set counts as, in nodes. */
    private static final long SET_UP = 64;
    /** Sets with more candidates than this are skipped: the search would not finish within its nodes. */
    private static final int MAX_CANDIDATES = 48;
    /** Kicks from the best plan, and how many in a row may fail to improve it before the search stops. */
    private static final int KICKS = 150;
    private static final int FAILED_KICKS = 50;
    /** Random moves in one kick. */
    private static final int KICK_MOVES = 12;
    /** The kicks' seed: fixed, so the plan depends on the problem alone. */
    private static final long SEED = 20_261_130L;

    private final Plan plan;
    private final Instance in;
    /** Coaches who may serve a practice in common, by coach. */
    private final BitSet[] shares;
    /** The same, each coach's in id order. */
    private final int[][] neighbours;
    /** Each coach's position in id order. */
    private final int[] idRank;
    private final boolean[] dirty;
    private long work;
    /** {@link #WORK} or {@link #LARGE_WORK}. */
    private final long budget;

    // The set being searched.
    private int[] set;
    private final int[] candidates;
    private int n;
    /** For each candidate (in search order), its options: set positions, -1 for unserved; costs and loads alike. */
    private final int[][] option;
    private final long[][] optionCost;
    private final double[][] optionLoad;
    private final double[] hours = new double[3];
    private final int[] caseload = new int[3];
    private final int[] left;
    private final int[] need;
    private long[] prefix = new long[16];
    private int[] groupEnd = new int[16];
    private long[] after = new long[16];
    private int[] choice = new int[16];
    private int[] bestChoice = new int[16];
    private boolean found;
    private long best;
    private long nodes;

    CoachSetSearch(Plan plan) {
        this.plan = plan;
        this.in = plan.in;
        idRank = new int[in.nc];
        for (int i = 0; i < in.nc; i++) {
            idRank[in.coachesById[i]] = i;
        }
        shares = shares(in);
        neighbours = new int[in.nc][];
        for (int c = 0; c < in.nc; c++) {
            neighbours[c] = shares[c].stream().boxed().sorted(Comparator.comparingInt(d -> idRank[d]))
                    .mapToInt(Integer::intValue).toArray();
        }
        dirty = new boolean[in.nc];
        budget = in.np > LARGE ? LARGE_WORK : WORK;
        candidates = new int[MAX_CANDIDATES];
        option = new int[MAX_CANDIDATES][];
        optionCost = new long[MAX_CANDIDATES][];
        optionLoad = new double[MAX_CANDIDATES][];
        left = new int[in.tiers];
        need = new int[in.tiers];
    }

    /** Re-optimises sets of coaches until none improves, then kicks and re-optimises; true if travel fell. */
    boolean run() {
        if (in.np == 0 || in.nc < 2) {
            return false;
        }
        long start = plan.travel();
        Arrays.fill(dirty, true);
        descend(budget);
        iterate(new SplittableRandom(SEED), budget);
        return plan.travel() < start;
    }

    /** Kicks and re-optimises from the plan as it stands, leaving the best plan found in place. */
    private void iterate(SplittableRandom random, long until) {
        int[] best = plan.assign.clone();
        long bestTravel = plan.travel();
        int failed = 0;
        for (int k = 0; k < KICKS && failed < FAILED_KICKS && work < until; k++) {
            kick(random);
            descend(until);
            if (plan.travel() < bestTravel) {
                bestTravel = plan.travel();
                best = plan.assign.clone();
                failed = 0;
            } else {
                plan.restore(best);
                failed++;
            }
        }
        plan.restore(best);
    }

    /** Re-optimises every set with a dirty coach, in id order, until none is dirty or the work is spent. */
    private void descend(long until) {
        boolean any = true;
        while (any && work < until) {
            any = false;
            for (int c : in.coachesById) {
                if (!dirty[c] || work >= until) {
                    continue;
                }
                dirty[c] = false;
                any = true;
                // Every pair with c, and every triple with c that is connected: {c, d, e} with d a
                // neighbour of c and e a neighbour of c (each such triple once) or of d only.
                for (int d : neighbours[c]) {
                    optimise(new int[] {c, d});
                    for (int e : neighbours[c]) {
                        if (idRank[e] > idRank[d]) {
                            optimise(new int[] {c, d, e});
                        }
                    }
                    for (int e : neighbours[d]) {
                        if (e != c && !shares[c].get(e)) {
                            optimise(new int[] {c, d, e});
                        }
                    }
                }
            }
        }
    }

    /** Searches one set; applies its best plan when it has less travel. */
    private void optimise(int[] coaches) {
        set = coaches;
        if (!collect()) {
            return;
        }
        long current = 0;
        for (int i = 0; i < n; i++) {
            int p = candidates[i];
            if (plan.assign[p] >= 0) {
                current += in.pairCost[plan.slot[p]];
            }
        }
        prepare();
        best = current;
        found = false;
        nodes = 0;
        search(0, 0);
        work += nodes;
        if (found) {
            apply();
        }
    }

    /** Gathers the set's candidates and their options; false when there is nothing to search. */
    private boolean collect() {
        n = 0;
        Arrays.fill(need, 0);
        for (int j = 0; j < set.length; j++) {
            int c = set[j];
            hours[j] = plan.used[c];
            caseload[j] = plan.count[c];
            for (int p : plan.practicesOn(c)) {
                if (in.pinned[p] >= 0) {
                    continue;
                }
                if (n == MAX_CANDIDATES) {
                    return false;
                }
                candidates[n++] = p;
                need[in.tier[p]]++;
                hours[j] -= in.pairLoad[plan.slot[p]];
                caseload[j]--;
            }
        }
        int served = n;
        for (int j = 0; j < set.length; j++) {
            int c = set[j];
            work += in.coachFirst[c + 1] - in.coachFirst[c];
            for (int k = in.coachFirst[c]; k < in.coachFirst[c + 1]; k++) {
                int p = in.coachPractices[k];
                if (plan.assign[p] < 0 && in.pinned[p] < 0 && need[in.tier[p]] > 0 && !listed(p, served)) {
                    if (n == MAX_CANDIDATES) {
                        return false;
                    }
                    candidates[n++] = p;
                }
            }
        }
        // Setting a set up costs about as much as a few nodes per candidate.
        work += SET_UP + 4L * n;
        return served > 1 || n > served;
    }

    private boolean listed(int p, int from) {
        for (int i = from; i < n; i++) {
            if (candidates[i] == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * Orders the candidates by priority class, then least travel, then priority (so the result does
     * not depend on input order), and works out the bounds: within a class, the next candidates'
     * least travel for the places still to fill; after it, each later class's cheapest places.
     */
    private void prepare() {
        long[] least = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            int p = candidates[i];
            least[i] = Long.MAX_VALUE;
            for (int c : set) {
                int e = in.pair(c, p);
                if (e >= 0) {
                    least[i] = Math.min(least[i], in.pairCost[e]);
                }
            }
        }
        Arrays.sort(order, (a, b) -> {
            int pa = candidates[a];
            int pb = candidates[b];
            if (in.tier[pa] != in.tier[pb]) {
                return Integer.compare(in.tier[pa], in.tier[pb]);
            }
            if (least[a] != least[b]) {
                return Long.compare(least[a], least[b]);
            }
            return Integer.compare(in.rank[pa], in.rank[pb]);
        });
        int[] sortedCandidates = new int[n];
        long[] sortedLeast = new long[n];
        for (int i = 0; i < n; i++) {
            sortedCandidates[i] = candidates[order[i]];
            sortedLeast[i] = least[order[i]];
        }
        System.arraycopy(sortedCandidates, 0, candidates, 0, n);
        if (prefix.length < n + 1) {
            prefix = new long[2 * n + 1];
            groupEnd = new int[2 * n];
            after = new long[2 * n];
            choice = new int[2 * n];
            bestChoice = new int[2 * n];
        }
        for (int i = 0; i < n; i++) {
            int p = candidates[i];
            int[] opts = new int[set.length + 1];
            long[] costs = new long[set.length + 1];
            double[] loads = new double[set.length + 1];
            int m = 0;
            for (int j = 0; j < set.length; j++) {
                int e = in.pair(set[j], p);
                if (e < 0) {
                    continue;
                }
                // Insertion by travel, then coach id.
                int at = m;
                while (at > 0 && (costs[at - 1] > in.pairCost[e]
                        || costs[at - 1] == in.pairCost[e] && idRank[set[opts[at - 1]]] > idRank[set[j]])) {
                    opts[at] = opts[at - 1];
                    costs[at] = costs[at - 1];
                    loads[at] = loads[at - 1];
                    at--;
                }
                opts[at] = j;
                costs[at] = in.pairCost[e];
                loads[at] = in.pairLoad[e];
                m++;
            }
            opts[m] = -1;
            option[i] = Arrays.copyOf(opts, m + 1);
            optionCost[i] = Arrays.copyOf(costs, m + 1);
            optionLoad[i] = Arrays.copyOf(loads, m + 1);
            prefix[i + 1] = prefix[i] + sortedLeast[i];
        }
        for (int i = n - 1; i >= 0; i--) {
            groupEnd[i] = i == n - 1 || in.tier[candidates[i]] != in.tier[candidates[i + 1]] ? i + 1 : groupEnd[i + 1];
        }
        long later = 0;
        for (int end = n; end > 0; ) {
            int t = in.tier[candidates[end - 1]];
            int start = end - 1;
            while (start > 0 && in.tier[candidates[start - 1]] == t) {
                start--;
            }
            for (int i = start; i < end; i++) {
                after[i] = later;
            }
            later += prefix[start + need[t]] - prefix[start];
            end = start;
        }
        System.arraycopy(need, 0, left, 0, need.length);
    }

    private void search(int i, long cost) {
        if (++nodes > NODES_PER_SET) {
            return;
        }
        if (i == n) {
            if (cost < best) {
                best = cost;
                found = true;
                System.arraycopy(choice, 0, bestChoice, 0, n);
            }
            return;
        }
        int t = in.tier[candidates[i]];
        int end = groupEnd[i];
        if (left[t] > end - i || cost + prefix[i + left[t]] - prefix[i] + after[i] >= best) {
            return;
        }
        int[] opts = option[i];
        for (int m = 0; m < opts.length && nodes <= NODES_PER_SET; m++) {
            int j = opts[m];
            choice[i] = m;
            if (j < 0) {
                if (end - i - 1 >= left[t]) {
                    search(i + 1, cost);
                }
            } else if (left[t] > 0 && caseload[j] < in.cap[set[j]]
                    && hours[j] + optionLoad[i][m] <= in.capacity[set[j]] + Instance.EPS) {
                hours[j] += optionLoad[i][m];
                caseload[j]++;
                left[t]--;
                search(i + 1, cost + optionCost[i][m]);
                hours[j] -= optionLoad[i][m];
                caseload[j]--;
                left[t]++;
            }
        }
    }

    /** Puts the best plan found for the set in place and marks its coaches to be searched again. */
    private void apply() {
        for (int i = 0; i < n; i++) {
            if (plan.assign[candidates[i]] >= 0) {
                plan.remove(candidates[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            int j = option[i][bestChoice[i]];
            if (j >= 0) {
                plan.place(candidates[i], in.pair(set[j], candidates[i]));
            }
        }
        for (int c : set) {
            dirty[c] = true;
        }
    }

    /** A few random moves that keep the plan valid: to another coach with room, or an exchange of coaches. */
    private void kick(SplittableRandom random) {
        int moved = 0;
        for (int tries = 0; tries < 200 * KICK_MOVES && moved < KICK_MOVES; tries++) {
            int p = in.order[random.nextInt(in.np)];
            if (plan.assign[p] < 0 || in.pinned[p] >= 0 || plan.eligibleCount(p) < 2) {
                continue;
            }
            int f = in.first[p] + random.nextInt(plan.eligibleCount(p));
            int c = plan.assign[p];
            int d = in.pairCoach[f];
            if (d == c) {
                continue;
            }
            if (plan.fits(f)) {
                plan.remove(p);
                plan.place(p, f);
            } else if (!exchange(p, f, random)) {
                continue;
            }
            dirty[c] = true;
            dirty[d] = true;
            moved++;
        }
    }

    /** Exchanges p with a practice on the coach of pair f that p's coach may serve, when both fit; true if done. */
    private boolean exchange(int p, int f, SplittableRandom random) {
        int c = plan.assign[p];
        int d = in.pairCoach[f];
        List<Integer> on = plan.practicesOn(d);
        int start = random.nextInt(on.size() == 0 ? 1 : on.size());
        for (int k = 0; k < on.size(); k++) {
            int q = on.get((start + k) % on.size());
            int qc = in.pair(c, q);
            if (in.pinned[q] >= 0 || qc < 0) {
                continue;
            }
            double usedC = plan.used[c] - in.pairLoad[plan.slot[p]] + in.pairLoad[qc];
            double usedD = plan.used[d] - in.pairLoad[plan.slot[q]] + in.pairLoad[f];
            if (usedC <= in.capacity[c] + Instance.EPS && usedD <= in.capacity[d] + Instance.EPS) {
                plan.remove(p);
                plan.remove(q);
                plan.place(p, f);
                plan.place(q, qc);
                return true;
            }
        }
        return false;
    }

    /** For each coach, the coaches who may serve a practice in common with it. */
    private static BitSet[] shares(Instance in) {
        BitSet[] sets = new BitSet[in.nc];
        for (int c = 0; c < in.nc; c++) {
            sets[c] = new BitSet(in.nc);
        }
        for (int p = 0; p < in.np; p++) {
            for (int e = in.first[p]; e < in.first[p + 1]; e++) {
                for (int g = e + 1; g < in.first[p + 1]; g++) {
                    sets[in.pairCoach[e]].set(in.pairCoach[g]);
                    sets[in.pairCoach[g]].set(in.pairCoach[e]);
                }
            }
        }
        return sets;
    }
}

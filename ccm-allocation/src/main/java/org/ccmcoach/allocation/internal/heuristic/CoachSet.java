package org.ccmcoach.allocation.internal.heuristic;

import java.util.Arrays;
import org.ccmcoach.allocation.internal.Instance;

/**
 * The least-travel plan for one set of two or three coaches, by branch and bound, for
 * {@link CoachSetSearch}: the candidates are the set's practices that are not pinned and the
 * unserved practices of the same priority classes that one of them may serve; each goes to one of
 * the set's coaches that may serve it or to no one, within hours and caseload, with each class's
 * count served held. The bound is the travel so far plus, class by class, the least travel of the
 * places still to fill. Work is counted in nodes and set-up so that the caller can bound it.
 */
final class CoachSet {

    /** Nodes for one set; a set that needs more keeps the best plan found within them, if better. */
    private static final long NODES_PER_SET = 200_000;
    /** What setting up one set counts as, in nodes. */
    private static final long SET_UP = 64;
    /** Sets with more candidates than this are skipped: the search would not finish within its nodes. */
    static final int MAX_CANDIDATES = 48;

    private final Plan plan;
    private final Instance in;
    /** Each coach's position in id order, for ties. */
    private final int[] idRank;
    private long work;

    private int[] set;
    private final int[] candidates = new int[MAX_CANDIDATES];
    private int n;
    /** For each candidate (in search order), its options: set positions, -1 for unserved; costs and loads alike. */
    private final int[][] option = new int[MAX_CANDIDATES][];
    private final long[][] optionCost = new long[MAX_CANDIDATES][];
    private final double[][] optionLoad = new double[MAX_CANDIDATES][];
    private final double[] hours = new double[3];
    private final int[] caseload = new int[3];
    private final int[] left;
    private final int[] need;
    private final long[] prefix = new long[MAX_CANDIDATES + 1];
    private final int[] groupEnd = new int[MAX_CANDIDATES];
    private final long[] after = new long[MAX_CANDIDATES];
    private final int[] choice = new int[MAX_CANDIDATES];
    private final int[] bestChoice = new int[MAX_CANDIDATES];
    private boolean found;
    private long best;
    private long nodes;

    CoachSet(Plan plan, int[] idRank) {
        this.plan = plan;
        this.in = plan.in;
        this.idRank = idRank;
        left = new int[in.tiers];
        need = new int[in.tiers];
    }

    /** Work done so far, in nodes and set-up. */
    long work() {
        return work;
    }

    /**
     * Searches one set of two or three coaches and puts its best plan in place when it has less
     * travel.
     *
     * @return whether the plan changed
     */
    boolean optimise(int[] coaches) {
        set = coaches;
        if (!collect()) {
            return false;
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
        return found;
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

    /** Puts the best plan found for the set in place. */
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
    }
}

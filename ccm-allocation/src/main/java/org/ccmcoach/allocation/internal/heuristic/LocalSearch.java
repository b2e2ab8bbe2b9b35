package org.ccmcoach.allocation.internal.heuristic;

import java.util.Arrays;
import java.util.List;
import org.ccmcoach.allocation.internal.Instance;

/**
 * Local search on (travel, −continuity, Σ utilization²) with coverage held: move one practice to a
 * better coach with room ({@link #relocate()}), swap the coaches of two practices ({@link #swap()}),
 * exchange a served practice for an unserved one of the same priority ({@link #exchange()}). Each
 * remembers the practices it tried without result and does not try them again while no coach that
 * may serve them has changed.
 */
final class LocalSearch {

    private static final int MAX_MOVES = 1_000_000;
    private static final double UTIL_EPS = 1e-12;

    private final Plan plan;
    private final Instance in;
    /** The clock when each practice was last tried by {@link #relocate()} without result, or -1. */
    private final long[] relocateTried;
    /** The clock when each practice was last tried by {@link #swap()} without result, or -1. */
    private final long[] swapTried;
    /** The clock when each unserved practice was last tried by {@link #exchange()} without result, or -1. */
    private final long[] exchangeTried;
    /** Moves made so far, bounded by {@link #MAX_MOVES} over the whole search. */
    private int moves;

    LocalSearch(Plan plan) {
        this.plan = plan;
        this.in = plan.in;
        relocateTried = new long[in.np];
        swapTried = new long[in.np];
        exchangeTried = new long[in.np];
        Arrays.fill(relocateTried, -1);
        Arrays.fill(swapTried, -1);
        Arrays.fill(exchangeTried, -1);
    }

    /** Local search on (travel, −continuity, Σ utilization²) with coverage held, in sweeps until none improves. */
    boolean improve() {
        boolean any = false;
        while (moves < MAX_MOVES && !plan.late() && (relocate() | swap() | exchange())) {
            any = true;
        }
        return any;
    }

    /** Moves practices to better coaches with room, in one sweep; true if any moved. */
    private boolean relocate() {
        boolean any = false;
        for (int p : in.order) {
            if (plan.late()) {
                break;
            }
            if (plan.assign[p] < 0 || in.pinned[p] >= 0 || plan.unchangedAround(p, relocateTried[p])) {
                continue;
            }
            long tried = plan.clock();
            for (int f = in.first[p]; f < in.first[p + 1]; f++) {
                int d = in.pairCoach[f];
                int c = plan.assign[p];
                int e = plan.slot[p];
                if (d != c && plan.fits(f)) {
                    long dt = in.pairCost[f] - in.pairCost[e];
                    int dk = kept(p, d) - kept(p, c);
                    double du = sq(plan.used[c] - in.pairLoad[e], c) - sq(plan.used[c], c)
                            + sq(plan.used[d] + in.pairLoad[f], d) - sq(plan.used[d], d);
                    if (better(dt, dk, du)) {
                        plan.remove(p);
                        plan.place(p, f);
                        moves++;
                        any = true;
                    }
                }
            }
            if (plan.clock() == tried) {
                relocateTried[p] = tried;
            }
        }
        return any;
    }

    /**
     * Exchanges the coaches of two practices when that is better, in one sweep; true if any. Each
     * practice p is tried, in priority order, with the later practices on coaches that may serve p,
     * which are the only ones it could exchange with.
     */
    private boolean swap() {
        boolean any = false;
        int[] partners = new int[16];
        for (int i = 0; i < in.np; i++) {
            int p = in.order[i];
            if (plan.late()) {
                break;
            }
            if (plan.assign[p] < 0 || in.pinned[p] >= 0 || plan.unchangedAround(p, swapTried[p])) {
                continue;
            }
            boolean swapped = false;
            // The partners' ranks, sorted: later practices on the coaches that may serve p.
            int n = 0;
            for (int f = in.first[p]; f < in.first[p + 1]; f++) {
                for (int q : plan.practicesOn(in.pairCoach[f])) {
                    if (in.rank[q] > i) {
                        if (n == partners.length) {
                            partners = Arrays.copyOf(partners, n * 2);
                        }
                        partners[n++] = in.rank[q];
                    }
                }
            }
            Arrays.sort(partners, 0, n);
            for (int k = 0; k < n; k++) {
                int q = in.order[partners[k]];
                int c = plan.assign[p];
                int d = plan.assign[q];
                if (d < 0 || d == c || in.pinned[q] >= 0) {
                    continue;
                }
                int pd = in.pair(d, p);
                int qc = in.pair(c, q);
                if (pd < 0 || qc < 0) {
                    continue;
                }
                int pc = plan.slot[p];
                int qd = plan.slot[q];
                double usedC = plan.used[c] - in.pairLoad[pc] + in.pairLoad[qc];
                double usedD = plan.used[d] - in.pairLoad[qd] + in.pairLoad[pd];
                if (usedC > in.capacity[c] + Instance.EPS || usedD > in.capacity[d] + Instance.EPS) {
                    continue;
                }
                long dt = in.pairCost[pd] + in.pairCost[qc] - in.pairCost[pc] - in.pairCost[qd];
                int dk = kept(p, d) + kept(q, c) - kept(p, c) - kept(q, d);
                double du = sq(usedC, c) - sq(plan.used[c], c) + sq(usedD, d) - sq(plan.used[d], d);
                if (better(dt, dk, du)) {
                    plan.remove(p);
                    plan.remove(q);
                    plan.place(p, pd);
                    plan.place(q, qc);
                    swapped = true;
                    moves++;
                    any = true;
                }
            }
            if (!swapped) {
                swapTried[p] = plan.clock();
            }
        }
        return any;
    }

    /** Exchanges served practices for unserved ones of the same priority when that is better; true if any. */
    private boolean exchange() {
        boolean any = false;
        for (int u : in.order) {
            if (plan.late()) {
                break;
            }
            if (plan.assign[u] >= 0 || plan.eligibleCount(u) == 0 || plan.unchangedAround(u, exchangeTried[u])) {
                continue;
            }
            for (int f = in.first[u]; f < in.first[u + 1]; f++) {
                int c = in.pairCoach[f];
                for (int s : List.copyOf(plan.practicesOn(c))) {
                    if (plan.assign[u] >= 0 || in.tier[s] != in.tier[u] || in.pinned[s] >= 0) {
                        continue;
                    }
                    double usedC = plan.used[c] - in.pairLoad[plan.slot[s]] + in.pairLoad[f];
                    if (usedC > in.capacity[c] + Instance.EPS) {
                        continue;
                    }
                    long dt = in.pairCost[f] - in.pairCost[plan.slot[s]];
                    int dk = kept(u, c) - kept(s, c);
                    double du = sq(usedC, c) - sq(plan.used[c], c);
                    if (better(dt, dk, du)) {
                        plan.remove(s);
                        plan.place(u, f);
                        moves++;
                        any = true;
                    }
                }
            }
            if (plan.assign[u] < 0) {
                exchangeTried[u] = plan.clock();
            }
        }
        return any;
    }

    private int kept(int p, int c) {
        return in.current[p] == c ? 1 : 0;
    }

    private double sq(double hours, int c) {
        double u = hours / in.capacity[c];
        return u * u;
    }

    private static boolean better(long dTravel, int dKept, double dUtil) {
        if (dTravel != 0) {
            return dTravel < 0;
        }
        if (dKept != 0) {
            return dKept > 0;
        }
        return dUtil < -UTIL_EPS;
    }
}

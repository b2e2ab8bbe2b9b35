package org.ccmcoach.allocation.internal.heuristic;

import org.ccmcoach.allocation.internal.Instance;

/**
 * Seats unserved practices: on the best coach with room; else along the shortest chain of moves
 * that makes room ({@link ChainSearch}); else in the place of practices of strictly lower priority
 * at the end of such a chain, which are then re-seated where possible.
 */
final class Inserter {

    private static final double UTIL_EPS = 1e-12;

    private final Plan plan;
    private final Instance in;
    private final ChainSearch chains;

    Inserter(Plan plan) {
        this.plan = plan;
        this.in = plan.in;
        this.chains = new ChainSearch(plan);
    }

    /**
     * Seats unserved practice p as {@code how} says.
     *
     * @return whether p is served now
     */
    boolean insert(int p, Seating how) {
        int best = -1;
        for (int e = in.first[p]; e < in.first[p + 1]; e++) {
            if (plan.fits(e) && (best < 0 || (how.bestFit() ? tighter(p, e, best) : betterHome(p, e, best)))) {
                best = e;
            }
        }
        if (best >= 0) {
            plan.place(p, best);
            return true;
        }
        ChainSearch.Result chain = chains.search(p, how.chainNodes());
        for (int q : chain.dropped()) {
            insert(q, how);
        }
        return plan.assign[p] >= 0;
    }

    /** Whether pair x's coach leaves less room than pair y's once their practice is on it (best fit, for packing). */
    private boolean tighter(int p, int x, int y) {
        int a = in.pairCoach[x];
        int b = in.pairCoach[y];
        double ra = in.capacity[a] - plan.used[a] - in.pairLoad[x];
        double rb = in.capacity[b] - plan.used[b] - in.pairLoad[y];
        return ra < rb - Instance.EPS || Math.abs(ra - rb) <= Instance.EPS && betterHome(p, x, y);
    }

    /**
     * Whether pair x's coach is a better home for their practice than pair y's: less travel, then
     * continuity, then lower utilization.
     */
    private boolean betterHome(int p, int x, int y) {
        long tx = in.pairCost[x];
        long ty = in.pairCost[y];
        if (tx != ty) {
            return tx < ty;
        }
        int a = in.pairCoach[x];
        int b = in.pairCoach[y];
        int current = in.current[p];
        if ((current == a) != (current == b)) {
            return current == a;
        }
        double ua = (plan.used[a] + in.pairLoad[x]) / in.capacity[a];
        double ub = (plan.used[b] + in.pairLoad[y]) / in.capacity[b];
        return ua < ub - UTIL_EPS;
    }
}

package org.ccmcoach.allocation.internal.heuristic;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ccmcoach.allocation.internal.Instance;

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
 * search that could never finish (a set of more than {@link CoachSet#MAX_CANDIDATES} candidates) is
 * skipped, not truncated ({@link CoachSet}).
 */
final class CoachSetSearch {

    /**
     * Work for the whole search, in branch-and-bound nodes plus what setting up sets costs: most of
     * the 1 to 2.5 seconds a program of 10 to 15 coaches takes on 2 cores. Programs of more than
     * {@link #LARGE} practices get less ({@link #LARGE_WORK}), so that the search adds about a tenth to
     * the time of a program of 10,000 practices instead of doubling it.
     */
    static final long WORK = 40_000_000;
    /** Above this many practices a program is large: less work, and one round ({@link Heuristic}). */
    static final int LARGE = 500;
    static final long LARGE_WORK = 6_000_000;
    /** Kicks from the best plan, and how many in a row may fail to improve it before the search stops. */
    private static final int KICKS = 150;
    private static final int FAILED_KICKS = 50;
    /** Random moves in one kick. */
    private static final int KICK_MOVES = 12;
    /** The kicks' seed: fixed, so the plan depends on the problem alone. */
    private static final long SEED = 20_261_130L;

    private final Plan plan;
    private final Instance in;
    /** Each coach's neighbours, in id order. */
    private final Neighbours neighbours;
    /** Each coach's position in id order. */
    private final int[] idRank;
    /** Marks the current coach's neighbours with {@link #ownMark}. */
    private final int[] own;
    private int ownMark;
    private final boolean[] dirty;
    private final CoachSet sets;
    /** {@link #WORK} or {@link #LARGE_WORK}. */
    private final long budget;

    CoachSetSearch(Plan plan) {
        this.plan = plan;
        this.in = plan.in;
        idRank = new int[in.nc];
        for (int i = 0; i < in.nc; i++) {
            idRank[in.coachesById[i]] = i;
        }
        neighbours = new Neighbours(in, idRank);
        own = new int[in.nc];
        dirty = new boolean[in.nc];
        budget = in.np > LARGE ? LARGE_WORK : WORK;
        sets = new CoachSet(plan, idRank);
    }

    /**
     * Re-optimises sets of coaches until none improves, then kicks and re-optimises, within one
     * {@link #WORK} budget a call; true if travel fell.
     */
    boolean run() {
        if (in.np == 0 || in.nc < 2) {
            return false;
        }
        long start = plan.travel();
        long until = sets.work() + budget;
        Arrays.fill(dirty, true);
        descend(until);
        iterate(new SplittableRandom(SEED), until);
        return plan.travel() < start;
    }

    /** Kicks and re-optimises from the plan as it stands, leaving the best plan found in place. */
    private void iterate(SplittableRandom random, long until) {
        int[] best = plan.assign.clone();
        long bestTravel = plan.travel();
        int failed = 0;
        for (int k = 0; k < KICKS && failed < FAILED_KICKS && sets.work() < until && !plan.late(); k++) {
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

    /** Searches one set; when its plan improved, its coaches are searched again. */
    private void optimise(int[] coaches) {
        if (sets.optimise(coaches)) {
            for (int c : coaches) {
                dirty[c] = true;
            }
        }
    }

    /**
     * Re-optimises every set with a dirty coach, in id order, until none is dirty or the work is
     * spent. A coach's sets are searched to the end once begun unless the work passes {@code until}
     * by a whole budget more: with a few coaches that never happens, and with thousands of coaches
     * who share practices it bounds the sets of one coach, which grow with the square of its
     * neighbours (they made 2,000 coaches and practices in one small region take 73 s, issue 33).
     */
    private void descend(long until) {
        long stop = until + budget;
        boolean any = true;
        while (any && sets.work() < until && !plan.late()) {
            any = false;
            for (int c : in.coachesById) {
                if (!dirty[c] || sets.work() >= until || plan.late()) {
                    continue;
                }
                dirty[c] = false;
                any = true;
                // Every pair with c, and every triple with c that is connected: {c, d, e} with d a
                // neighbour of c and e a neighbour of c (each such triple once) or of d only.
                int[] around = neighbours.of(c);
                ownMark++;
                for (int d : around) {
                    own[d] = ownMark;
                }
                for (int d : around) {
                    if (sets.work() >= stop || plan.late()) {
                        return;
                    }
                    optimise(new int[] {c, d});
                    for (int e : around) {
                        if (idRank[e] > idRank[d]) {
                            optimise(new int[] {c, d, e});
                        }
                        if (sets.work() >= stop || plan.late()) {
                            return;
                        }
                    }
                    int[] beyond = neighbours.of(d);
                    for (int e : beyond) {
                        if (e != c && own[e] != ownMark) {
                            optimise(new int[] {c, d, e});
                            if (sets.work() >= stop || plan.late()) {
                                return;
                            }
                        }
                    }
                }
            }
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
}

package org.ccmcoach.allocation.internal.heuristic;

import java.util.Arrays;
import org.ccmcoach.allocation.internal.Instance;

/**
 * The steps that serve more practices by priority: insert what now fits ({@link #cover()}), and take
 * each served practice out in turn to re-seat the unserved ({@link #reshuffle()}). Each remembers
 * the attempts that found nothing and the coaches they read, and does not repeat one while those
 * coaches are unchanged.
 */
final class CoverageSteps {

    private final Plan plan;
    private final Instance in;
    private final Inserter inserter;
    /**
     * The clock when each served practice was last taken out by {@link #reshuffle()} without
     * result, or -1, and the coaches that attempt read: while none of them changes, it would find
     * nothing again.
     */
    private final long[] reshuffleTried;
    private final int[][] reshuffleReads;
    /** The same for each unserved practice that {@link #cover()} could not insert. */
    private final long[] coverTried;
    private final int[][] coverReads;

    CoverageSteps(Plan plan, Inserter inserter) {
        this.plan = plan;
        this.in = plan.in;
        this.inserter = inserter;
        reshuffleTried = new long[in.np];
        reshuffleReads = new int[in.np][];
        coverTried = new long[in.np];
        coverReads = new int[in.np][];
        Arrays.fill(reshuffleTried, -1);
        Arrays.fill(coverTried, -1);
    }

    /** Whether the plan's deadline has passed. */
    boolean late() {
        return plan.late();
    }

    /** Inserts every unserved practice that now fits, in priority order; true if any. */
    boolean cover() {
        boolean any = false;
        for (int p : in.order) {
            if (plan.late()) {
                break;
            }
            if (plan.assign[p] >= 0 || plan.eligibleCount(p) == 0 || plan.unchanged(coverReads[p], coverTried[p])) {
                continue;
            }
            long tried = plan.clock();
            plan.startReading();
            boolean placed = inserter.insert(p, Seating.BUILD);
            int[] read = plan.stopReading();
            if (placed) {
                any = true;
            } else {
                coverTried[p] = tried;
                coverReads[p] = read;
            }
        }
        return any;
    }

    /**
     * Takes each served practice out in turn and re-seats the unserved practices its coach may serve
     * in priority order, the one taken out last; keeps the result when coverage by priority improves, else undoes it.
     * This finds the knapsack exchanges single insertions cannot: one heavy practice out, two light
     * ones in, or a lighter practice of the same class in to make room for a lower class. True if
     * anything changed.
     */
    boolean reshuffle() {
        boolean any = false;
        for (int s : in.order) {
            if (plan.late()) {
                break;
            }
            if (plan.assign[s] < 0 || in.pinned[s] >= 0 || !plan.hasUnserved()
                    || plan.unchanged(reshuffleReads[s], reshuffleTried[s])) {
                continue;
            }
            long tried = plan.clock();
            plan.startReading();
            plan.begin();
            int[] coverage = plan.coverage();
            int freed = plan.assign[s];
            plan.touch(freed);
            plan.remove(s);
            for (int i = in.coachFirst[freed]; i < in.coachFirst[freed + 1]; i++) {
                int u = in.coachPractices[i];
                if (u != s && plan.assign[u] < 0) {
                    inserter.insert(u, Seating.NARROW);
                } else if (u != s) {
                    plan.touch(plan.assign[u]);
                }
            }
            inserter.insert(s, Seating.NARROW);
            int[] read = plan.stopReading();
            if (plan.coversMoreThan(coverage)) {
                any = true;
                plan.commit();
            } else {
                plan.rollback();
                reshuffleTried[s] = tried;
                reshuffleReads[s] = read;
            }
        }
        return any;
    }
}

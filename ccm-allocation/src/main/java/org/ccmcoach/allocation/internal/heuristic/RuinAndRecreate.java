package org.ccmcoach.allocation.internal.heuristic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.ccmcoach.allocation.internal.Instance;

/**
 * Ruin and recreate (Schrimpf et al. 2000) on coverage: empties a random coach and up to two of its
 * neighbours (coaches that may serve a practice it may serve), re-seats their practices and the
 * unserved practices they may serve in priority order (random order within a class; half the time
 * on the coach they fill most tightly, half the time on the nearest), and keeps the result unless
 * coverage by priority falls (or, once coverage cannot grow, unless travel grows). The best plan by
 * coverage, then travel, is kept. A fixed seed keeps it deterministic.
 */
final class RuinAndRecreate {

    private static final long SEED = 0x5EED_CC3L;
    private static final int ITERATIONS_PER_PRACTICE = 20;
    private static final int MAX_ITERATIONS = 4_000;

    private final Plan plan;
    private final Instance in;
    private final Inserter inserter;
    /** For each coach, the coaches that may serve a practice it may serve, in id order. */
    private final Neighbours neighbours;
    /** The coaches with at least one practice they may serve, in id order. */
    private final int[] serving;

    RuinAndRecreate(Plan plan, Inserter inserter) {
        this.plan = plan;
        this.in = plan.in;
        this.inserter = inserter;
        int[] idRank = new int[in.nc];
        for (int i = 0; i < in.nc; i++) {
            idRank[in.coachesById[i]] = i;
        }
        this.neighbours = new Neighbours(in, idRank);
        // Only coaches that may serve a practice are ruined: one that can serve none (a
        // technical-assistance coach, one beyond every travel limit) would spend an iteration on
        // nothing, and listing it would change the plan of the coaches that can.
        this.serving = java.util.Arrays.stream(in.coachesById).filter(c -> in.coachFirst[c + 1] > in.coachFirst[c]).toArray();
    }

    /** Runs its iterations and leaves the plan at the best one found. */
    void run() {
        if (serving.length == 0) {
            return;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int[] best = plan.coverage();
        long bestTravel = plan.travel();
        int[] bestAssign = plan.assign.clone();
        int iterations = Math.min(MAX_ITERATIONS, ITERATIONS_PER_PRACTICE * in.np);
        int[] mark = new int[in.np];
        for (int it = 0; it < iterations && !plan.late(); it++) {
            int[] ruined = ruined(random);
            boolean unserved = plan.hasUnserved();
            Seating how = unserved && random.nextBoolean() ? Seating.PACKED : Seating.NARROW;
            plan.begin();
            int[] coverage = plan.coverage();
            long travel = plan.travel();
            List<Integer> again = practicesAround(ruined, mark, it + 1);
            again.sort(Comparator.comparingInt(p -> in.rank[p]));
            for (int p : again) {
                if (plan.assign[p] >= 0) {
                    plan.remove(p);
                }
            }
            for (int i = again.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = again.get(i);
                again.set(i, again.get(j));
                again.set(j, swap);
            }
            again.sort(Comparator.comparingInt(p -> in.tier[p]));
            for (int p : again) {
                if (plan.assign[p] < 0) {
                    inserter.insert(p, how);
                }
            }
            int[] now = plan.coverage();
            int cmp = Arrays.compare(now, coverage);
            long nowTravel = plan.travel();
            // Keep a plan that serves more; one that serves as many is kept while coverage may still
            // grow (a walk over equal plans), otherwise only if it travels no more.
            if (cmp < 0 || cmp == 0 && !unserved && nowTravel > travel) {
                plan.rollback();
                continue;
            }
            plan.commit();
            int vsBest = Arrays.compare(now, best);
            if (vsBest > 0 || vsBest == 0 && nowTravel < bestTravel) {
                best = now;
                bestTravel = nowTravel;
                bestAssign = plan.assign.clone();
            }
        }
        plan.restore(bestAssign);
    }

    /** A random coach that may serve some practice and up to two random neighbours of it, each once. */
    private int[] ruined(SplittableRandom random) {
        int size = 1 + random.nextInt(Math.min(3, serving.length));
        int first = serving[random.nextInt(serving.length)];
        int[] around = neighbours.of(first);
        int[] ruined = new int[size];
        ruined[0] = first;
        int ruinedCount = 1;
        for (int k = 1; k < size && around.length > 0; k++) {
            int d = around[random.nextInt(around.length)];
            boolean again = false;
            for (int i = 0; i < ruinedCount; i++) {
                again |= ruined[i] == d;
            }
            if (!again) {
                ruined[ruinedCount++] = d;
            }
        }
        return Arrays.copyOf(ruined, ruinedCount);
    }

    /** The practices on the ruined coaches (unless pinned) and the unserved ones they may serve, each once. */
    private List<Integer> practicesAround(int[] ruined, int[] mark, int stamp) {
        List<Integer> again = new ArrayList<>();
        for (int c : ruined) {
            for (int j = in.coachFirst[c]; j < in.coachFirst[c + 1]; j++) {
                int p = in.coachPractices[j];
                if (mark[p] != stamp && (plan.assign[p] < 0 || plan.assign[p] == c && in.pinned[p] < 0)) {
                    mark[p] = stamp;
                    again.add(p);
                }
            }
        }
        return again;
    }
}

package org.ccmcoach.allocation.internal.heuristic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ccmcoach.allocation.internal.Instance;

/**
 * The heuristic's steps in order, for {@link org.ccmcoach.allocation.HeuristicAllocator} (which
 * describes them) and as the starting plan of {@link org.ccmcoach.allocation.ExactAllocator}.
 */
public final class Heuristic {

    private static final int MAX_ROUNDS = 1_000;
    /**
     * Rounds of {@link CoachSetSearch}: a round after the first only when settling served more by
     * priority, and only for programs of up to {@link CoachSetSearch#LARGE} practices, where settling
     * takes a fraction of a second rather than most of one.
     */
    private static final int SEARCH_ROUNDS = 3;

    private Heuristic() {
    }

    /**
     * Plans an instance.
     *
     * @param in  the instance
     * @return each practice's coach index in the heuristic's plan, -1 for an unserved practice
     */
    public static int[] plan(Instance in) {
        return plan(in, 0, false);
    }

    /**
     * Plans an instance within a deadline, for {@link org.ccmcoach.allocation.ExactAllocator}'s start:
     * each step stops where it stands when the deadline passes, with a valid plan, so that the start
     * counts against the exact allocator's time limit (issue 33). The plan then depends on time.
     *
     * @param in  the instance
     * @param deadline  the {@link System#nanoTime()} at which to stop
     * @return each practice's coach index in the heuristic's plan, -1 for an unserved practice
     */
    public static int[] plan(Instance in, long deadline) {
        return plan(in, deadline, true);
    }

    private static int[] plan(Instance in, long deadline, boolean timed) {
        Plan plan = new Plan(in, timed ? deadline : 0, timed);
        Inserter inserter = new Inserter(plan);
        CoverageSteps coverage = new CoverageSteps(plan, inserter);
        LocalSearch local = new LocalSearch(plan);
        build(plan, inserter);
        settle(coverage, local);
        new RuinAndRecreate(plan, inserter).run();
        settle(coverage, local);
        // Settling after the search may serve more by priority; travel is then searched again for it.
        int rounds = in.np > CoachSetSearch.LARGE ? 1 : SEARCH_ROUNDS;
        CoachSetSearch search = new CoachSetSearch(plan);
        for (int round = 0; round < rounds && !plan.late(); round++) {
            int[] served = plan.coverage();
            if (!search.run()) {
                break;
            }
            settle(coverage, local);
            if (Arrays.equals(served, plan.coverage())) {
                break;
            }
        }
        return plan.assign.clone();
    }

    /** Pins first, then each priority class in turn, its lightest practices first. */
    private static void build(Plan plan, Inserter inserter) {
        Instance in = plan.in;
        for (int p : in.order) {
            if (in.pinned[p] >= 0) {
                plan.place(p, in.pair(in.pinned[p], p));
            }
        }
        for (int t = 0; t < in.tiers; t++) {
            List<Integer> tier = new ArrayList<>();
            for (int p : in.order) {
                if (in.tier[p] == t && plan.assign[p] < 0 && plan.eligibleCount(p) > 0) {
                    tier.add(p);
                }
            }
            tier.sort(Comparator.<Integer>comparingDouble(p -> lightestLoad(in, p)).thenComparingInt(p -> in.rank[p]));
            for (int p : tier) {
                if (plan.late()) {
                    return;
                }
                inserter.insert(p, Seating.BUILD);
            }
        }
    }

    /** Repeats the coverage steps and local search until none finds anything. */
    private static void settle(CoverageSteps coverage, LocalSearch local) {
        for (int round = 0; round < MAX_ROUNDS && !coverage.late(); round++) {
            boolean covered = coverage.cover();
            boolean exchanged = coverage.reshuffle();
            boolean improved = local.improve();
            if (!covered && !exchanged && !improved) {
                break;
            }
        }
    }

    private static double lightestLoad(Instance in, int p) {
        double least = Double.POSITIVE_INFINITY;
        for (int e = in.first[p]; e < in.first[p + 1]; e++) {
            least = Math.min(least, in.pairLoad[e]);
        }
        return least;
    }
}

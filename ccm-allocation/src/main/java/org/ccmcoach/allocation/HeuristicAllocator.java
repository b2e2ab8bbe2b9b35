package org.ccmcoach.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The allocator for programs of any size: a greedy construction by priority with chains of moves to
 * make room, then local search, ruin and recreate, and exact re-optimisation of small sets of
 * coaches. It is a heuristic (the aims of {@link Allocator} are NP-hard in general: a generalized
 * assignment problem), deterministic and independent of the order of coaches and practices in the
 * problem (ties are broken by id).
 *
 * <ol>
 *   <li>Construction: pins, then practices class by class (within a priority class the lightest
 *       first), each on its best coach with room, else through the shortest chain of moves that
 *       makes room (breadth-first, bounded), else in the place of lower-priority practices at the
 *       end of such a chain ({@link Inserter}, {@link ChainSearch}).</li>
 *   <li>Settling, repeated until nothing changes: insert what now fits; take each served practice
 *       out in turn and re-seat the unserved, kept when coverage by priority improves
 *       ({@link CoverageSteps}); local search on travel, continuity and utilization
 *       ({@link LocalSearch}).</li>
 *   <li>Ruin and recreate with a fixed seed, keeping the best plan by coverage then travel
 *       ({@link RuinAndRecreate}); then settling again.</li>
 *   <li>Travel by exact re-optimisation of two or three coaches at a time, each set's practices and
 *       the unserved practices of the same priority classes, iterated from random kicks
 *       ({@link CoachSetSearch}); then settling again, and when settling served more by priority,
 *       the search again for that coverage (three rounds at most).</li>
 * </ol>
 *
 * <p>Quality. On the project's 100 small stored random programs (2 to 8 coaches, 8 to 40
 * practices; {@code HeuristicAgainstExactTest}, 10 s each), {@link ExactAllocator} proves coverage on
 * all: the heuristic's matches on 99 (on the other it serves one practice fewer of a priority class
 * and two more of the next), and its travel is at the proven optimum on all 97 where that is
 * proven. At realistic sizes, against least travel at the heuristic's coverage proven by an
 * independent solver ({@code TravelOptimaTest}: HiGHS): the examples' regional program (12 coaches,
 * 120 practices) 0.6 % above, and the 10 of the 12 stored programs of 10 to 15 coaches and 100 to
 * 155 practices where the solver proved its optimum, 0.0 % to 2.1 % above (0.75 % on average; over
 * 2 % on one). Coverage is not proven at those sizes.
 *
 * <p>Time grows about linearly with the pairs of coach and practice within the travel limit: 12
 * coaches and 120 practices take 1 to 2.5 seconds on 2 cores, most of it the last step; 1,000
 * coaches and 10,000 practices spread over a large territory about 9.6 seconds.
 *
 * <pre>{@code
 * Allocation plan = new HeuristicAllocator().allocate(problem);
 * }</pre>
 */
public final class HeuristicAllocator implements Allocator {

    private static final int MAX_ROUNDS = 1_000;
    /**
     * Rounds of {@link CoachSetSearch}: a round after the first only when settling served more by
     * priority, and only for programs of up to {@link CoachSetSearch#LARGE} practices, where settling
     * takes a fraction of a second rather than most of one.
     */
    private static final int SEARCH_ROUNDS = 3;

    /** Creates the allocator; it holds no state, so one may serve any number of problems and threads. */
    public HeuristicAllocator() {
    }

    @Override
    public Allocation allocate(AllocationProblem problem) {
        Instance in = problem.instance();
        return new Explainer(in, plan(in)).explain();
    }

    /** Each practice's coach index in the heuristic's plan, -1 for an unserved practice. */
    static int[] plan(Instance in) {
        Plan plan = new Plan(in);
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
        for (int round = 0; round < rounds; round++) {
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
                inserter.insert(p, Seating.BUILD);
            }
        }
    }

    /** Repeats the coverage steps and local search until none finds anything. */
    private static void settle(CoverageSteps coverage, LocalSearch local) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
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

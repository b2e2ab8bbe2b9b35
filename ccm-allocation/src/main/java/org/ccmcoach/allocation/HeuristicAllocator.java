package org.ccmcoach.allocation;

import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.internal.heuristic.Heuristic;

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
 *       end of such a chain ({@code Inserter}, {@code ChainSearch}).</li>
 *   <li>Settling, repeated until nothing changes: insert what now fits; take each served practice
 *       out in turn and re-seat the unserved, kept when coverage by priority improves
 *       ({@code CoverageSteps}); local search on travel, continuity and utilization
 *       ({@code LocalSearch}).</li>
 *   <li>Ruin and recreate with a fixed seed, keeping the best plan by coverage then travel
 *       ({@code RuinAndRecreate}); then settling again.</li>
 *   <li>Travel by exact re-optimisation of two or three coaches at a time, each set's practices and
 *       the unserved practices of the same priority classes, iterated from random kicks
 *       ({@code CoachSetSearch}); then settling again, and when settling served more by priority,
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

    /** Creates the allocator; it holds no state, so one may serve any number of problems and threads. */
    public HeuristicAllocator() {
    }

    @Override
    public Allocation allocate(AllocationProblem problem) {
        Instance in = problem.instance();
        return new Explainer(in, Heuristic.plan(in)).explain();
    }
}

package org.ccmcoach.allocation;

/**
 * Gives each practice at most one point-of-contact coach, best first by a strict order of aims.
 *
 * <p>The aims, each considered only among plans equal on the ones before it:
 * <ol>
 *   <li><b>coverage by priority</b>: serve as many practices as possible of the highest priority
 *       class (triage candidates, then readiness, then the caller's priority; see
 *       {@link PracticeProfile}), then of the next, and so on; a practice is never left unserved
 *       while a practice of lower priority holds a place it could take;</li>
 *   <li><b>least travel</b>: the fewest round-trip minutes a month over all visits;</li>
 *   <li><b>continuity</b>: keep as many current coach–practice pairs as possible;</li>
 *   <li><b>even utilization</b>: the smallest sum of squared utilizations.</li>
 * </ol>
 * Hard limits are never broken: hours, caseload cap, travel limit, expertise, forbidden coaches,
 * roles and pins ({@link AllocationRule}). Pinned practices are always served by their coach. Every
 * plan comes with its explanations: each assignment's reason, each unserved practice's binding rule.
 *
 * <p>Because coverage is by priority, one more coach never serves fewer practices of any class
 * before the first class it serves more of, but it may serve fewer in total: if a heavy
 * high-priority practice that no coach could take before now fits once another practice moves to
 * the new coach, two light low-priority practices may lose their places to it.
 *
 * <p>Two implementations, as algorithms behind one interface:
 * <ul>
 *   <li>{@link HeuristicAllocator} ({@link #heuristic()}): any size, deterministic, seconds for
 *       thousands of practices; near the optimum, not proven;</li>
 *   <li>{@link ExactAllocator}: integer programming (ojAlgo, an optional dependency) that proves
 *       the optimum of coverage and travel, or reports how far its best plan may be from it when its
 *       time limit ends first; for small programs and for checking the heuristic.</li>
 * </ul>
 *
 * <pre>{@code
 * Allocation plan = Allocator.heuristic().allocate(problem);
 * plan.assignments();   // who coaches whom, with the load and the reason
 * plan.waitlist();      // unserved practices, highest priority first, with the binding reason
 * plan.coachLoads();    // each coach's hours, caseload and utilization
 * }</pre>
 */
public interface Allocator {

    /**
     * Allocates coaches to practices.
     *
     * @param problem  the problem, not null
     * @return the plan with its explanations
     */
    Allocation allocate(AllocationProblem problem);

    /**
     * The heuristic allocator, for programs of any size.
     *
     * @return a {@link HeuristicAllocator}
     */
    static Allocator heuristic() {
        return new HeuristicAllocator();
    }
}

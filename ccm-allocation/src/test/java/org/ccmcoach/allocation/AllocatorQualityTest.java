package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.internal.heuristic.Heuristic;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.junit.jupiter.api.Test;

/**
 * The heuristic against the exact allocator on random programs of up to 8 coaches and 40 practices
 * ({@link RandomPrograms}): coverage by priority must be optimal on every program whose coverage
 * the exact allocator proves, and travel within 2 % of the proven optimum on average. A program
 * the exact allocator cannot prove within its time limit is counted; at most one in five may be.
 */
class AllocatorQualityTest {

    /** 40 by default; {@code -Dccm.quality.instances=200} for a longer run. */
    private static final int INSTANCES = Integer.getInteger("ccm.quality.instances", 40);
    private static final ExactAllocator EXACT = new ExactAllocator(Duration.ofSeconds(30));

    @Test
    void coverage_is_optimal_on_every_instance_and_travel_within_two_percent_on_average() {
        List<Double> gaps = new ArrayList<>();
        int served = 0;
        int unserved = 0;
        int unproven = 0;
        for (int i = 0; i < INSTANCES; i++) {
            int coaches = 2 + i % 7;                 // 2 to 8
            int practices = 10 + (i * 7) % 31;       // 10 to 40
            AllocationProblem problem = RandomPrograms.problem(1000 + i, coaches, practices);
            Instance in = problem.instance();
            Allocation allocation = Allocator.heuristic().allocate(problem);
            assertEquals(List.of(), AllocationChecker.check(problem, allocation));
            ExactSolution exact = EXACT.solve(problem);
            assertEquals(List.of(), AllocationChecker.check(problem, exact.allocation()), "the exact plan keeps every rule");
            if (!exact.proven()) {
                unproven++;
                continue;
            }
            int instance = i;
            assertArrayEquals(Measures.coverage(in, exact.allocation()), Measures.coverage(in, allocation),
                    () -> "coverage by priority class, instance " + instance + " (" + coaches + " × " + practices + ")");
            long travel = Measures.travel(in, allocation);
            long optimum = Measures.travel(in, exact.allocation());
            assertTrue(travel >= optimum, () -> "the optimum cannot be beaten: instance " + instance + ", " + travel + " < " + optimum);
            gaps.add(optimum == 0 ? 0.0 : (travel - optimum) / (double) optimum);
            served += allocation.assignments().size();
            unserved += allocation.waitlist().size();
        }
        double mean = gaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double worst = gaps.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        long optimal = gaps.stream().filter(g -> g < 1e-9).count();
        System.out.printf(Locale.ROOT, "Heuristic vs exact: %d instances (%d unproven in %d s), %d served, "
                + "%d waitlisted; coverage optimal on all %d; travel gap mean %.3f %%, worst %.3f %%, optimal travel on %d%n",
                INSTANCES, unproven, EXACT.timeLimit().toSeconds(), served, unserved, gaps.size(), 100 * mean, 100 * worst, optimal);
        assertTrue(unproven <= INSTANCES / 5, unproven + " instances unproven by the exact allocator");
        assertTrue(unserved > INSTANCES, "the instances must be tight enough to leave practices unserved");
        assertTrue(mean <= 0.02, "mean travel gap " + mean);
    }
}

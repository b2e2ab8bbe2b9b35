package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.junit.jupiter.api.Test;

/**
 * The allocator against stored exact optima: {@code optima.csv} holds, for small random programs,
 * the optimal coverage by priority class and the least travel with that coverage, as ojAlgo's
 * integer programming proved them ({@link ExactOptima} writes the table). Unlike
 * {@link AllocatorQualityTest}, which solves the integer programs each time, this runs in well under
 * a few seconds, so mutation testing can use it: a change to the search that serves fewer
 * practices or travels more on these programs fails here.
 *
 * <p>The bars are the allocator's own record on these 53 programs, against the proven optima: the
 * optimal coverage on all but one (seed 5049, where it serves one practice fewer of priority class
 * 6 and two more of class 7: an exchange across two coaches that its moves do not make), the
 * optimal travel on 37 of the other 52, and travel 1.36 % above the optimum on average.
 */
class AllocatorOptimaTest {

    private record Optimum(long seed, int coaches, int practices, int[] coverage, long travel) {
    }

    @Test
    void matches_the_optimal_coverage_on_all_programs_but_one_and_travels_little_above_the_optimum() throws IOException {
        List<Optimum> optima = optima();
        assertEquals(53, optima.size(), "programs in the table");
        List<Long> missed = new ArrayList<>();
        int optimalTravel = 0;
        double gaps = 0;
        for (Optimum o : optima) {
            AllocationProblem problem = RandomPrograms.problem(o.seed(), o.coaches(), o.practices());
            Instance in = problem.instance();
            Allocation allocation = Allocator.heuristic().allocate(problem);
            assertEquals(List.of(), AllocationChecker.check(problem, allocation));
            int[] coverage = Measures.coverage(in, allocation);
            long travel = Measures.travel(in, allocation);
            assertTrue(Arrays.compare(coverage, o.coverage()) <= 0, "no plan beats the optimal coverage, seed " + o.seed());
            if (!Arrays.equals(coverage, o.coverage())) {
                missed.add(o.seed());
                continue;
            }
            long found = travel;
            assertTrue(travel >= o.travel() - 1, () -> "no plan beats the optimum: seed " + o.seed() + ", " + found);
            if (travel <= o.travel() + 1) {
                optimalTravel++;
            }
            gaps += (travel - o.travel()) / (double) Math.max(1, o.travel());
        }
        assertEquals(List.of(5049L), missed, "programs whose optimal coverage the allocator misses");
        double meanGap = gaps / (optima.size() - missed.size());
        assertTrue(optimalTravel >= 37, optimalTravel + " of " + (optima.size() - missed.size()) + " at the optimal travel");
        assertTrue(meanGap <= 0.0137, "mean travel above the optimum: " + meanGap);
    }

    private static List<Optimum> optima() throws IOException {
        try (InputStream in = AllocatorOptimaTest.class.getResourceAsStream("optima.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(l -> !l.isBlank()).map(line -> {
                String[] f = line.split(",");
                return new Optimum(Long.parseLong(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Arrays.stream(f[3].split(" ")).mapToInt(Integer::parseInt).toArray(), Long.parseLong(f[4]));
            }).toList();
        }
    }
}

package org.ccmcoach.allocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ccmcoach.allocation.testing.RandomPrograms;

/**
 * Writes the table {@link AllocatorOptimaTest} reads: the exact optimum (coverage by priority class,
 * then travel) of small random programs, solved by {@link ExactAllocation} (ojAlgo integer
 * programming). Programs the reference cannot prove within its time limit are left out. Run from
 * {@code ccm-allocation} after {@code ../mvnw test-compile}:
 *
 * <pre>{@code
 * ../mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ccmcoach.allocation.ExactOptima \
 *     -Dexec.args=src/test/resources/org/ccmcoach/allocation/optima.csv
 * }</pre>
 */
final class ExactOptima {

    /** The programs in the table: seeds from 5000, 2 to 7 coaches, 8 to 32 practices. */
    static final int PROGRAMS = 60;

    private ExactOptima() {
    }

    static int coaches(int i) {
        return 2 + i % 6;
    }

    static int practices(int i) {
        return 8 + (i * 5) % 25;
    }

    static long seed(int i) {
        return 5000 + i;
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("seed,coaches,practices,coverage,travel");
        for (int i = 0; i < PROGRAMS; i++) {
            AllocationProblem problem = RandomPrograms.problem(seed(i), coaches(i), practices(i));
            Instance in = problem.instance();
            Allocation allocation = Allocator.heuristic().allocate(problem);
            int[] counts = ExactAllocation.coverage(in, allocation);
            long travel = ExactAllocation.travel(in, allocation);
            try {
                ExactAllocation exact = ExactAllocation.solve(problem, counts, travel);
                if (exact.travel < 0) {
                    // The allocator's coverage was not optimal: solve again from the optimal coverage.
                    exact = ExactAllocation.solve(problem, exact.tierCounts, Long.MAX_VALUE / 4);
                }
                lines.add(seed(i) + "," + coaches(i) + "," + practices(i) + ","
                        + Arrays.stream(exact.tierCounts).mapToObj(Integer::toString).collect(Collectors.joining(" "))
                        + "," + exact.travel);
                System.out.println(lines.get(lines.size() - 1));
            } catch (ExactAllocation.Unproven e) {
                System.out.println("unproven: " + seed(i));
            }
        }
        Files.write(Path.of(args[0]), lines);
    }
}

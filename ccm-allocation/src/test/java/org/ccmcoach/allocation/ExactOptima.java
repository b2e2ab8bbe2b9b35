package org.ccmcoach.allocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.testing.RandomPrograms;

/**
 * Writes the table {@link AllocatorOptimaTest} reads: the exact optimum (coverage by priority class,
 * then travel) of small random programs, solved by {@link ExactAllocator} (ojAlgo integer
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
        ExactAllocator exact = new ExactAllocator(Duration.ofSeconds(30));
        List<String> lines = new ArrayList<>();
        lines.add("seed,coaches,practices,coverage,travel");
        for (int i = 0; i < PROGRAMS; i++) {
            AllocationProblem problem = RandomPrograms.problem(seed(i), coaches(i), practices(i));
            Instance in = problem.instance();
            ExactSolution solution = exact.solve(problem);
            if (solution.proven()) {
                lines.add(seed(i) + "," + coaches(i) + "," + practices(i) + ","
                        + Arrays.stream(Measures.coverage(in, solution.allocation())).mapToObj(Integer::toString)
                                .collect(Collectors.joining(" "))
                        + "," + Measures.travel(in, solution.allocation()));
                System.out.println(lines.get(lines.size() - 1));
            } else {
                System.out.println("unproven: " + seed(i) + ": " + solution);
            }
        }
        Files.write(Path.of(args[0]), lines);
    }
}

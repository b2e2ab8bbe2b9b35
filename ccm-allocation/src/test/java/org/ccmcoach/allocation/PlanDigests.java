package org.ccmcoach.allocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ccmcoach.allocation.testing.RandomPrograms;

/**
 * The stored random programs whose plans {@link PlanDigestsTest} holds fixed, and the digest of a
 * plan: SHA-256 over "practice=coach" lines sorted by practice id, so any change of coach, or of
 * who is served, changes it. {@link #main} writes {@code plans.csv} from the allocator as it is:
 *
 * <pre>{@code
 * ../mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
 * java -cp "target/classes:target/test-classes:$(cat cp.txt)" org.ccmcoach.allocation.PlanDigests \
 *     src/test/resources/org/ccmcoach/allocation/plans.csv
 * }</pre>
 */
final class PlanDigests {

    private PlanDigests() {
    }

    /** The programs: the 60 of {@link ExactOptima}, the 40 of {@link AllocatorQualityTest}, and 12 of 10 to 15 coaches. */
    static List<long[]> programs() {
        List<long[]> programs = new ArrayList<>();
        for (int i = 0; i < ExactOptima.PROGRAMS; i++) {
            programs.add(new long[] {ExactOptima.seed(i), ExactOptima.coaches(i), ExactOptima.practices(i)});
        }
        for (int i = 0; i < 40; i++) {
            programs.add(new long[] {1000 + i, 2 + i % 7, 10 + (i * 7) % 31});
        }
        for (int i = 0; i < 12; i++) {
            programs.add(new long[] {7000 + i, 10 + i % 6, 100 + 5 * i});
        }
        return programs;
    }

    static String digest(Allocation plan) {
        List<String> lines = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            lines.add(a.practice().value() + "=" + a.coach().value());
        }
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }

    static AllocationProblem problem(long[] program) {
        return RandomPrograms.problem(program[0], (int) program[1], (int) program[2]);
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("seed,coaches,practices,digest");
        for (long[] program : programs()) {
            Allocation plan = Allocator.heuristic().allocate(problem(program));
            lines.add(program[0] + "," + program[1] + "," + program[2] + "," + digest(plan));
        }
        Files.write(Path.of(args[0]), lines);
    }
}

package org.ccmcoach.allocation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmcoach.allocation.internal.Instance;
import tools.jackson.databind.json.JsonMapper;

/**
 * The programs of {@link TravelOptimaTest} (the examples' regional program and the 12 stored
 * programs of 10 to 15 coaches) written as plain integer programs for an independent solver, with
 * the heuristic's coverage by priority class, at which the solver minimises travel. {@code
 * src/test/optima/optima.py} reads them; the table it prints is {@code optima.csv}:
 *
 * <pre>{@code
 * java -cp "target/classes:target/test-classes:$(cat cp.txt)" org.ccmcoach.allocation.OptimaInstances /tmp/optima
 * python3 src/test/optima/optima.py 400 /tmp/optima/*.txt
 * }</pre>
 *
 * <p>Format, one value per token: coaches, practices, priority classes, pairs; per coach its hours and
 * caseload; per practice its class, pinned coach (-1 for none) and first and last-plus-one pair; per
 * pair its coach, hours and travel (scaled minutes); then {@code coverage} and the heuristic's
 * served counts by class.
 */
final class OptimaInstances {

    private OptimaInstances() {
    }

    /** The programs by name: {@code region}, then {@code 7000} to {@code 7011}. */
    static Map<String, AllocationProblem> programs() {
        Map<String, AllocationProblem> programs = new LinkedHashMap<>();
        programs.put("region", region());
        for (long[] program : PlanDigests.programs()) {
            if (program[1] >= 10) {
                programs.put(Long.toString(program[0]), PlanDigests.problem(program));
            }
        }
        return programs;
    }

    /** The examples' regional program: 12 coaches, 120 practices, the default policy. */
    static AllocationProblem region() {
        Path data = Path.of("..", "examples", "data");
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("run from ccm-allocation: the regional program is read from " + data.toAbsolutePath());
        }
        return AllocationProblem.builder().policy(AllocationPolicy.defaults())
                .coaches(jsonLines(data.resolve("region-coaches.jsonl"), CoachProfile.class))
                .practices(jsonLines(data.resolve("region-practices.jsonl"), PracticeProfile.class))
                .build();
    }

    /**
     * One value per non-blank line, read by Jackson through the types' own annotations: ccm-json's
     * JsonLines is not on this module's test class path, ccm-json depending on ccm-allocation.
     */
    private static <T> List<T> jsonLines(Path file, Class<T> type) {
        JsonMapper mapper = JsonMapper.builder().build();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(line -> mapper.readValue(line, type)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (Map.Entry<String, AllocationProblem> program : programs().entrySet()) {
            Instance in = program.getValue().instance();
            Allocation plan = Allocator.heuristic().allocate(program.getValue());
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve(program.getKey() + ".txt"), StandardCharsets.UTF_8))) {
                out.println(in.nc + " " + in.np + " " + in.tiers + " " + in.pairCoach.length);
                for (int c = 0; c < in.nc; c++) {
                    out.println(in.capacity[c] + " " + in.cap[c]);
                }
                for (int p = 0; p < in.np; p++) {
                    out.println(in.tier[p] + " " + in.pinned[p] + " " + in.first[p] + " " + in.first[p + 1]);
                }
                for (int e = 0; e < in.pairCoach.length; e++) {
                    out.println(in.pairCoach[e] + " " + in.pairLoad[e] + " " + in.pairCost[e]);
                }
                out.println("coverage " + Arrays.stream(Measures.coverage(in, plan)).mapToObj(Integer::toString)
                        .collect(Collectors.joining(" ")));
            }
        }
    }
}

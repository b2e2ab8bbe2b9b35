package org.ccmcoach.bench;

import java.util.concurrent.TimeUnit;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Allocation time as programs grow, one coach per ten practices, travel limited to 120 minutes
 * one way: the growth exponent is fitted over the sizes from 1,000 to 8,000 practices. Targets:
 * 1,000 coaches × 10,000 practices in ≤ 10 s, exponent ≤ 1.5. Sizes by
 * {@code -p practices=1000,2000,...}.
 *
 * <p>The programs are {@code RandomPrograms.spread}: the region grows with the program, one coach
 * to about 900 km², as a state or national program covers its territory, so the 120-minute limit
 * leaves each practice about 24 coaches within reach. {@code -p region=dense} keeps every program
 * in one region 150 km across instead, where every coach can reach almost every practice: the
 * worst case, not the one the target describes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class AllocationScaling {

    @Param({"1000", "2000", "4000", "8000", "10000"})
    public int practices;

    @Param({"spread"})
    public String region;

    private AllocationProblem problem;

    @Setup
    public void setUp() {
        // The random programs pin a few practices to coaches within the default 130 minutes; under
        // a 120-minute limit some pins would be refused, so pins are left out here.
        AllocationProblem random = switch (region) {
            case "spread" -> RandomPrograms.spread(11, practices / 10, practices);
            case "dense" -> RandomPrograms.problem(11, practices / 10, practices);
            default -> throw new IllegalArgumentException("region must be spread or dense, was " + region);
        };
        problem = AllocationProblem.builder().policy(AllocationPolicy.defaults().withMaxOneWayMinutes(120))
                .coaches(random.coaches())
                .practices(random.practices().stream().map(p -> p.withPinnedCoach(java.util.Optional.empty())).toList())
                .build();
    }

    @Benchmark
    public Allocation allocate() {
        return Allocator.heuristic().allocate(problem);
    }
}

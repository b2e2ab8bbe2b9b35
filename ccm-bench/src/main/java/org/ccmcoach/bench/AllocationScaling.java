package org.ccmcoach.bench;

import java.util.concurrent.TimeUnit;
import org.ccmcoach.core.allocation.Allocation;
import org.ccmcoach.core.allocation.AllocationPolicy;
import org.ccmcoach.core.allocation.AllocationProblem;
import org.ccmcoach.core.allocation.Allocator;
import org.ccmcoach.core.testing.RandomPrograms;
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
 * one way: the growth exponent is fitted over the sizes run. Targets: 1,000 coaches × 10,000
 * practices in ≤ 10 s, exponent ≤ 1.5. Sizes by {@code -p practices=1000,2000,...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class AllocationScaling {

    @Param({"250", "500"})
    public int practices;

    private AllocationProblem problem;

    @Setup
    public void setUp() {
        // The random programs pin a few practices to coaches within the default 130 minutes; under
        // a 120-minute limit some pins would be refused, so pins are left out here.
        AllocationProblem random = RandomPrograms.problem(11, practices / 10, practices);
        problem = AllocationProblem.builder().policy(AllocationPolicy.defaults().withMaxOneWayMinutes(120))
                .coaches(random.coaches())
                .practices(random.practices().stream().map(p -> p.withPinnedCoach(java.util.Optional.empty())).toList())
                .build();
    }

    @Benchmark
    public Allocation allocate() {
        return Allocator.allocate(problem);
    }
}

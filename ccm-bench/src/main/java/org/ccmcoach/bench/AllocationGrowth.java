package org.ccmcoach.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.capacity.CapacityPlan;
import org.ccmcoach.allocation.capacity.CapacityPlanner;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.TriageLevel;
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
 * Allocation's growth on the inputs of issue 33, each at the size that exposed it
 * ({@code tenths = 10}) and at a tenth of its eligible pairs ({@code tenths = 1}), as
 * {@link HostileSizes} does: time in proportion to the pairs gives a ratio time(10) / (10 × time(1))
 * near 1.
 *
 * <ul>
 *   <li>{@link #coachesForOnePractice}: 60,000 coaches within reach of one practice (6,000 at a
 *       tenth); memory grew with coaches², out of 256 MB;
 *   <li>{@link #denseRegion}: N coaches and N practices in a square of 0.1°, every coach within reach
 *       of every practice, N = 2,000 (4,000,000 pairs; 73 s) and N = 632 (399,424 pairs);
 *   <li>{@link #capacityPlan}: 500 identical practices and a profile that fits one each (851 s), and
 *       50. Its pairs grow a hundredfold with the practices (every planned coach may serve every
 *       practice), so here time(10) / (10 × time(1)) near 10 is linear in pairs; the search itself
 *       runs the allocator once (the bound by sizes is the answer) instead of at every count from n/2.
 * </ul>
 * The exact allocator's time limit has no growth to measure (it is the limit); the hostile probe
 * {@code AllocationProbes} checks it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class AllocationGrowth {

    /** The size in tenths of the size that exposed the path (in eligible pairs): 1 or 10. */
    @Param({"1", "10"})
    public int tenths;

    private AllocationProblem onePractice;
    private AllocationProblem dense;
    private List<PracticeProfile> identical;
    private CoachProfile thin;

    @Setup
    public void setUp() {
        onePractice = square(6_000 * tenths, 1, 0.1, 1);
        int n = tenths == 10 ? 2_000 : 632;   // 632² = 399,424, a tenth of 2,000²
        dense = square(n, n, 0.1, 3);
        identical = new ArrayList<>();
        for (int i = 0; i < 50 * tenths; i++) {
            identical.add(practice(i, 45.01, -122.01));
        }
        thin = CoachProfile.of(Coach.builder().id(CoachId.of("coach")).name("Coach").fte(0.156)
                .homeLocation(GeoPoint.of(45, -122)).build());
    }

    @Benchmark
    public Allocation coachesForOnePractice() {
        return Allocator.heuristic().allocate(onePractice);
    }

    @Benchmark
    public Allocation denseRegion() {
        return Allocator.heuristic().allocate(dense);
    }

    @Benchmark
    public CapacityPlan capacityPlan() {
        return CapacityPlanner.plan(AllocationPolicy.defaults(), identical, thin);
    }

    /** Coaches of 1 FTE and triaged practices scattered over a square of {@code side} degrees near Portland. */
    static AllocationProblem square(int coaches, int practices, double side, long seed) {
        Random r = new Random(seed);
        List<CoachProfile> cs = new ArrayList<>();
        for (int i = 0; i < coaches; i++) {
            cs.add(CoachProfile.of(Coach.builder().id(CoachId.of("c" + i)).name("Coach " + i)
                    .homeLocation(GeoPoint.of(45.5 + r.nextDouble() * side, -122.7 + r.nextDouble() * side)).build()));
        }
        List<PracticeProfile> ps = new ArrayList<>();
        for (int i = 0; i < practices; i++) {
            ps.add(practice(i, 45.5 + r.nextDouble() * side, -122.7 + r.nextDouble() * side));
        }
        return AllocationProblem.builder().coaches(cs).practices(ps).build();
    }

    private static PracticeProfile practice(int i, double latitude, double longitude) {
        return PracticeProfile.builder().practice(Practice.builder().id(PracticeId.of("p" + i)).name("Practice " + i)
                .organization("Org").location(GeoPoint.of(latitude, longitude)).build()).triage(TriageLevel.FUNCTIONAL).build();
    }
}

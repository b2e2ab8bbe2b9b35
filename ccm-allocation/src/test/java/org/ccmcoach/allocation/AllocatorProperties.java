package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.GeoPoint;

/** Invariants of the allocator on random programs. */
class AllocatorProperties {

    @Property(tries = 150)
    void no_hard_limit_is_ever_broken(@ForAll @IntRange(min = 0, max = 100_000) int seed,
                                      @ForAll @IntRange(min = 1, max = 6) int coaches,
                                      @ForAll @IntRange(min = 0, max = 30) int practices) {
        AllocationProblem problem = RandomPrograms.problem(seed, coaches, practices);
        Allocation allocation = Allocator.heuristic().allocate(problem);
        assertEquals(List.of(), AllocationChecker.check(problem, allocation));
        assertEquals(practices, allocation.assignments().size() + allocation.unserved().size());
    }

    @Property(tries = 300)
    void adding_a_coach_never_serves_fewer_by_priority(@ForAll @IntRange(min = 0, max = 100_000) int seed,
                                                      @ForAll @IntRange(min = 1, max = 5) int coaches,
                                                      @ForAll @IntRange(min = 1, max = 30) int practices) {
        AllocationProblem problem = RandomPrograms.problem(seed, coaches, practices);
        Random r = new Random(seed);
        CoachProfile extra = CoachProfile.of(Coach.builder().id(CoachId.of("extra")).name("Extra")
                .fte(0.5 + r.nextDouble() / 2).homeLocation(GeoPoint.of(45.0 + r.nextDouble() * 1.4, -123.0 + r.nextDouble() * 1.9))
                .build());
        List<CoachProfile> more = new ArrayList<>(problem.coaches());
        more.add(extra);
        int[] before = coverage(problem, Allocator.heuristic().allocate(problem));
        int[] after = coverage(problem, Allocator.heuristic().allocate(problem.withCoaches(more)));
        assertTrue(Arrays.compare(after, before) >= 0, () -> Arrays.toString(before) + " → " + Arrays.toString(after));
    }

    @Property(tries = 150)
    void no_unserved_practice_outranks_a_served_one_whose_place_it_could_take(
            @ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll @IntRange(min = 1, max = 6) int coaches,
            @ForAll @IntRange(min = 1, max = 30) int practices) {
        AllocationProblem problem = RandomPrograms.problem(seed, coaches, practices);
        Instance in = problem.instance();
        Allocation allocation = Allocator.heuristic().allocate(problem);
        double[] used = new double[in.nc];
        int[] assign = new int[in.np];
        Arrays.fill(assign, -1);
        for (Assignment a : allocation.assignments()) {
            int p = in.practiceIndex.get(a.practice());
            assign[p] = in.coachIndex.get(a.coach());
            used[assign[p]] += in.load(assign[p], p);
        }
        for (int u = 0; u < in.np; u++) {
            if (assign[u] >= 0) {
                continue;
            }
            for (int s = 0; s < in.np; s++) {
                int c = assign[s];
                if (c >= 0 && in.tier[u] < in.tier[s] && in.pinned[s] < 0 && in.eligible(c, u)) {
                    String message = in.practices.get(u).id() + " could take the place of " + in.practices.get(s).id();
                    assertFalse(used[c] - in.load(c, s) + in.load(c, u) <= in.capacity[c] + 1e-9, message);
                }
            }
        }
    }

    @Property(tries = 60)
    void the_plan_does_not_depend_on_input_order(@ForAll @IntRange(min = 0, max = 100_000) int seed,
                                                 @ForAll @IntRange(min = 1, max = 6) int coaches,
                                                 @ForAll @IntRange(min = 1, max = 30) int practices) {
        AllocationProblem problem = RandomPrograms.problem(seed, coaches, practices);
        List<PracticeProfile> ps = new ArrayList<>(problem.practices());
        List<CoachProfile> cs = new ArrayList<>(problem.coaches());
        Collections.shuffle(ps, new Random(seed));
        Collections.shuffle(cs, new Random(seed + 1));
        Allocation a = Allocator.heuristic().allocate(problem);
        Allocation b = Allocator.heuristic().allocate(problem.withPractices(ps).withCoaches(cs));
        assertEquals(a.plan(), b.plan());
        assertEquals(a.unserved(), b.unserved());
    }

    private static int[] coverage(AllocationProblem problem, Allocation allocation) {
        return Measures.coverage(problem.instance(), allocation);
    }
}

package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.testing.RandomPrograms;

/** Random programs and their allocations read back equal from JSON, and a problem read back allocates the same. */
class AllocationRoundTripProperties {

    @Property(tries = 60)
    void problems_and_allocations_round_trip(@ForAll @IntRange(min = 0, max = 100_000) int seed,
                                             @ForAll @IntRange(min = 0, max = 5) int coaches,
                                             @ForAll @IntRange(min = 0, max = 25) int practices) {
        AllocationProblem problem = RandomPrograms.problem(seed, coaches, practices);
        AllocationProblem read = CcmJson.parse(CcmJson.toPrettyJson(problem), AllocationProblem.class);
        assertEquals(problem, read);
        Allocation allocation = Allocator.heuristic().allocate(problem);
        assertEquals(allocation, CcmJson.parse(CcmJson.toJson(allocation), Allocation.class));
        assertEquals(allocation, Allocator.heuristic().allocate(read));
    }
}

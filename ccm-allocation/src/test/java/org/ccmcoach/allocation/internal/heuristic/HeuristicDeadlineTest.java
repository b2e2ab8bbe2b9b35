package org.ccmcoach.allocation.internal.heuristic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.junit.jupiter.api.Test;

/** The heuristic within a deadline, as the exact allocator's start (issue 33). */
class HeuristicDeadlineTest {

    @Test
    void a_passed_deadline_leaves_only_the_pins() {
        AllocationProblem program = RandomPrograms.problem(1, 60, 600);
        Instance in = new Instance(program);
        int[] plan = Heuristic.plan(in, System.nanoTime() - 1);
        // Pins are placed before any step that may stop; nothing else is.
        int[] pins = new int[in.np];
        int pinned = 0;
        for (int p = 0; p < in.np; p++) {
            pins[p] = in.pinned[p];
            pinned += in.pinned[p] >= 0 ? 1 : 0;
        }
        assertArrayEquals(pins, plan);
        // RandomPrograms pins about one practice in twenty: some here, so the test is not of an empty plan.
        assertEquals(true, pinned > 10, "pinned " + pinned);
    }

    @Test
    void a_deadline_far_ahead_gives_the_plan_without_one() {
        AllocationProblem program = RandomPrograms.problem(1000, 4, 30);
        Instance in = new Instance(program);
        assertArrayEquals(Heuristic.plan(in), Heuristic.plan(in, System.nanoTime() + 3_600_000_000_000L));
    }
}

package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The allocator's plans on 112 stored random programs ({@link PlanDigests#programs}) are the ones in
 * {@code plans.csv}, written by the allocator before its search was restructured: a refactoring
 * that changes any plan fails here, with the programs it changed.
 */
class PlanDigestsTest {

    @Test
    void plans_are_the_stored_ones() throws IOException {
        List<String> stored;
        try (InputStream in = PlanDigestsTest.class.getResourceAsStream("plans.csv")) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        List<long[]> programs = PlanDigests.programs();
        assertEquals(programs.size(), stored.size(), "programs in plans.csv");
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            long[] program = programs.get(i);
            String line = program[0] + "," + program[1] + "," + program[2] + ","
                    + PlanDigests.digest(Allocator.heuristic().allocate(PlanDigests.problem(program)));
            if (!line.equals(stored.get(i))) {
                changed.add(program[0] + " (" + program[1] + " coaches, " + program[2] + " practices)");
            }
        }
        assertEquals(List.of(), changed, "programs whose plan changed");
    }
}

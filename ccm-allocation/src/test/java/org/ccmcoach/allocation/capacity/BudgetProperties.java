package org.ccmcoach.allocation.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.joda.money.Money;

/** A budget's answer, on random programs and budgets. */
class BudgetProperties {

    @Property(tries = 60)
    void the_bound_skips_only_coach_counts_that_cannot_do_better(
            @ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll @IntRange(min = 1, max = 40) int practices,
            @ForAll @IntRange(min = 0, max = 600) int thousands) {
        AllocationProblem program = RandomPrograms.problem(seed, 1, practices);
        Money budget = CoachingFixtures.usd(BigDecimal.valueOf(thousands).multiply(BigDecimal.valueOf(1000)).toPlainString());
        BudgetReach pruned = CapacityPlanner.reach(program.policy(), program.practices(), program.coaches().get(0),
                java.util.List.of(), CoachingFixtures.costModel(), budget, true);
        BudgetReach all = CapacityPlanner.reach(program.policy(), program.practices(), program.coaches().get(0),
                java.util.List.of(), CoachingFixtures.costModel(), budget, false);
        assertEquals(all, pruned);
        assertTrue(!pruned.spent().total().isGreaterThan(budget));
    }
}

package org.ccmcoach.allocation.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.Scenario;
import org.ccmcoach.allocation.TravelTime;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.core.testing.CoachingFixtures;

/**
 * The capacity planner's search of coach counts (the bound by sizes, a few counts one by one, then
 * doubling steps and bisection) against trying every count upward from the hours and caseload
 * bounds, as it did before issue 33: the same count and the same plan.
 */
class CapacitySearchProperties {

    private static final CoachId TYPICAL = CoachId.of("coach");

    @Property(tries = 40)
    void the_search_finds_the_count_that_trying_every_count_finds(
            @ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll @IntRange(min = 1, max = 40) int practices,
            @ForAll @IntRange(min = 0, max = 3) int fte) {
        AllocationProblem program = RandomPrograms.problem(seed, 1, practices);
        // Profiles from a fifth of a coach (a practice or two each) to a whole one (about ten).
        CoachProfile profile = program.coaches().get(0);
        profile = profile.withCoach(profile.coach().withFte(new double[] {0.2, 0.35, 0.6, 1.0}[fte]));
        CapacityPlan every = CapacityPlanner.plan(program.policy(), program.practices(), profile, List.of(), false,
                Integer.MAX_VALUE);
        assertEquals(every, CapacityPlanner.plan(program.policy(), program.practices(), profile, List.of()));
        // With no count tried one by one, every step is a doubling or a bisection: the same answer on
        // these programs, so serving all at a count held at every larger count.
        assertEquals(every, CapacityPlanner.plan(program.policy(), program.practices(), profile, List.of(), true, 1));
    }

    @Example
    void coaches_that_fit_one_practice_each_are_counted_from_the_first_count_tried() {
        // The program: identical practices, a coach of 0.156 FTE. Each practice: 10 + 1 × 87/60 +
        // 1 visit × 2 × 60/60 = 13.45 h; a coach has 0.156 × 140 = 21.84 h, so two never share one.
        // Hours alone say ⌈12 × 13.45 / 21.84⌉ = ⌈7.39⌉ = 8 and caseloads ⌈12 / 10⌉ = 2; sizes say 12.
        List<PracticeProfile> practices = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            practices.add(Scenario.practice(i).triage(TriageLevel.FUNCTIONAL).build());
        }
        CoachProfile profile = CoachProfile.of(Coach.builder().id(TYPICAL).name("Coach").fte(0.156).build());
        List<TravelTime> travel = practices.stream().map(p -> TravelTime.of(TYPICAL, p.id(), 60)).toList();
        CapacityPlan plan = CapacityPlanner.plan(AllocationPolicy.defaults(), practices, profile, travel);
        assertEquals(8, plan.hoursBound());
        assertEquals(2, plan.caseloadBound());
        assertEquals(OptionalInt.of(12), plan.coachesNeeded());
        assertEquals(plan, CapacityPlanner.plan(AllocationPolicy.defaults(), practices, profile, travel, false,
                Integer.MAX_VALUE));
        // A budget far beyond need: the bound by sizes says k coaches serve at most k of them, so only
        // 12 coaches can serve all 12; the same answer as running the allocator at every count.
        BudgetReach reach = CapacityPlanner.reach(AllocationPolicy.defaults(), practices, profile, travel,
                CoachingFixtures.costModel(), CoachingFixtures.usd(new BigDecimal("1e15").toPlainString()), true);
        assertEquals(12, reach.coaches());
        assertEquals(12, reach.served().size());
        assertEquals(CapacityPlanner.reach(AllocationPolicy.defaults(), practices, profile, travel,
                CoachingFixtures.costModel(), CoachingFixtures.usd(new BigDecimal("1e15").toPlainString()), false), reach);
    }
}

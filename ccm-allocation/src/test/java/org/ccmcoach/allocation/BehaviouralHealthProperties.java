package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.EngagementRole;

/** Random programs with behavioural-health coaches and practices that need them: "which coach may serve what". */
class BehaviouralHealthProperties {

    static AllocationProblem integrated(long seed, int coaches, int practices, int pool) {
        AllocationProblem base = TechnicalAssistanceProperties.withPool(seed, coaches, practices, 1);
        Random r = new Random(seed ^ 0xb4);
        List<CoachProfile> all = new ArrayList<>(base.coaches());
        for (int i = 0; i < pool; i++) {
            CoachProfile.Builder bh = CoachProfile.builder().role(EngagementRole.BEHAVIOURAL_HEALTH)
                    .coach(Coach.builder().id(CoachId.of("bh" + i)).name("BH " + i).fte(r.nextBoolean() ? 0.1 : 0.3)
                            .homeLocation(base.coaches().get(r.nextInt(base.coaches().size())).coach().homeLocation()
                                    .orElseThrow()).build());
            if (r.nextBoolean()) {
                bh.caseloadCap(1 + r.nextInt(4));
            }
            all.add(bh.build());
        }
        List<PracticeProfile> needs = base.practices().stream()
                .map(p -> p.withNeedsBehaviouralHealth(r.nextInt(3) > 0)).toList();
        return base.withCoaches(all).withPractices(needs);
    }

    @Property(tries = 100)
    void behavioural_health_coaches_serve_only_served_practices_that_need_them_within_their_hours(
            @ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll @IntRange(min = 1, max = 4) int coaches,
            @ForAll @IntRange(min = 0, max = 25) int practices, @ForAll @IntRange(min = 0, max = 2) int pool) {
        AllocationProblem problem = integrated(seed, coaches, practices, pool);
        Allocation allocation = Allocator.heuristic().allocate(problem);
        assertEquals(List.of(), AllocationChecker.check(problem, allocation));
        Map<PracticeId, PracticeProfile> byId = problem.practices().stream()
                .collect(Collectors.toMap(PracticeProfile::id, p -> p));
        for (Assignment a : allocation.behaviouralHealth()) {
            assertTrue(a.coach().value().startsWith("bh"), a.toString());
            assertTrue(byId.get(a.practice()).needsBehaviouralHealth(), a.toString());
            assertTrue(allocation.plan().containsKey(a.practice()), a.toString());
        }
        for (CoachLoad load : allocation.coachLoads()) {
            if (load.coach().value().startsWith("bh")) {
                CoachProfile c = problem.coaches().stream().filter(x -> x.id().equals(load.coach())).findFirst().orElseThrow();
                assertTrue(load.hours() <= c.capacityHours(problem.policy()) + 1e-6, load.toString());
            }
        }
        assertTrue(allocation.assignments().stream().noneMatch(a -> a.coach().value().startsWith("bh")),
                "a behavioural-health coach is never a point of contact");
        Set<PracticeId> told = new HashSet<>();
        allocation.behaviouralHealth().forEach(a -> told.add(a.practice()));
        allocation.behaviouralHealthGaps().forEach(u -> told.add(u.practice()));
        Set<PracticeId> needing = allocation.plan().keySet().stream().filter(p -> byId.get(p).needsBehaviouralHealth())
                .collect(Collectors.toSet());
        assertEquals(needing, told, "each served practice that needs one: a coach or a reason");
    }

    @Property(tries = 50)
    void the_point_of_contact_plan_is_the_same_with_or_without_behavioural_health(
            @ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll @IntRange(min = 1, max = 4) int coaches,
            @ForAll @IntRange(min = 0, max = 25) int practices) {
        AllocationProblem without = TechnicalAssistanceProperties.withPool(seed, coaches, practices, 1);
        AllocationProblem with = integrated(seed, coaches, practices, 2);
        assertEquals(Allocator.heuristic().allocate(without).plan(), Allocator.heuristic().allocate(with).plan());
    }
}

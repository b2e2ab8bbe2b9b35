package org.ccmcoach.allocation.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.Intensity;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.TravelTime;
import org.ccmcoach.allocation.testing.NineTeams;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.cost.CostLine;
import org.ccmcoach.core.cost.CostModel;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Plan costs and budgets by hand: nine intensive teams an hour's drive from a full-time coach, at
 * 50.00 an hour of coach time (84,000 over 1,680 hours), 0.70 a mile, 15.00 a visit, 4,500 start-up
 * and 1,500 materials (a plan schedules no learning collaborative, so no activity expenses).
 *
 * <p>A team's month (default policy): 20 + 2 × 87/60 = 22.9 coaching hours and 2 × 2 × 60/60 = 4
 * hours' travel. Its year: 16,488 coach minutes = 13,740.00; 2,880 travel minutes = 2,400.00;
 * 24 visits = 360.00; 24 × 2 × (60 min at 60 km/h = 37.2823 miles) = 1,789.55 miles = 1,252.68.
 * First year with start-up and materials: 23,752.68; later years 17,752.68.
 * Its costs besides coach hours (what a budget adds to whole salaries): 7,612.68 the first year.
 */
class CostPlanningTest {

    private static final CoachProfile PROFILE = NineTeams.PROFILE;

    static Money usd(String amount) {
        return NineTeams.usd(amount);
    }

    static CostModel model() {
        return NineTeams.model();
    }

    static List<PracticeProfile> teams(Intensity intensity) {
        return NineTeams.teams(intensity);
    }

    static List<TravelTime> hour(List<PracticeProfile> practices) {
        return NineTeams.hour(practices);
    }

    @Test
    void a_plan_costs_each_practice_by_hand() {
        List<PracticeProfile> teams = teams(Intensity.INTENSIVE);
        PlanCost cost = CapacityPlanner.budget(AllocationPolicy.defaults(), teams, PROFILE, hour(teams), model()).planCost();
        PracticeCost one = cost.practices().get(0);
        assertEquals(usd("13740.00"), one.firstYearCost().line(CostLine.COACH_TIME));
        assertEquals(usd("2400.00"), one.firstYearCost().line(CostLine.TRAVEL_TIME));
        assertEquals(usd("1252.68"), one.firstYearCost().line(CostLine.MILEAGE));
        assertEquals(usd("360.00"), one.firstYearCost().line(CostLine.VISIT_EXPENSES));
        assertEquals(usd("23752.68"), one.firstYearCost().total());
        assertEquals(usd("17752.68"), one.laterYearCost().total());
        assertEquals(usd("213774.12"), cost.firstYear().total());   // 9 × 23,752.68
        assertEquals(usd("23752.68"), cost.firstYearPerPractice());
    }

    @Test
    void the_budget_pays_whole_coaches_and_each_practices_other_costs() {
        List<PracticeProfile> teams = teams(Intensity.INTENSIVE);
        BudgetPlan plan = CapacityPlanner.budget(AllocationPolicy.defaults(), teams, PROFILE, hour(teams), model());
        // 2 coaches (CapacityPlannerTest) × 84,000 = 168,000; + 9 × 7,612.68 = 68,514.12 → 236,514.12.
        assertEquals(OptionalInt.of(2), plan.capacity().coachesNeeded());
        assertEquals(usd("168000.00"), plan.firstYear().line(CostLine.COACH_SALARIES));
        assertEquals(usd("0.00"), plan.firstYear().line(CostLine.COACH_TIME));
        assertEquals(usd("236514.12"), plan.firstYear().total());
        // Later years: 168,000 + 9 × (1,252.68 + 360) = 182,514.12.
        assertEquals(usd("182514.12"), plan.laterYear().total());
    }

    @Test
    void a_budget_serves_practices_by_priority_and_names_what_binds() {
        List<PracticeProfile> teams = teams(Intensity.INTENSIVE);
        AllocationPolicy policy = AllocationPolicy.defaults();
        // 300,000 pays for the whole plan (236,514.12): nothing binds.
        BudgetReach all = CapacityPlanner.reach(policy, teams, PROFILE, hour(teams), model(), usd("300000"));
        assertEquals(9, all.served().size());
        assertEquals(BindingConstraint.NONE, all.binding());
        assertEquals(usd("63485.88"), all.remaining());
        // 230,000: one coach serves 5 (5 × 26.9 h ≤ 140) for 84,000 + 5 × 7,612.68 = 122,063.40; two
        // coaches leave 62,000, which pays for 8 practices (8.14): 8 served, the money binds.
        BudgetReach money = CapacityPlanner.reach(policy, teams, PROFILE, hour(teams), model(), usd("230000"));
        assertEquals(2, money.coaches());
        assertEquals(8, money.served().size());
        assertEquals(BindingConstraint.BUDGET, money.binding());
        assertEquals(usd("228901.44"), money.spent().total());   // 168,000 + 8 × 7,612.68
        List<PracticeId> byPriority = AllocationProblem.builder().policy(policy).practices(teams).build().priorityOrder()
                .stream().map(PracticeProfile::id).toList();
        assertEquals(byPriority.subList(0, 8), money.served());
        assertEquals(byPriority.subList(8, 9), money.notServed());
        assertEquals("the next practice by priority, " + byPriority.get(8) + ", would take the costs past the budget "
                + "USD 230000.00 (USD 228901.44 spent)", money.explanation());
        // 200,000: one coach serves 5; two would leave 32,000, money for only 4: the coaches bind.
        BudgetReach coaches = CapacityPlanner.reach(policy, teams, PROFILE, hour(teams), model(), usd("200000"));
        assertEquals(1, coaches.coaches());
        assertEquals(5, coaches.served().size());
        assertEquals(BindingConstraint.COACHES, coaches.binding());
        assertEquals("the 1 coach the budget pays for is full (USD 122063.40 spent of USD 200000.00), and another coach "
                + "(USD 84000.00) would not leave enough to serve more", coaches.explanation());
        // 50,000 does not pay for one coach.
        BudgetReach none = CapacityPlanner.reach(policy, teams, PROFILE, hour(teams), model(), usd("50000"));
        assertEquals(0, none.served().size());
        assertEquals(BindingConstraint.BUDGET, none.binding());
        assertThrows(IllegalArgumentException.class,
                () -> CapacityPlanner.reach(policy, teams, PROFILE, hour(teams), model(), Money.parse("EUR 1000000")));
    }

    @Test
    void sensitivity_to_travel_and_intensity() {
        List<PracticeProfile> teams = teams(Intensity.INTENSIVE);
        List<BudgetScenario> rows = CapacityPlanner.sensitivity(AllocationPolicy.defaults(), teams, PROFILE, hour(teams),
                model());
        assertEquals(List.of("base", "travel times −20 %", "travel times +20 %", "every practice one intensity lighter",
                "every practice one intensity heavier"), rows.stream().map(BudgetScenario::scenario).toList());
        // Travel +20 %: 72 minutes, 22.9 + 4 × 72/60 = 27.7 h a team, 5 × 27.7 = 138.5 ≤ 140: still 2 coaches,
        // and the miles are the same (slower roads), so the same budget.
        assertEquals(usd("236514.12"), rows.get(2).firstYearBudget());
        assertEquals(OptionalInt.of(2), rows.get(2).coachesNeeded());
        // Standard intensity: 10 + 87/60 + 2 × 60/60 = 13.45 h, 9 × 13.45 = 121 h: 1 coach; 12 visits a year:
        // 894.77 miles = 626.34, 180.00 expenses, 4,500 + 1,500 → 6,806.34 each; 84,000 + 61,257.06.
        assertEquals(OptionalInt.of(1), rows.get(3).coachesNeeded());
        assertEquals(usd("145257.06"), rows.get(3).firstYearBudget());
        // Already intensive: one heavier is the same.
        assertEquals(rows.get(0).firstYearBudget(), rows.get(4).firstYearBudget());
        assertEquals(rows.get(0).coachesNeeded(), rows.get(4).coachesNeeded());
    }
}

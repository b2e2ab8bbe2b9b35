package org.ccmcoach.allocation.capacity;

import java.util.ArrayList;
import java.util.List;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.Assignment;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.Unserved;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.core.cost.CostBreakdown;
import org.ccmcoach.core.cost.CostModel;
import org.ccmcoach.core.cost.Workload;

/**
 * Prices an allocation plan: each served practice's coaching, travel, start-up and materials for
 * a year.
 *
 * <p>A year of a practice, from the problem's policy:
 * <pre>
 * coach minutes  = 12 × coaching hours a month × 60       (visits on site included)
 * travel minutes = 12 × travel hours a month × 60
 * site visits    = 12 × visits a month
 * miles          = site visits × 2 × one-way minutes / 60 × speedKmPerHour / 1.609344
 * </pre>
 * Miles follow from the one-way minutes at the policy's road speed (a choice: a travel-time
 * matrix gives minutes, not distances); the first year adds one start-up and materials. A plan
 * schedules no activities, so no {@link CostModel#activityExpenses() activity expense} (a learning
 * collaborative's sessions) is in it: price those from an engagement's schedule with
 * {@code EngagementCosting}, or add the occurrences to a {@link Workload}. A practice's technical-assistance
 * coach adds its hours, travel and visits the same way, and so does its behavioural-health coach
 * ({@link Allocation#behaviouralHealth()}, at the policy's behavioural-health visits). Unserved practices cost nothing here.
 *
 * <pre>{@code
 * PlanCost cost = PlanCosting.of(problem, allocation, model);
 * cost.firstYear().total();       // the plan's first year
 * cost.firstYearPerPractice();    // per practice served
 * }</pre>
 */
public final class PlanCosting {

    private PlanCosting() {
    }

    /**
     * Prices a plan.
     *
     * @param problem  the problem the allocation answers, not null
     * @param allocation  the allocation, not null
     * @param model  the cost model, not null
     * @return the plan's cost
     * @throws IllegalArgumentException if the allocation names a practice or coach not in the problem
     */
    public static PlanCost of(AllocationProblem problem, Allocation allocation, CostModel model) {
        List<PracticeCost> out = new ArrayList<>();
        CostBreakdown first = CostBreakdown.zero(model.currency());
        CostBreakdown later = CostBreakdown.zero(model.currency());
        AllocationPolicy policy = problem.policy();
        java.util.Map<org.ccmcoach.core.PracticeId, Assignment> support = new java.util.HashMap<>();
        allocation.technicalAssistance().forEach(t -> support.put(t.practice(), t));
        java.util.Map<org.ccmcoach.core.PracticeId, Assignment> integrated = new java.util.HashMap<>();
        allocation.behaviouralHealth().forEach(b -> integrated.put(b.practice(), b));
        for (Assignment a : allocation.assignments()) {
            PracticeProfile practice = problem.practice(a.practice()).orElseThrow(() -> new IllegalArgumentException(
                    "Practice " + a.practice() + " is not in the problem"));
            Workload year = year(policy, practice, a.coachingHours(), a.travelHours(), a.oneWayMinutes());
            Assignment ta = support.get(a.practice());
            if (ta != null) {
                double visits = 12 * policy.technicalAssistanceVisitsPerMonth();
                year = year.plus(Workload.builder().coachMinutes(12 * ta.coachingHours() * 60)
                        .travelMinutes(12 * ta.travelHours() * 60).siteVisits(visits)
                        .travelMiles(visits * 2 * Instance.miles(policy, ta.oneWayMinutes())).build());
            }
            Assignment bh = integrated.get(a.practice());
            if (bh != null) {
                double visits = 12 * policy.behaviouralHealthVisitsPerMonth();
                year = year.plus(Workload.builder().coachMinutes(12 * bh.coachingHours() * 60)
                        .travelMinutes(12 * bh.travelHours() * 60).siteVisits(visits)
                        .travelMiles(visits * 2 * Instance.miles(policy, bh.oneWayMinutes())).build());
            }
            Workload withStart = Workload.builder().from(year).practiceStarts(1).build();
            CostBreakdown f = model.price(withStart);
            CostBreakdown l = model.price(year);
            out.add(new PracticeCost(a.practice(), a.coach(), java.util.Optional.ofNullable(ta).map(Assignment::coach),
                    withStart, f, l));
            first = first.plus(f);
            later = later.plus(l);
        }
        return new PlanCost(out, first, later);
    }

    /** A practice's year of coaching without start-up. */
    static Workload year(AllocationPolicy policy, PracticeProfile practice, double coachingHours, double travelHours,
                         double oneWayMinutes) {
        double visits = 12 * policy.visitsPerMonth(practice);
        return Workload.builder().coachMinutes(12 * coachingHours * 60).travelMinutes(12 * travelHours * 60)
                .siteVisits(visits).travelMiles(visits * 2 * Instance.miles(policy, oneWayMinutes)).practiceMonths(12).build();
    }
}

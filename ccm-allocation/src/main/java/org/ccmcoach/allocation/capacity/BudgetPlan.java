package org.ccmcoach.allocation.capacity;

import java.util.Objects;
import org.ccmcoach.core.cost.CostBreakdown;

/**
 * The coaches and budget a set of practices needs: {@link CapacityPlanner#budget}'s answer.
 *
 * <p>The budget pays whole coaches ({@link org.ccmcoach.core.cost.CostLine#COACH_SALARIES}: the
 * coaches needed × their FTE × the cost of a full-time coach), whether or not every hour is used,
 * and each served practice's other costs (mileage, visit expenses, start-up, materials). {@link #planCost()} prices only the hours the plan uses.
 *
 * @param capacity  how many coaches, and the allocation with them
 * @param planCost  the plan's cost per practice, hours used
 * @param firstYear  the budget of the first year
 * @param laterYear  the budget of each later year
 */
public record BudgetPlan(CapacityPlan capacity, PlanCost planCost, CostBreakdown firstYear, CostBreakdown laterYear) {

    /**
     * Checks for nulls.
     *
     * @param capacity  how many coaches, and the allocation with them
     * @param planCost  the plan's cost per practice, hours used
     * @param firstYear  the budget of the first year
     * @param laterYear  the budget of each later year
     */
    public BudgetPlan {
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(planCost, "planCost");
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(laterYear, "laterYear");
    }

    @Override
    public String toString() {
        return capacity.coachesNeeded().orElse(0) + " coaches; budget " + firstYear.total() + " the first year, "
                + laterYear.total() + " each year after";
    }
}

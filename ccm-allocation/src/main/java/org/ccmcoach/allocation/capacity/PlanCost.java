package org.ccmcoach.allocation.capacity;

import java.util.List;
import java.util.Objects;
import org.ccmcoach.core.cost.CostBreakdown;
import org.joda.money.Money;

/**
 * What an allocation plan costs a year, per practice and in all: the hours the plan uses, priced.
 *
 * @param practices  each served practice's cost, in the allocation's order
 * @param firstYear  the first year's cost of all of them
 * @param laterYear  each later year's cost of all of them
 */
public record PlanCost(List<PracticeCost> practices, CostBreakdown firstYear, CostBreakdown laterYear) {

    /**
     * Copies the list.
     *
     * @param practices  each served practice's cost, in the allocation's order
     * @param firstYear  the first year's cost of all of them
     * @param laterYear  each later year's cost of all of them
     */
    public PlanCost {
        practices = List.copyOf(practices);
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(laterYear, "laterYear");
    }

    /**
     * The first year's cost per practice served, rounded half up to the minor unit.
     *
     * @return the mean, zero when no practice is served
     */
    public Money firstYearPerPractice() {
        return practices.isEmpty() ? Money.zero(firstYear.currency())
                : firstYear.total().dividedBy(practices.size(), java.math.RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return practices.size() + " practices: " + firstYear.total() + " the first year (" + firstYearPerPractice()
                + " each), " + laterYear.total() + " each year after";
    }
}

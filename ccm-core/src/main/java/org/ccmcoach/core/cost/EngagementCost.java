package org.ccmcoach.core.cost;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ccmcoach.core.PracticeId;

/**
 * What one practice's engagement was planned to cost and what its delivered coaching cost, in
 * total and by engagement year (year 1 is the first twelve months from its start). Each year's
 * lines are rounded once and the totals are the years added, so the two always agree.
 *
 * @param practice  the practice
 * @param planned  the cost of the whole schedule, as planned
 * @param delivered  the cost of what was logged up to the date costed
 * @param plannedWorkload  the quantities behind {@code planned}
 * @param deliveredWorkload  the quantities behind {@code delivered}
 * @param plannedByYear  {@code planned} split by engagement year, from 1
 * @param deliveredByYear  {@code delivered} split by engagement year, from 1
 */
public record EngagementCost(PracticeId practice, CostBreakdown planned, CostBreakdown delivered,
                             Workload plannedWorkload, Workload deliveredWorkload,
                             SortedMap<Integer, CostBreakdown> plannedByYear,
                             SortedMap<Integer, CostBreakdown> deliveredByYear) {

    /**
     * Checks for nulls and copies the maps.
     *
     * @param practice  the practice
     * @param planned  the cost of the whole schedule, as planned
     * @param delivered  the cost of what was logged up to the date costed
     * @param plannedWorkload  the quantities behind {@code planned}
     * @param deliveredWorkload  the quantities behind {@code delivered}
     * @param plannedByYear  {@code planned} split by engagement year, from 1
     * @param deliveredByYear  {@code delivered} split by engagement year, from 1
     */
    public EngagementCost {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(delivered, "delivered");
        Objects.requireNonNull(plannedWorkload, "plannedWorkload");
        Objects.requireNonNull(deliveredWorkload, "deliveredWorkload");
        plannedByYear = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(plannedByYear));
        deliveredByYear = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(deliveredByYear));
    }

    /**
     * Delivered over planned cost, as a fraction. Not the share of coaching delivered: start-up and
     * materials are charged in full from the start, so a practice that received a fifth of its
     * activities can show most of its cost; {@code Fidelity} gives the share of coaching.
     *
     * @return the ratio, empty when nothing was planned
     */
    public java.util.OptionalDouble deliveredShare() {
        if (planned.total().isZero()) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(delivered.total().getAmount()
                .divide(planned.total().getAmount(), CostModel.EXACT).doubleValue());
    }

    @Override
    public String toString() {
        return practice + ": planned " + planned.total() + ", delivered " + delivered.total();
    }

    static SortedMap<Integer, CostBreakdown> priced(CostModel model, Map<Integer, Workload> byYear) {
        SortedMap<Integer, CostBreakdown> out = new TreeMap<>();
        byYear.forEach((year, w) -> out.put(year, model.price(w)));
        return out;
    }
}

package org.ccmcoach.allocation.capacity;

import java.util.Objects;
import java.util.OptionalInt;
import org.joda.money.Money;

/**
 * One row of {@link CapacityPlanner#sensitivity}: the coaches and first-year budget under one change
 * of the inputs.
 *
 * @param scenario  what was changed, such as "travel times +20 %"
 * @param coachesNeeded  the coaches needed, empty when no practice can be served
 * @param firstYearBudget  the first-year budget
 * @param practicesServed  the practices served
 */
public record BudgetScenario(String scenario, OptionalInt coachesNeeded, Money firstYearBudget, int practicesServed) {

    /**
     * Checks for nulls.
     *
     * @param scenario  what was changed, such as "travel times +20 %"
     * @param coachesNeeded  the coaches needed, empty when no practice can be served
     * @param firstYearBudget  the first-year budget
     * @param practicesServed  the practices served
     */
    public BudgetScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(coachesNeeded, "coachesNeeded");
        Objects.requireNonNull(firstYearBudget, "firstYearBudget");
    }
}

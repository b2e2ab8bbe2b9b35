package org.ccmcoach.allocation.capacity;

import java.util.List;
import java.util.Objects;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.cost.CostBreakdown;
import org.ccmcoach.core.value.Invariants;
import org.joda.money.Money;

/**
 * The practices a first-year budget can serve, by priority: {@link CapacityPlanner#reach}'s answer.
 *
 * @param budget  the budget
 * @param coaches  the coaches it pays for
 * @param served  the practices served, in priority order
 * @param notServed  the practices that may be coached but are not, in priority order
 * @param binding  what stops it serving more
 * @param spent  the first-year costs of the coaches and the served practices
 * @param explanation  the binding constraint in a sentence, with figures
 */
public record BudgetReach(Money budget, int coaches, List<PracticeId> served, List<PracticeId> notServed,
                          BindingConstraint binding, CostBreakdown spent, String explanation) {

    /**
     * Copies the lists and checks the spending is within the budget.
     *
     * @param budget  the budget
     * @param coaches  the coaches it pays for
     * @param served  the practices served, in priority order
     * @param notServed  the practices that may be coached but are not, in priority order
     * @param binding  what stops it serving more
     * @param spent  the first-year costs of the coaches and the served practices
     * @param explanation  the binding constraint in a sentence, with figures
     */
    public BudgetReach {
        Objects.requireNonNull(budget, "budget");
        served = List.copyOf(served);
        notServed = List.copyOf(notServed);
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(explanation, "explanation");
        if (spent.total().isGreaterThan(budget)) {
            Invariants.require(false, BudgetReach.class, "spent", "must not exceed the budget, " + budget, spent.total());
        }
    }

    /**
     * What is left of the budget.
     *
     * @return the budget less the spending
     */
    public Money remaining() {
        return budget.minus(spent.total());
    }

    @Override
    public String toString() {
        return budget + " serves " + served.size() + " practices with " + coaches + " coaches; binding: " + binding;
    }
}

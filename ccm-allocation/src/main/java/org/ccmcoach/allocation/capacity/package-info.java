/**
 * Capacity planning and budgets: how many coaches a set of practices needs
 * ({@link org.ccmcoach.allocation.capacity.CapacityPlanner#plan} → a
 * {@link org.ccmcoach.allocation.capacity.CapacityPlan}, a lower bound from hours and caseloads and
 * the count with which the allocator serves them all), what a plan costs a year
 * ({@link org.ccmcoach.allocation.capacity.PlanCosting} → {@link org.ccmcoach.allocation.capacity.PlanCost}),
 * and budgets both ways: the coaches and budget a set of practices needs
 * ({@link org.ccmcoach.allocation.capacity.BudgetPlan}), what a budget serves, taken strictly by
 * priority, and what binds ({@link org.ccmcoach.allocation.capacity.BudgetReach},
 * {@link org.ccmcoach.allocation.capacity.BindingConstraint}), and how the answer moves with travel
 * times ±20 % and intensity one step either way ({@link org.ccmcoach.allocation.capacity.BudgetScenario}).
 *
 * <p>Budgets pay whole coaches (their salaries, used or not) and each practice's other costs, from a
 * {@link org.ccmcoach.core.cost.CostModel} that assumes no amount.
 *
 * <pre>{@code
 * CapacityPlan plan = CapacityPlanner.plan(AllocationPolicy.defaults(), practices, typicalCoach);
 * plan.coachesNeeded();                                  // OptionalInt[13]
 * PlanCosting.of(problem, allocation, model).firstYearPerPractice();
 * CapacityPlanner.reach(policy, practices, typicalCoach, travel, model, Money.parse("USD 600000"))
 *         .binding();                                    // BUDGET, COACHES, TRAVEL_OR_EXPERTISE, NONE
 * }</pre>
 */
package org.ccmcoach.allocation.capacity;

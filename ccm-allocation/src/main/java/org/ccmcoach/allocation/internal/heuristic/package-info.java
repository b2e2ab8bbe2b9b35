/**
 * Internal: the steps of {@link org.ccmcoach.allocation.HeuristicAllocator}, which describes them
 * ({@link org.ccmcoach.allocation.internal.heuristic.Heuristic} runs them in order): a plan under
 * construction with its journal, insertion through chains of moves, coverage steps, local search,
 * ruin and recreate, and exact re-optimisation of small sets of coaches.
 *
 * <p>Not exported by the module and not part of the API: its types are public only so that the
 * other packages of ccm-allocation can use them, and may change or go without notice.
 */
package org.ccmcoach.allocation.internal.heuristic;

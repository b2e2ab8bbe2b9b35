package org.ccmcoach.allocation;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.Decimals;

/**
 * What {@link ExactAllocator} found and what it proved.
 *
 * @param allocation  the best plan found, never worse than the heuristic start's (which stops at a third of the time limit)
 * @param coverageProven  whether the plan's coverage by priority is proven the most possible
 * @param travelProven  whether its travel is proven the least of all plans with the same coverage
 *        by priority
 * @param travelBoundHours  a proven lower bound on the travel, in coach-hours a month, of every plan
 *        with the plan's coverage by priority (its own travel when proven); empty when the solver
 *        found that more could be served but found no such plan in time
 * @param elapsed  the time the solver took
 * @param timeLimit  the time it was allowed
 */
public record ExactSolution(Allocation allocation, boolean coverageProven, boolean travelProven,
        OptionalDouble travelBoundHours, Duration elapsed, Duration timeLimit) {

    /**
     * Checks the parts.
     *
     * @param allocation  the best plan found
     * @param coverageProven  whether its coverage by priority is proven the most possible
     * @param travelProven  whether its travel is proven the least for its coverage
     * @param travelBoundHours  a proven lower bound on travel for its coverage, in hours a month
     * @param elapsed  the time the solver took
     * @param timeLimit  the time it was allowed
     */
    public ExactSolution {
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(travelBoundHours, "travelBoundHours");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /**
     * Whether the plan is proven optimal on coverage and then travel.
     *
     * @return true when both are proven
     */
    public boolean proven() {
        return coverageProven && travelProven;
    }

    /**
     * How far the plan's travel may be above the least possible for its coverage, as a fraction of
     * that least: (travel − bound) / bound, an upper bound on the true gap; 0 when proven, infinite
     * when the bound is 0 and the plan travels, empty without a bound.
     *
     * @return the relative gap, 0 or more
     */
    public OptionalDouble travelGap() {
        if (travelBoundHours.isEmpty()) {
            return OptionalDouble.empty();
        }
        double travel = allocation.totalTravelHours();
        double bound = travelBoundHours.getAsDouble();
        if (travelProven || travel <= bound) {
            return OptionalDouble.of(0);
        }
        return OptionalDouble.of(bound <= 0 ? Double.POSITIVE_INFINITY : (travel - bound) / bound);
    }

    /** What was proven, in words, with the travel and the time. */
    @Override
    public String toString() {
        String travel = Decimals.fixed(allocation.totalTravelHours(), 1) + " travel hours a month";
        String time = " (" + Decimals.fixed(elapsed.toMillis() / 1000.0, 1) + " s of " + timeLimit.toSeconds() + " s)";
        if (proven()) {
            return "Optimal: coverage by priority and, with it, " + travel + " proven the best possible" + time;
        }
        if (travelBoundHours.isEmpty()) {
            return "Not proven: more practices could be served, but no such plan was found in the time limit; "
                    + travel + time;
        }
        String coverage = coverageProven ? "Coverage by priority proven optimal" : "Coverage by priority not proven";
        if (travelProven) {
            return coverage + "; " + travel + ", proven the least for that coverage" + time;
        }
        if (travelBoundHours.getAsDouble() <= 0) {
            return coverage + "; " + travel + ", with no bound on how much less would do: the time limit ended"
                    + " before the relaxation was solved" + time;
        }
        return coverage + "; " + travel + ", at most " + Decimals.fixed(100 * travelGap().orElseThrow(), 1)
                + " % above the least for that coverage (at least " + Decimals.fixed(travelBoundHours.getAsDouble(), 1)
                + " hours)" + time;
    }
}

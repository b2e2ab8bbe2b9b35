package org.ccmcoach.allocation.capacity;

import java.util.Objects;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.cost.CostBreakdown;
import org.ccmcoach.core.cost.Workload;

/**
 * What serving one practice under a plan costs a year: the first year, with its start-up and
 * materials, and each year after.
 *
 * @param practice  the practice
 * @param coach  its point-of-contact coach
 * @param technicalAssistance  its technical-assistance coach, if it has one (its costs are included)
 * @param firstYear  the quantities of the first year
 * @param firstYearCost  the first year's cost
 * @param laterYearCost  each later year's cost: the same coaching without start-up and materials
 */
public record PracticeCost(PracticeId practice, CoachId coach, java.util.Optional<CoachId> technicalAssistance,
                           Workload firstYear, CostBreakdown firstYearCost, CostBreakdown laterYearCost) {

    /**
     * Checks for nulls.
     *
     * @param practice  the practice
     * @param coach  its point-of-contact coach
     * @param technicalAssistance  its technical-assistance coach, if it has one
     * @param firstYear  the quantities of the first year
     * @param firstYearCost  the first year's cost
     * @param laterYearCost  each later year's cost: the same coaching without start-up and materials
     */
    public PracticeCost {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(coach, "coach");
        Objects.requireNonNull(technicalAssistance, "technicalAssistance");
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(firstYearCost, "firstYearCost");
        Objects.requireNonNull(laterYearCost, "laterYearCost");
    }

    @Override
    public String toString() {
        return practice + " (" + coach + "): " + firstYearCost.total() + " the first year, " + laterYearCost.total()
                + " each year after";
    }
}

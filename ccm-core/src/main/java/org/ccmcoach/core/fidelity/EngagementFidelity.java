package org.ccmcoach.core.fidelity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ccmcoach.core.PracticeId;

/**
 * Whether one practice received the coaching planned for it, up to a date: every activity with
 * what became of it, fidelity per activity and per phase, and the dose planned and delivered.
 *
 * @param practice  the practice
 * @param asOf  the date assessed
 * @param grace  how late an activity may be and still count as on time
 * @param records  every scheduled occurrence up to {@code asOf} and every added activity, by date
 * @param activities  fidelity per activity and phase, in schedule order
 * @param phases  fidelity per phase
 * @param overall  fidelity of the whole engagement to date
 * @param plannedDose  contacts and minutes the schedule planned up to {@code asOf}, one per role the
 *         activity names
 * @param deliveredDose  contacts and minutes logged up to {@code asOf}, by their coach's role
 */
public record EngagementFidelity(PracticeId practice, LocalDate asOf, Period grace, List<ActivityRecord> records,
                                 List<FidelityCount> activities, List<FidelityCount> phases, FidelityCount overall,
                                 Dose plannedDose, Dose deliveredDose) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param practice  the practice
     * @param asOf  the date assessed
     * @param grace  how late an activity may be and still count as on time
     * @param records  every scheduled occurrence up to {@code asOf} and every added activity, by date
     * @param activities  fidelity per activity and phase, in schedule order
     * @param phases  fidelity per phase
     * @param overall  fidelity of the whole engagement to date
     * @param plannedDose  contacts and minutes the schedule planned up to {@code asOf}, one per role the
     *         activity names
     * @param deliveredDose  contacts and minutes logged up to {@code asOf}, by their coach's role
     */
    public EngagementFidelity {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(grace, "grace");
        records = List.copyOf(records);
        activities = List.copyOf(activities);
        phases = List.copyOf(phases);
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(plannedDose, "plannedDose");
        Objects.requireNonNull(deliveredDose, "deliveredDose");
    }

    /**
     * Minutes delivered over minutes planned to date.
     *
     * @return the fraction, empty when nothing was planned
     */
    public OptionalDouble doseRatio() {
        return plannedDose.minutes() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(deliveredDose.minutes() / (double) plannedDose.minutes());
    }

    /**
     * The records with one outcome.
     *
     * @param delivery  the outcome, not null
     * @return the records, by date
     */
    public List<ActivityRecord> records(Delivery delivery) {
        return records.stream().filter(r -> r.delivery() == delivery).toList();
    }

    @Override
    public String toString() {
        return practice + " to " + asOf + ": " + overall + "; dose " + deliveredDose.minutes() + " of "
                + plannedDose.minutes() + " min";
    }
}

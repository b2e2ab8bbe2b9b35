package org.ccmcoach.core.fidelity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.KeyChange;

/**
 * Whether one practice received the coaching planned for it, up to a date, in the parts of Carroll
 * et al.'s framework (Implement Sci 2007;2:40): <b>content</b> (the planned key changes worked
 * on), <b>frequency</b> (scheduled activities delivered, and on time), <b>duration</b> (how long
 * they lasted against plan) and <b>coverage</b> (the practice roles reached against those the
 * schedule expects), with the <b>moderators</b> quality of delivery and responsiveness where
 * coaches rated them; and the <b>dose</b> the practice received, kept apart from the
 * <b>coach time</b> it took.
 *
 * <pre>{@code
 * EngagementFidelity f = Fidelity.assess(engagement, LocalDate.of(2026, 11, 30));
 * f.frequency().fidelity();     // OptionalDouble[0.94]: due activities delivered
 * f.content().missing();        // planned key changes no encounter worked on
 * f.coverage().missing();       // practice roles the schedule expects that no encounter reached
 * f.deliveredDose().hours();    // the practice's hours with its coaches, a joint visit once
 * f.deliveredCoachTime().hours();   // the coaches' hours, a joint visit once per coach
 * }</pre>
 *
 * @param practice  the practice
 * @param asOf  the date assessed
 * @param grace  how late an activity may be and still count as on time
 * @param records  every scheduled occurrence up to {@code asOf} and every added activity, by date
 * @param activities  frequency per activity and phase, in schedule order
 * @param phases  frequency per phase
 * @param frequency  frequency of the whole engagement to date: due activities delivered, on time or late
 * @param duration  the delivered activities' minutes against their expected minutes
 * @param content  the key changes planned by the activities due, and those the log records; counted over
 *     the engagement, so an activity that lists a phase's key changes plans them all from its first
 *     occurrence, and content reads low until the phase has run (ccm's choice; read it at a phase's end)
 * @param coverage  the practice roles the activities due expect, and those the log shows present
 * @param moderators  quality of delivery and responsiveness, where rated
 * @param plannedDose  the encounters and minutes the schedule planned up to {@code asOf}, each activity once
 * @param deliveredDose  the encounters and minutes logged up to {@code asOf}, each encounter once
 * @param plannedCoachTime  the coaches' contacts and minutes the schedule planned, once per coach role the activity names
 * @param deliveredCoachTime  the coaches' contacts and minutes logged, once per coach present, by their role
 */
public record EngagementFidelity(PracticeId practice, LocalDate asOf, Period grace, List<ActivityRecord> records,
                                 List<FidelityCount> activities, List<FidelityCount> phases, FidelityCount frequency,
                                 DurationFidelity duration, Adherence<KeyChange> content, Adherence<String> coverage,
                                 Moderators moderators, Dose plannedDose, Dose deliveredDose, CoachTime plannedCoachTime,
                                 CoachTime deliveredCoachTime) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @param practice  the practice
     * @param asOf  the date assessed
     * @param grace  how late an activity may be and still count as on time
     * @param records  every scheduled occurrence up to {@code asOf} and every added activity, by date
     * @param activities  frequency per activity and phase, in schedule order
     * @param phases  frequency per phase
     * @param frequency  frequency of the whole engagement to date
     * @param duration  the delivered activities' minutes against their expected minutes
     * @param content  the key changes planned and recorded
     * @param coverage  the practice roles expected and reached
     * @param moderators  quality of delivery and responsiveness, where rated
     * @param plannedDose  the encounters and minutes planned, each activity once
     * @param deliveredDose  the encounters and minutes logged, each encounter once
     * @param plannedCoachTime  the coaches' contacts and minutes planned
     * @param deliveredCoachTime  the coaches' contacts and minutes logged
     */
    public EngagementFidelity {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(grace, "grace");
        records = List.copyOf(records);
        activities = List.copyOf(activities);
        phases = List.copyOf(phases);
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(moderators, "moderators");
        Objects.requireNonNull(plannedDose, "plannedDose");
        Objects.requireNonNull(deliveredDose, "deliveredDose");
        Objects.requireNonNull(plannedCoachTime, "plannedCoachTime");
        Objects.requireNonNull(deliveredCoachTime, "deliveredCoachTime");
    }

    /**
     * The practice's minutes delivered over minutes planned to date, each encounter once.
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
        return practice + " to " + asOf + ": " + frequency + "; " + content + "; " + coverage + "; " + duration
                + "; dose " + deliveredDose.minutes() + " of " + plannedDose.minutes() + " min";
    }
}

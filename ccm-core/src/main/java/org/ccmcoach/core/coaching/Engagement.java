package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.NotEmpty;
import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.SupportedDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Problem;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One practice's coaching engagement: its coaches, the intervention template, the start date, and
 * what has happened since: its facilitation log ({@link Encounter}s) and status changes with their
 * reasons.
 *
 * <p>The template and start give a dated {@link #schedule()}: phases follow one another from the
 * start, and every activity falls inside its phase, so inside the engagement. The engagement
 * starts {@link EngagementStatus#ACTIVE}; {@link #changeStatus} allows only the changes
 * {@link EngagementStatus#canChangeTo} allows. Encounters are with this practice, cannot predate
 * the start, and are by the engagement's own coaches; one on or after the {@link #end()} needs a
 * re-engagement by its date (it is otherwise outside the engagement). An encounter that names an
 * {@linkplain Encounter#activity() activity type} is the record that a scheduled activity of that
 * type took place. Every change returns a new value.
 *
 * <pre>{@code
 * Engagement e = Engagement.builder().practice(PracticeId.of("p-17"))
 *         .addCoaches(CoachAssignment.of(ana, EngagementRole.POINT_OF_CONTACT),
 *                     CoachAssignment.of(raj, EngagementRole.TECHNICAL_ASSISTANCE))
 *         .template(InterventionTemplates.ahrqSafetyNetPilot()).start(LocalDate.of(2026, 1, 5))
 *         .build();
 * e.schedule();                          // dated activities
 * e.phaseOn(LocalDate.of(2026, 4, 1));   // Optional[Phase II — Active Practice Coaching ...]
 * e = e.record(Encounter.builder().practice(e.practice()).date(LocalDate.of(2026, 1, 5)).mode(ContactMode.PHONE)
 *         .minutes(60).addCoaches(ana).activity(ActivityType.ORIENTATION_CALL).build());
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableEngagement.class)
public abstract class Engagement implements WithEngagement {

    Engagement() {
    }

    /** {@return the practice coached} */
    @NotNull
    public abstract PracticeId practice();

    /** {@return its coaches, exactly one of them the point of contact} */
    @NotEmpty
    public abstract List<@NotNull CoachAssignment> coaches();

    /** {@return the intervention} */
    @NotNull
    public abstract InterventionTemplate template();

    /** {@return the first day} */
    @NotNull
    @SupportedDate
    public abstract LocalDate start();

    /** {@return the facilitation log's encounters with this practice, as logged} */
    @jakarta.validation.constraints.Size(max = 100_000)
    public abstract List<@NotNull Encounter> encounters();

    /** {@return status changes after the start, in date order; the engagement starts ACTIVE} */
    public abstract List<@NotNull StatusChange> history();

    /**
     * Starts building an engagement.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Engagement}. */
    public static final class Builder extends ImmutableEngagement.Builder {
        Builder() {
        }
    }

    /** {@return the day after the last day: the start plus the template's duration} */
    public final LocalDate end() {
        return start().plus(template().duration());
    }

    /**
     * The first day of each phase, then {@link #end()}. Each boundary is the start plus the
     * durations of the phases before it added up, not the previous boundary plus one duration, so
     * month ends do not drift: twelve one-month phases from 31 January end on 31 January.
     *
     * @return the phase starts then the end, one more than the phases
     */
    public final List<LocalDate> phaseBoundaries() {
        List<LocalDate> bounds = new ArrayList<>();
        java.time.Period elapsed = java.time.Period.ZERO;
        bounds.add(start());
        for (Phase p : template().phases()) {
            elapsed = elapsed.plus(p.duration()).normalized();
            bounds.add(start().plus(elapsed));
        }
        return List.copyOf(bounds);
    }

    /** {@return every scheduled activity with its date, in date order (the template's order on a tie)} */
    public final List<ScheduledActivity> schedule() {
        List<LocalDate> bounds = phaseBoundaries();
        List<ScheduledActivity> all = new ArrayList<>();
        for (int p = 0; p < template().phases().size(); p++) {
            Phase phase = template().phases().get(p);
            for (Activity a : phase.activities()) {
                for (LocalDate d : a.timing().occurrences(bounds.get(p), bounds.get(p + 1))) {
                    all.add(new ScheduledActivity(d, p, phase.name(), a));
                }
            }
        }
        // A stable sort by date, as keys of (day, place) sorted as longs: cheaper than comparing the
        // occurrences' dates through their objects, for a schedule of hundreds of thousands.
        long[] keys = new long[all.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (all.get(i).date().toEpochDay() << 32) | i;   // supported days fit 31 bits either side of 0
        }
        java.util.Arrays.sort(keys);
        ScheduledActivity[] sorted = new ScheduledActivity[keys.length];
        for (int i = 0; i < keys.length; i++) {
            sorted[i] = all.get((int) (keys[i] & 0xFFFF_FFFFL));
        }
        return List.of(sorted);
    }

    /**
     * The phase a date falls in.
     *
     * @param date  the date, not null
     * @return the phase, or empty before the start or from the end on
     */
    public final Optional<Phase> phaseOn(LocalDate date) {
        java.util.OptionalInt p = phaseIndexOn(date);
        return p.isPresent() ? Optional.of(template().phases().get(p.getAsInt())) : Optional.empty();
    }

    /**
     * The index of the phase a date falls in, for when phases share a name.
     *
     * @param date  the date, not null
     * @return the index from 0, or empty before the start or from the end on
     */
    public final java.util.OptionalInt phaseIndexOn(LocalDate date) {
        List<LocalDate> bounds = phaseBoundaries();
        for (int p = 0; p < template().phases().size(); p++) {
            if (!date.isBefore(bounds.get(p)) && date.isBefore(bounds.get(p + 1))) {
                return java.util.OptionalInt.of(p);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** {@return the current status: the last change's, or ACTIVE} */
    public final EngagementStatus status() {
        return history().isEmpty() ? EngagementStatus.ACTIVE : history().get(history().size() - 1).status();
    }

    /**
     * The status on a date.
     *
     * @param date  the date, not null
     * @return the status, or empty before the start
     */
    public final Optional<EngagementStatus> statusOn(LocalDate date) {
        if (date.isBefore(start())) {
            return Optional.empty();
        }
        EngagementStatus s = EngagementStatus.ACTIVE;
        for (StatusChange c : history()) {
            if (!c.date().isAfter(date)) {
                s = c.status();
            }
        }
        return Optional.of(s);
    }

    /** {@return the point-of-contact coach} */
    public final CoachId pointOfContact() {
        return coaches().stream().filter(c -> c.role() == EngagementRole.POINT_OF_CONTACT).findFirst().orElseThrow()
                .coach();
    }

    /**
     * Logs an encounter.
     *
     * @param encounter  the encounter, with this practice, on or after the start, by the engagement's coaches
     * @return the engagement with it
     */
    public final Engagement record(Encounter encounter) {
        return ImmutableEngagement.builder().from(this).addEncounters(encounter).build();
    }

    /**
     * Changes the status.
     *
     * @param status  the new status
     * @param date  from when, not before the last change
     * @param reason  why
     * @return the engagement with the change
     * @throws IllegalStateException if the current status cannot change to the new one
     */
    public final Engagement changeStatus(EngagementStatus status, LocalDate date, String reason) {
        if (!status().canChangeTo(status)) {
            throw new IllegalStateException("Cannot change engagement of " + practice() + " from " + status() + " to "
                    + status);
        }
        return ImmutableEngagement.builder().from(this).addHistory(StatusChange.of(status, date, reason)).build();
    }

    /**
     * Re-engages a graduated or withdrawn practice after a triggering event.
     *
     * @param trigger  what happened
     * @param date  from when
     * @param note  details, such as the new EHR's go-live
     * @return the engagement, re-engaged
     * @throws IllegalStateException if the practice is being coached or paused
     */
    public final Engagement reEngage(ReEngagementTrigger trigger, LocalDate date, String note) {
        return changeStatus(EngagementStatus.RE_ENGAGED, date, trigger.description() + (note.isBlank() ? "" : ": " + note));
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(Engagement::violations).check();
    }

    private List<Problem> violations() {
        List<Problem> found = new ArrayList<>();
        String type = "Engagement";
        long contacts = coaches().stream().filter(c -> c.role() == EngagementRole.POINT_OF_CONTACT).count();
        if (contacts != 1) {
            found.add(Problem.of(type, "coaches", "must name exactly one POINT_OF_CONTACT coach", coaches()));
        }
        Set<CoachId> ids = coaches().stream().map(CoachAssignment::coach).collect(Collectors.toSet());
        if (ids.size() != coaches().size()) {
            found.add(Problem.of(type, "coaches", "must not name a coach twice", coaches()));
        }
        LocalDate end = end();   // once: it adds up the template's phases
        Set<ActivityType> coached = new java.util.HashSet<>();   // the types the template has coaches deliver
        template().phases().forEach(ph -> ph.activities().stream().filter(a -> !a.coachRoles().isEmpty())
                .forEach(a -> coached.add(a.type())));
        for (int i = 0; i < encounters().size(); i++) {
            Encounter c = encounters().get(i);
            PropertyPath at = PropertyPath.of("encounters").at(i);
            if (!c.practice().equals(practice())) {
                found.add(Problem.of(type, at.then("practice"), "must be the engagement's practice " + practice(), c.practice()));
            }
            if (c.date().isBefore(start())) {
                found.add(Problem.of(type, at.then("date"), "must not be before the engagement's start " + start(), c.date()));
            }
            if (!c.date().isBefore(end) && !reEngagedBy(c.date())) {
                found.add(Problem.of(type, at.then("date"), "must be before the engagement's end "
                        + end + " unless the practice was re-engaged by then", c.date()));
            }
            if (c.coaches().isEmpty() && c.activity().filter(coached::contains).isPresent()) {
                found.add(Problem.of(type, at.then("coaches"), "must name the coaches present: the template has coaches"
                        + " deliver a " + c.activity().get() + "; a delivery by nobody would count as dose at no coach"
                        + " time", c.coaches()));
            }
            for (int j = 0; j < c.coaches().size(); j++) {
                if (!ids.contains(c.coaches().get(j))) {
                    found.add(Problem.of(type, at.then("coaches").at(j), "must be one of the engagement's coaches " + ids,
                            c.coaches().get(j)));
                }
            }
        }
        EngagementStatus status = EngagementStatus.ACTIVE;
        LocalDate last = start();
        for (int i = 0; i < history().size(); i++) {
            StatusChange c = history().get(i);
            if (c.date().isBefore(last)) {
                found.add(Problem.of(type, PropertyPath.of("history").at(i).then("date"), "must not be before " + last, c.date()));
            }
            if (!status.canChangeTo(c.status())) {
                found.add(Problem.of(type, PropertyPath.of("history").at(i).then("status"), "cannot follow " + status, c.status()));
            }
            status = c.status();
            last = c.date();
        }
        return found;
    }

    /** {@return whether the practice was re-engaged by a date, so that an encounter after the end is still the engagement's} */
    final boolean reEngagedBy(LocalDate date) {
        return history().stream().anyMatch(c -> c.status() == EngagementStatus.RE_ENGAGED && !c.date().isAfter(date));
    }

    @Override
    public String toString() {
        return practice() + ": " + template().id() + " from " + start() + " to " + end().minusDays(1) + ", " + status()
                + ", coaches " + coaches();
    }
}

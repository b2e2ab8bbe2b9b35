package org.ccmcoach.core.fidelity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.CompletedActivity;
import org.ccmcoach.core.coaching.Contact;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.Phase;
import org.ccmcoach.core.coaching.ScheduledActivity;

/**
 * Compares what an engagement's template scheduled with what took place: fidelity as delivered
 * over planned, per activity and phase, and the dose.
 *
 * <p><b>Matching.</b> Completed activities, in date order, are matched to scheduled occurrences of
 * the same type: each to the latest unmatched occurrence on or before its date (so a call done in
 * April after March's was skipped is April's, on time, and March's is missed), or, if there is
 * none, to the next unmatched one after it (done early, which counts as on time). A completion
 * with no unmatched occurrence of its type left is {@link Delivery#ADDED}. An occurrence is
 * {@link Delivery#LATE} when completed more than the grace period after its date, and
 * {@link Delivery#MISSED} when not completed and its grace period ended on or before
 * {@code asOf}. The rule is our choice: the manual does not say which call a late one stands for.
 *
 * <p><b>Grace period</b>: 14 days by default, our choice: half the monthly interval of the
 * coaching calls in ccm's pilot template (their cadence is itself an inference; the manual gives
 * none), so a call slipping into the second half of its month is late; no source sets a tolerance. Pass another with {@link #assess(Engagement, LocalDate, Period)}.
 *
 * <p><b>Dose.</b> Planned: each occurrence due by {@code asOf} (or done early), its expected minutes once for
 * each coach role the activity names (the template plans roles; whether the engagement had a coach
 * for each shows as a gap). Delivered: each contact up to {@code asOf}, under its coach's role in
 * the engagement.
 *
 * <pre>{@code
 * EngagementFidelity f = Fidelity.assess(engagement, LocalDate.of(2026, 11, 30));
 * f.overall().fidelity();          // OptionalDouble[0.94]
 * f.records(Delivery.MISSED);      // what was not delivered, with its scheduled date
 * f.deliveredDose().hours();       // coaching hours logged
 * }</pre>
 */
public final class Fidelity {

    /** The default grace period: 14 days (see the class description). */
    public static final Period DEFAULT_GRACE = Period.ofDays(14);

    private Fidelity() {
    }

    /**
     * Assesses an engagement with the default grace period of 14 days.
     *
     * @param engagement  the engagement, not null
     * @param asOf  the date assessed, not null
     * @return the assessment
     */
    public static EngagementFidelity assess(Engagement engagement, LocalDate asOf) {
        return assess(engagement, asOf, DEFAULT_GRACE);
    }

    /**
     * Assesses an engagement.
     *
     * @param engagement  the engagement, not null
     * @param asOf  the date assessed, not null
     * @param grace  how late an activity may be and count as on time, zero or more
     * @return the assessment
     * @throws IllegalArgumentException if the grace period is negative
     */
    public static EngagementFidelity assess(Engagement engagement, LocalDate asOf, Period grace) {
        Objects.requireNonNull(asOf, "asOf");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("Fidelity.grace: must be at least 0 (was " + grace + ")");
        }
        List<ScheduledActivity> schedule = engagement.schedule();
        // Each completion, in date order, is for the latest unmatched occurrence of its type on or
        // before it (done late, or on the day), else for the next unmatched one after it (done early).
        Map<ActivityType, List<Integer>> occurrences = new EnumMap<>(ActivityType.class);
        for (int i = 0; i < schedule.size(); i++) {
            occurrences.computeIfAbsent(schedule.get(i).activity().type(), t -> new ArrayList<>()).add(i);
        }
        LocalDate[] completedOn = new LocalDate[schedule.size()];
        List<CompletedActivity> unmatched = new ArrayList<>();
        engagement.completed().stream().filter(c -> !c.date().isAfter(asOf))
                .sorted(Comparator.comparing(CompletedActivity::date)).forEach(c -> {
                    List<Integer> mine = occurrences.getOrDefault(c.type(), List.of());
                    int pick = -1;
                    for (int i : mine) {
                        if (completedOn[i] == null && !schedule.get(i).date().isAfter(c.date())) {
                            pick = i;   // the latest so far on or before the completion
                        }
                    }
                    if (pick < 0) {
                        pick = mine.stream().filter(i -> completedOn[i] == null && schedule.get(i).date().isAfter(c.date()))
                                .findFirst().orElse(-1);
                    }
                    if (pick < 0) {
                        unmatched.add(c);
                    } else {
                        completedOn[pick] = c.date();
                    }
                });
        List<ActivityRecord> records = new ArrayList<>();
        List<ScheduledActivity> counted = new ArrayList<>();   // due by asOf, or done early
        for (int i = 0; i < schedule.size(); i++) {
            ScheduledActivity s = schedule.get(i);
            Optional<LocalDate> completed = Optional.ofNullable(completedOn[i]);
            if (s.date().isAfter(asOf) && completed.isEmpty()) {
                continue;   // not yet due
            }
            counted.add(s);
            LocalDate graceEnds = s.date().plus(grace);
            Delivery delivery = completed.map(d -> d.isAfter(graceEnds) ? Delivery.LATE : Delivery.ON_TIME)
                    .orElse(graceEnds.isAfter(asOf) ? Delivery.DUE : Delivery.MISSED);
            records.add(new ActivityRecord(s.phase(), s.phaseName(), s.activity().type(), s.activity().name(),
                    Optional.of(s.date()), completed, delivery));
        }
        for (CompletedActivity c : unmatched) {
            int phase = engagement.phaseIndexOn(c.date()).orElse(-1);
            String phaseName = phase < 0 ? "outside the template's phases" : engagement.template().phases().get(phase).name();
            records.add(new ActivityRecord(phase, phaseName, c.type(), c.type().name(), Optional.empty(),
                    Optional.of(c.date()), Delivery.ADDED));
        }
        records.sort(Comparator.comparing((ActivityRecord r) -> r.scheduled().or(r::completed).orElseThrow()));

        // Keyed by phase index, not name: a template may give two phases one name.
        Map<List<Object>, FidelityCount> byActivity = new LinkedHashMap<>();
        Map<Integer, FidelityCount> byPhase = new LinkedHashMap<>();
        List<Phase> phases = engagement.template().phases();
        for (int p = 0; p < phases.size(); p++) {
            byPhase.put(p, new FidelityCount(phases.get(p).name(), 0, 0, 0, 0, 0));
        }
        FidelityCount overall = new FidelityCount("all", 0, 0, 0, 0, 0);
        for (ActivityRecord r : records) {
            String scope = r.name() + " (" + r.phaseName() + ")";
            FidelityCount one = FidelityCount.of(scope, r.delivery());
            byActivity.merge(List.of(r.phase(), r.name()), one, (a, b) -> a.plus(b, scope));
            byPhase.merge(r.phase(), FidelityCount.of(r.phaseName(), r.delivery()), (a, b) -> a.plus(b, r.phaseName()));
            overall = overall.plus(one, "all");
        }

        Dose.Tally planned = new Dose.Tally();
        for (ScheduledActivity s : counted) {
            for (EngagementRole role : EngagementRole.values()) {
                if (s.activity().coachRoles().contains(role)) {
                    planned.add(s.activity().mode(), role, s.activity().expectedMinutes());
                }
            }
        }
        Map<CoachId, EngagementRole> roles = new LinkedHashMap<>();
        for (CoachAssignment c : engagement.coaches()) {
            roles.put(c.coach(), c.role());
        }
        Dose.Tally delivered = new Dose.Tally();
        for (Contact c : engagement.contacts()) {
            if (!c.date().isAfter(asOf)) {
                delivered.add(c.mode(), roles.get(c.coach()), c.minutes());
            }
        }
        return new EngagementFidelity(engagement.practice(), asOf, grace, records, List.copyOf(byActivity.values()),
                List.copyOf(byPhase.values()), overall, planned.dose(), delivered.dose());
    }
}

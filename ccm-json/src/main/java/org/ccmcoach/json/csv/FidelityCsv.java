package org.ccmcoach.json.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmcoach.core.coaching.KeyChange;
import org.ccmcoach.core.fidelity.ActivityRecord;
import org.ccmcoach.core.fidelity.Adherence;
import org.ccmcoach.core.fidelity.CoachTime;
import org.ccmcoach.core.fidelity.Dose;
import org.ccmcoach.core.fidelity.DurationFidelity;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.FidelityCount;
import org.ccmcoach.core.fidelity.Moderators;
import org.ccmcoach.core.value.Decimals;

/**
 * Fidelity as CSV tables: one row per practice (Carroll et al.'s parts, the moderators, the
 * practice's dose and the coach time it took), or one row per activity (scheduled and completed
 * dates and what became of it).
 *
 * <p>The practice table's columns, {@link #PRACTICE_HEADER}, in groups:
 * <ul>
 * <li>frequency: {@code on_time, late, missed, due, added} scheduled occurrences and {@code frequency},
 *     delivered over due;
 * <li>duration: {@code duration_activities} delivered occurrences counted, {@code duration_planned_minutes},
 *     {@code duration_delivered_minutes} and {@code duration_ratio};
 * <li>content: {@code content_planned} and {@code content_delivered} key changes, {@code content_share},
 *     and {@code content_missing}, the planned key changes no encounter worked on, as toolkit numbers
 *     separated by {@code ;} ({@code 3.4;3.5});
 * <li>coverage: the same for practice roles ({@code coverage_missing}: {@code QI team;practice team}, the template's labels, which the log's staff must use);
 * <li>moderators: {@code quality_mean} and {@code quality_rated}, the encounters it rests on, and the
 *     same for {@code responsiveness};
 * <li>the practice's dose, each encounter once: {@code planned_encounters, planned_visits,
 *     planned_minutes, delivered_encounters, delivered_visits, delivered_minutes} and {@code dose_ratio},
 *     delivered over planned minutes;
 * <li>coach time, each coach present once (what a program pays for): {@code planned_coach_contacts,
 *     planned_coach_visits, planned_coach_minutes, delivered_coach_contacts, delivered_coach_visits,
 *     delivered_coach_minutes}.
 * </ul>
 * Ratios and shares are written with 3 decimals ({@code 0.833}, a tenth of a percent), mean ratings
 * with 2; a value that does not exist (no share of nothing planned, no mean of no ratings) is an
 * empty cell, never 0.
 *
 * <pre>{@code
 * FidelityCsv.practices(fidelities).write(Path.of("fidelity.csv"));
 * FidelityCsv.activities(fidelities).write(Path.of("fidelity-activities.csv"));
 * }</pre>
 */
public final class FidelityCsv {

    /** The columns of {@link #practices}: see the class description for each group. */
    public static final List<String> PRACTICE_HEADER = List.of("practice", "as_of",
            "on_time", "late", "missed", "due", "added", "frequency",
            "duration_activities", "duration_planned_minutes", "duration_delivered_minutes", "duration_ratio",
            "content_planned", "content_delivered", "content_share", "content_missing",
            "coverage_planned", "coverage_delivered", "coverage_share", "coverage_missing",
            "quality_mean", "quality_rated", "responsiveness_mean", "responsiveness_rated",
            "planned_encounters", "planned_visits", "planned_minutes",
            "delivered_encounters", "delivered_visits", "delivered_minutes", "dose_ratio",
            "planned_coach_contacts", "planned_coach_visits", "planned_coach_minutes",
            "delivered_coach_contacts", "delivered_coach_visits", "delivered_coach_minutes");

    /** The columns of {@link #activities}. */
    public static final List<String> ACTIVITY_HEADER = List.of("practice", "phase", "activity", "type", "scheduled",
            "completed", "delivery", "days_late");

    private FidelityCsv() {
    }

    /**
     * One row per practice, with the columns {@link #PRACTICE_HEADER}.
     *
     * @param fidelities  the assessments, not null
     * @return the table
     */
    public static CsvTable practices(List<EngagementFidelity> fidelities) {
        List<List<String>> rows = new ArrayList<>();
        for (EngagementFidelity f : fidelities) {
            FidelityCount o = f.frequency();
            DurationFidelity d = f.duration();
            Moderators m = f.moderators();
            List<String> row = new ArrayList<>(List.of(f.practice().value(), f.asOf().toString(),
                    count(o.onTime()), count(o.late()), count(o.missed()), count(o.due()), count(o.added()),
                    share(o.fidelity()),
                    count(d.occurrences()), count(d.plannedMinutes()), count(d.deliveredMinutes()), share(d.ratio())));
            row.addAll(adherence(f.content(), KeyChange::number));
            row.addAll(adherence(f.coverage(), role -> role));
            row.addAll(List.of(mean(m.quality()), count(m.qualityRated()), mean(m.responsiveness()),
                    count(m.responsivenessRated())));
            row.addAll(dose(f.plannedDose()));
            row.addAll(dose(f.deliveredDose()));
            row.add(share(f.doseRatio()));
            row.addAll(coachTime(f.plannedCoachTime()));
            row.addAll(coachTime(f.deliveredCoachTime()));
            rows.add(row);
        }
        return CsvTable.of(PRACTICE_HEADER, rows);
    }

    private static <T> List<String> adherence(Adherence<T> a, Function<T, String> name) {
        return List.of(count(a.planned().size()), count(a.delivered().size()), share(a.share()),
                a.missing().stream().map(name).collect(Collectors.joining(";")));
    }

    private static List<String> dose(Dose d) {
        return List.of(count(d.encounters()), count(d.visits()), count(d.minutes()));
    }

    private static List<String> coachTime(CoachTime t) {
        return List.of(count(t.contacts()), count(t.visits()), count(t.minutes()));
    }

    /**
     * One row per scheduled or added activity.
     *
     * @param fidelities  the assessments, not null
     * @return the table
     */
    public static CsvTable activities(List<EngagementFidelity> fidelities) {
        List<List<String>> rows = new ArrayList<>();
        for (EngagementFidelity f : fidelities) {
            for (ActivityRecord r : f.records()) {
                rows.add(List.of(f.practice().value(), r.phaseName(), r.name(), r.type().name(),
                        r.scheduled().map(Object::toString).orElse(""), r.completed().map(Object::toString).orElse(""),
                        r.delivery().name().toLowerCase(Locale.ROOT),
                        r.daysLate().isPresent() ? String.valueOf(r.daysLate().getAsLong()) : ""));
            }
        }
        return CsvTable.of(ACTIVITY_HEADER, rows);
    }

    private static String count(long n) {
        return String.valueOf(n);
    }

    /** A ratio or share with 3 decimals, a tenth of a percent; empty when it does not exist. */
    private static String share(OptionalDouble x) {
        return x.isPresent() ? Decimals.fixed(x.getAsDouble(), 3) : "";
    }

    /** A mean rating with 2 decimals; empty when nothing was rated. */
    private static String mean(OptionalDouble x) {
        return x.isPresent() ? Decimals.fixed(x.getAsDouble(), 2) : "";
    }
}

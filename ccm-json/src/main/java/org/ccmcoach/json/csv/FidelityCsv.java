package org.ccmcoach.json.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.ccmcoach.core.fidelity.ActivityRecord;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.FidelityCount;

/**
 * Fidelity as CSV tables: one row per practice (counts, fidelity and dose), or one row per activity
 * (scheduled and completed dates and what became of it).
 *
 * <pre>{@code
 * FidelityCsv.practices(fidelities).write(Path.of("fidelity.csv"));
 * FidelityCsv.activities(fidelities).write(Path.of("fidelity-activities.csv"));
 * }</pre>
 */
public final class FidelityCsv {

    /** The columns of {@link #practices}. */
    public static final List<String> PRACTICE_HEADER = List.of("practice", "as_of", "on_time", "late", "missed", "due",
            "added", "fidelity", "planned_minutes", "delivered_minutes", "dose_ratio", "planned_visits",
            "delivered_visits");

    /** The columns of {@link #activities}. */
    public static final List<String> ACTIVITY_HEADER = List.of("practice", "phase", "activity", "type", "scheduled",
            "completed", "delivery", "days_late");

    private FidelityCsv() {
    }

    /**
     * One row per practice.
     *
     * @param fidelities  the assessments, not null
     * @return the table
     */
    public static CsvTable practices(List<EngagementFidelity> fidelities) {
        List<List<String>> rows = new ArrayList<>();
        for (EngagementFidelity f : fidelities) {
            FidelityCount o = f.frequency();
            rows.add(List.of(f.practice().value(), f.asOf().toString(), String.valueOf(o.onTime()),
                    String.valueOf(o.late()), String.valueOf(o.missed()), String.valueOf(o.due()), String.valueOf(o.added()),
                    number(o.fidelity()), String.valueOf(f.plannedDose().minutes()), String.valueOf(f.deliveredDose().minutes()),
                    number(f.doseRatio()), String.valueOf(f.plannedDose().visits()), String.valueOf(f.deliveredDose().visits())));
        }
        return CsvTable.of(PRACTICE_HEADER, rows);
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

    private static String number(OptionalDouble x) {
        return x.isPresent() ? Double.toString(x.getAsDouble()) : "";
    }
}

package org.ccmcoach.assessment.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.ccmcoach.core.value.Decimals;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccmcoach.assessment.dose.Distribution;
import org.ccmcoach.assessment.dose.DoseGroup;
import org.ccmcoach.assessment.dose.DosePoint;
import org.ccmcoach.assessment.dose.DoseResponse;
import org.ccmcoach.assessment.dose.FidelityPart;
import org.ccmcoach.assessment.dose.ProgramFidelity;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.json.csv.CsvTable;

/**
 * Dose–response and program fidelity as CSV tables. Numbers are written as plain decimals, exactly
 * as the double holds them ({@code 0.00002}, never {@code 2.0E-5}, which some spreadsheets and
 * statistics packages read as text), and whole numbers without a point.
 *
 * <pre>{@code
 * DoseCsv.doseResponse(table).write(Path.of("dose-response.csv"));
 * DoseCsv.program(ProgramFidelity.of(fidelities)).write(Path.of("fidelity-program.csv"));
 * }</pre>
 */
public final class DoseCsv {

    /** The columns of {@link #doseResponse}: {@code practice_hours} is the practice's dose, each encounter once. */
    public static final List<String> DOSE_RESPONSE_HEADER = List.of("practice", "practice_hours", "change", "dose_third",
            "third_mean_change", "note");

    /** The columns of {@link #program}: {@code lacking} lists, separated by {@code ;}, the practices without the figure. */
    public static final List<String> PROGRAM_HEADER = List.of("figure", "n", "min", "lower_quartile", "median",
            "upper_quartile", "max", "lacking");

    /**
     * The figures of {@link #program}, one row each, in this order: Carroll's four parts (shares, 0 to 1;
     * duration above 1 when activities ran long), the practices' dose ratio, their hours with their
     * coaches, the coaches' hours, and coach hours per practice hour.
     */
    public static final List<String> PROGRAM_FIGURES = List.of("frequency", "duration", "content", "coverage",
            "dose_ratio", "practice_hours", "coach_hours", "coach_hours_per_practice_hour");

    private DoseCsv() {
    }

    /**
     * One row per practice, by dose, with its third; the caveat as the last row's {@code note}.
     *
     * @param table  the dose–response table, not null
     * @return the table, with the columns {@link #DOSE_RESPONSE_HEADER}
     */
    public static CsvTable doseResponse(DoseResponse table) {
        List<List<String>> rows = new ArrayList<>();
        // A lookup a point, not a scan of the thirds' lists; each third's cells written once.
        Map<PracticeId, List<String>> thirds = new HashMap<>();
        for (DoseGroup g : table.groups()) {
            List<String> cells = List.of(g.label(), Decimals.plain(g.meanChange()));
            for (PracticeId practice : g.practices()) {
                thirds.putIfAbsent(practice, cells);
            }
        }
        List<String> none = List.of("", "");
        for (DosePoint p : table.points()) {
            List<String> third = thirds.getOrDefault(p.practice(), none);
            rows.add(List.of(p.practice().value(), Decimals.plain(p.deliveredHours()), Decimals.plain(p.change()),
                    third.get(0), third.get(1), ""));
        }
        for (var missing : table.missingChange()) {
            rows.add(List.of(missing.value(), "", "", "", "", "no change given: left out"));
        }
        rows.add(List.of("", "", "", "", "", table.caveat()));
        return CsvTable.of(DOSE_RESPONSE_HEADER, rows);
    }

    /**
     * The program's spreads, one row per figure of {@link #PROGRAM_FIGURES}; a figure with no values
     * has n 0 and empty cells, and the practices lacking a part are listed, not counted as 0 or 1.
     *
     * @param program  the program's fidelity, not null
     * @return the table, with the columns {@link #PROGRAM_HEADER}
     */
    public static CsvTable program(ProgramFidelity program) {
        List<List<String>> rows = new ArrayList<>();
        for (FidelityPart part : FidelityPart.values()) {
            rows.add(row(part.label(), program.spread(part), program.lacking(part)));
        }
        rows.add(row("dose_ratio", program.doseRatio(), program.lackingDoseRatio()));
        rows.add(row("practice_hours", program.deliveredHours(), List.of()));
        rows.add(row("coach_hours", program.deliveredCoachHours(), List.of()));
        rows.add(row("coach_hours_per_practice_hour", program.coachTimePerDose(), program.lackingCoachTimePerDose()));
        return CsvTable.of(PROGRAM_HEADER, rows);
    }

    private static List<String> row(String name, Optional<Distribution> d, List<PracticeId> lacking) {
        String without = lacking.stream().map(PracticeId::value).collect(Collectors.joining(";"));
        return d.map(x -> List.of(name, String.valueOf(x.n()), Decimals.plain(x.min()), Decimals.plain(x.lowerQuartile()),
                Decimals.plain(x.median()), Decimals.plain(x.upperQuartile()), Decimals.plain(x.max()), without))
                .orElse(List.of(name, "0", "", "", "", "", "", without));
    }
}

package org.ccmcoach.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.assessment.dose.Distribution;
import org.ccmcoach.assessment.dose.DoseGroup;
import org.ccmcoach.assessment.dose.DosePoint;
import org.ccmcoach.assessment.dose.DoseResponse;
import org.ccmcoach.assessment.dose.ProgramFidelity;
import org.ccmcoach.json.csv.CsvTable;

/**
 * Dose–response and program fidelity as CSV tables.
 *
 * <pre>{@code
 * DoseCsv.doseResponse(table).write(Path.of("dose-response.csv"));
 * DoseCsv.program(ProgramFidelity.of(fidelities)).write(Path.of("fidelity-program.csv"));
 * }</pre>
 */
public final class DoseCsv {

    private DoseCsv() {
    }

    /**
     * One row per practice, by dose, with its third; the caveat as the last row's {@code note}.
     *
     * @param table  the dose–response table, not null
     * @return the table: {@code practice, delivered_hours, change, dose_third, third_mean_change, note}
     */
    public static CsvTable doseResponse(DoseResponse table) {
        List<List<String>> rows = new ArrayList<>();
        for (DosePoint p : table.points()) {
            Optional<DoseGroup> g = table.groups().stream().filter(x -> x.practices().contains(p.practice())).findFirst();
            rows.add(List.of(p.practice().value(), Double.toString(p.deliveredHours()), Double.toString(p.change()),
                    g.map(DoseGroup::label).orElse(""), g.map(x -> Double.toString(x.meanChange())).orElse(""), ""));
        }
        for (var missing : table.missingChange()) {
            rows.add(List.of(missing.value(), "", "", "", "", "no change given: left out"));
        }
        rows.add(List.of("", "", "", "", "", table.caveat()));
        return CsvTable.of(List.of("practice", "delivered_hours", "change", "dose_third", "third_mean_change", "note"), rows);
    }

    /**
     * The program's spreads, one row per figure; a figure with no values is a row of empty cells.
     *
     * @param program  the program's fidelity, not null
     * @return the table: {@code figure, n, min, lower_quartile, median, upper_quartile, max}
     */
    public static CsvTable program(ProgramFidelity program) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("fidelity", program.fidelity()));
        rows.add(row("dose_ratio", program.doseRatio()));
        rows.add(row("delivered_hours", program.deliveredHours()));
        return CsvTable.of(List.of("figure", "n", "min", "lower_quartile", "median", "upper_quartile", "max"), rows);
    }

    private static List<String> row(String name, Optional<Distribution> d) {
        return d.map(x -> List.of(name, String.valueOf(x.n()), Double.toString(x.min()), Double.toString(x.lowerQuartile()),
                Double.toString(x.median()), Double.toString(x.upperQuartile()), Double.toString(x.max())))
                .orElse(List.of(name, "0", "", "", "", "", ""));
    }
}

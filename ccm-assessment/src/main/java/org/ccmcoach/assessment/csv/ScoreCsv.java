package org.ccmcoach.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.Subscale;
import org.ccmcoach.assessment.SubscaleScore;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.json.CsvTable;

/**
 * Score reports as a wide CSV table for statistics packages: one row per report.
 *
 * <p>Columns: {@code instrument, subject, respondent, role, date, policy, overall, overall_level,
 * overall_reason}, then for each subscale {@code <id>}, {@code <id>_level}, {@code <id>_answered},
 * {@code <id>_missing}. Scores are written at full precision (the shortest decimal that reads back
 * to the same double); a score not computed is an empty cell.
 *
 * <pre>{@code
 * ScoreCsv.table(acic, reports).write(Path.of("acic-scores.csv"));
 * }</pre>
 */
public final class ScoreCsv {

    private ScoreCsv() {
    }

    /**
     * Lays out reports of one instrument as a table.
     *
     * @param instrument  the instrument the reports score, not null
     * @param reports  the reports, not null
     * @return the table, not null
     * @throws IllegalArgumentException if a report is of another instrument
     */
    public static CsvTable table(Instrument instrument, List<ScoreReport> reports) {
        List<String> header = new ArrayList<>(List.of("instrument", "subject", "respondent", "role", "date", "policy",
                "overall", "overall_level", "overall_reason"));
        for (Subscale s : instrument.subscales()) {
            header.addAll(List.of(s.id(), s.id() + "_level", s.id() + "_answered", s.id() + "_missing"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ScoreReport r : reports) {
            if (!r.instrument().equals(instrument.id())) {
                throw new IllegalArgumentException("a report of " + r.instrument() + " is not a " + instrument.id() + " report");
            }
            List<String> cells = new ArrayList<>(List.of(r.instrument().value(), r.subject().value(),
                    r.respondent().orElse(""), r.role().orElse(""), r.date().toString(), r.policy().name(),
                    number(r.overall()), r.overallLevel().orElse(""), r.overallReason().orElse("")));
            for (Subscale s : instrument.subscales()) {
                SubscaleScore score = r.subscale(s.id());
                cells.addAll(List.of(number(score.score()), score.level().orElse(""),
                        String.valueOf(score.answered()), String.valueOf(score.missing())));
            }
            rows.add(cells);
        }
        return CsvTable.of(header, rows);
    }

    static String number(OptionalDouble value) {
        return value.isPresent() ? Decimals.show(value.getAsDouble()) : "";
    }

}

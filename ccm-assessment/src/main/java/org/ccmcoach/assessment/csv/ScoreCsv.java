package org.ccmcoach.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.Subscale;
import org.ccmcoach.assessment.SubscaleScore;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.json.csv.CsvTable;
import org.ccmcoach.json.csv.CsvWriter;

/**
 * Score reports as a wide CSV table for statistics packages: one row per report.
 *
 * <p>Columns: {@code instrument, subject, respondent, role, date, policy, overall, overall_level,
 * overall_reason}, then for each subscale {@code <id>}, {@code <id>_level}, {@code <id>_answered},
 * {@code <id>_missing}. Scores are written at full precision (the shortest decimal that reads back
 * to the same double); a score not computed is an empty cell. A cell or column name is quoted only
 * where CSV needs it (a comma, a double quote, a line break, or white space at either end), as
 * {@link CsvWriter} writes every table.
 *
 * <pre>{@code
 * ScoreCsv.table(acic, reports).write(Path.of("acic-scores.csv"));
 * try (Stream<AssessmentResponse> in = JsonLines.stream(Path.of("pacic.jsonl"), AssessmentResponse.class)) {
 *     ScoreCsv.write(Path.of("pacic-scores.csv"), pacic, in.map(pacic::score));   // constant memory
 * }
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
     * @throws org.ccmcoach.core.value.CcmValidationException if a report does not fit the instrument, as
     *     {@link Instrument#check(ScoreReport)} says
     */
    public static CsvTable table(Instrument instrument, List<ScoreReport> reports) {
        List<List<String>> rows = new ArrayList<>(reports.size());
        for (ScoreReport r : reports) {
            rows.add(row(instrument, r));
        }
        return CsvTable.of(header(instrument), rows);
    }

    /**
     * Writes reports of one instrument to a CSV file as they come, holding one row at a time: the
     * way to score a file of any size in constant memory.
     *
     * @param file  the file, created or replaced, not null
     * @param instrument  the instrument the reports score, not null
     * @param reports  the reports, consumed in order, not null
     * @return the number of rows written
     * @throws org.ccmcoach.core.value.CcmValidationException if a report does not fit the instrument, as
     *     {@link Instrument#check(ScoreReport)} says (the rows before it are written)
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static long write(java.nio.file.Path file, Instrument instrument, java.util.stream.Stream<ScoreReport> reports) {
        try (CsvWriter out = CsvWriter.open(file, header(instrument))) {
            reports.forEachOrdered(r -> out.row(row(instrument, r)));
            return out.rows();
        }
    }

    private static List<String> header(Instrument instrument) {
        List<String> header = new ArrayList<>(List.of("instrument", "subject", "respondent", "role", "date", "policy",
                "overall_rule", "overall", "overall_level", "overall_reason"));
        for (Subscale s : instrument.subscales()) {
            header.addAll(List.of(s.id(), s.id() + "_level", s.id() + "_answered", s.id() + "_missing"));
        }
        return header;
    }

    private static List<String> row(Instrument instrument, ScoreReport r) {
        instrument.check(r);
        List<String> cells = new ArrayList<>(10 + 4 * r.subscales().size());
        cells.addAll(List.of(r.instrument().value(), r.subject().value(),
                r.respondent().orElse(""), r.role().orElse(""), r.date().toString(), r.policy().name(),
                r.overallRule().map(Enum::name).orElse(""), number(r.overall()), r.overallLevel().orElse(""),
                r.overallReason().orElse("")));
        // The check above holds the report to the instrument's subscales, in its order.
        for (SubscaleScore score : r.subscales()) {
            cells.add(number(score.score()));
            cells.add(score.level().orElse(""));
            cells.add(String.valueOf(score.answered()));
            cells.add(String.valueOf(score.missing()));
        }
        return cells;
    }

    static String number(OptionalDouble value) {
        return value.isPresent() ? Decimals.show(value.getAsDouble()) : "";
    }

}

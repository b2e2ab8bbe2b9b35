package org.ccmcoach.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Fixtures;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.json.csv.CsvException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.csv.CsvTable;
import org.junit.jupiter.api.Test;

class ResponseCsvTest {

    private static final Instrument PACIC = Instruments.pacic20();

    private static String header() {
        StringBuilder h = new StringBuilder("subject,respondent,role,date");
        for (int i = 1; i <= 20; i++) {
            h.append(',').append(i);
        }
        return h.toString();
    }

    private static String row(String start, String... cells) {
        List<String> all = new ArrayList<>(List.of(cells));
        while (all.size() < 20) {
            all.add("3");
        }
        return start + "," + String.join(",", all);
    }

    @Test
    void reads_good_rows_with_empty_cells_as_missing() {
        String csv = header() + "\n" + row("pt-1,,patient,2026-01-15", "5", "") + "\n"
                + row("pt-2,,patient,2026-01-16") + "\n";
        List<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(csv), PACIC, ErrorMode.STOP_AT_FIRST).orThrow();
        assertEquals(2, read.size());
        assertEquals(OptionalDouble.of(5), read.get(0).answer("1"));
        assertEquals(OptionalDouble.empty(), read.get(0).answer("2"));
        assertTrue(read.get(0).answers().containsKey("2"), "an empty cell is an explicit missing answer");
        assertEquals("patient", read.get(0).role().orElseThrow());
    }

    @Test
    void every_bad_cell_is_reported_with_line_column_and_reason() {
        String csv = header() + "\n"
                + row("pt-1,,,2026-01-15", "6") + "\n"           // line 2: off the scale
                + row("pt-2,,,2026-01-15", "x", "2.5") + "\n"    // line 3: not a number, a fraction
                + row("pt-3,,,15/01/2026") + "\n"                // line 4: bad date
                + row(" ,,,2026-01-15") + "\n"                   // line 5: no subject
                + "pt-5,,,2026-01-15,1,2\n"                      // line 6: ragged
                + row("pt-6,,,2026-01-15") + "\n";               // line 7: good
        CsvRead<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(csv), PACIC, ErrorMode.COLLECT_ALL);
        assertEquals(List.of(
                Problem.ofCsv(2, "1", "6", "item 1 must be from 1 to 5 in whole points"),
                Problem.ofCsv(3, "1", "x", "is not a number"),
                Problem.ofCsv(4, "date", "15/01/2026", "must be a date as YYYY-MM-DD"),
                Problem.ofCsv(5, "subject", "", "must be 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit"),
                Problem.ofCsv(6, "", "", "has 6 cells for 24 columns")), read.problems());
        assertEquals(1, read.values().size());
        assertEquals("pt-6", read.values().get(0).subject().value());
        assertEquals(6, read.rows(), "no row dropped: one value, five rows with problems");
        assertEquals("line 2, column \"1\": item 1 must be from 1 to 5 in whole points (was \"6\")",
                read.problems().get(0).toString());
    }

    @Test
    void a_date_in_the_form_that_names_no_day_says_which_day_does_not_exist() {
        String csv = header() + "\n" + row("pt-1,,,2026-02-30") + "\n" + row("pt-2,,,2026-13-01") + "\n";
        CsvRead<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(csv), PACIC, ErrorMode.COLLECT_ALL);
        assertEquals(List.of(Problem.ofCsv(2, "date", "2026-02-30", "is not a day (February 2026 has 28 days)"),
                Problem.ofCsv(3, "date", "2026-13-01", "is not a day (there is no month 13)")), read.problems());
        assertEquals("line 2, column \"date\": is not a day (February 2026 has 28 days) (was \"2026-02-30\")",
                read.problems().get(0).toString());
    }

    @Test
    void a_fraction_is_reported_once_the_text_is_numbers() {
        String csv = header() + "\n" + row("pt-2,,,2026-01-15", "2.5") + "\n";
        CsvRead<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(csv), PACIC, ErrorMode.COLLECT_ALL);
        assertEquals(List.of(Problem.ofCsv(2, "1", "2.5", "item 1 must be a whole point of 1..5")), read.problems());
    }

    @Test
    void stop_at_first_throws_the_first_bad_row() {
        String csv = header() + "\n" + row("pt-1,,,2026-01-15", "6") + "\n" + row("pt-2,,,2026-01-15", "x") + "\n";
        CsvException e = assertThrows(CsvException.class,
                () -> ResponseCsv.read(CsvTable.parse(csv), PACIC, ErrorMode.STOP_AT_FIRST));
        assertEquals(List.of(Problem.ofCsv(2, "1", "6", "item 1 must be from 1 to 5 in whole points")), e.problems());
    }

    @Test
    void header_problems_are_reported_once_each_and_stop_the_reading() {
        CsvRead<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse("subject,q1\npt-1,3\npt-2,4\npt-3,5\n"), PACIC,
                ErrorMode.COLLECT_ALL);
        // "q1" is 1 edit from item "1", more than a third of a 2-letter name: no suggestion.
        assertEquals(List.of(
                Problem.ofCsv(1, "q1", "", "is neither a fixed column (\"subject\", \"respondent\", \"role\", \"date\", "
                        + "\"instrument\") nor an item of pacic-20"),
                Problem.ofCsv(1, "date", "", "is a required column and is missing"),
                Problem.ofCsv(1, "", "", "the header lacks 20 item columns: \"1\", \"2\", \"3\", \"4\", \"5\", \"6\", "
                        + "\"7\", \"8\", \"9\", \"10\" and 10 more of pacic-20; every answer to them would read as "
                        + "missing. If the short form is intended, read with ItemColumns.ABSENT_ALLOWED")),
                read.problems(), "three header problems, none repeated for the three rows");
        assertEquals(List.of(), read.values());
        assertEquals(3, read.rows());
    }

    @Test
    void a_near_miss_column_gets_a_suggestion_instead_of_a_second_problem() {
        String csv = header().replace("subject", "Subject") + "\n" + row("pt-1,,,2026-01-15") + "\n";
        CsvException e = assertThrows(CsvException.class,
                () -> ResponseCsv.read(CsvTable.parse(csv), PACIC, ErrorMode.STOP_AT_FIRST));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).toString().startsWith("line 1, column \"Subject\": is neither a fixed column"));
        assertTrue(e.problems().get(0).toString().endsWith("nor an item of pacic-20; did you mean \"subject\"?"),
                e.problems().get(0).toString());
        // Two edits away ("sbuject": a transposition) is still a near miss for a 7-letter name; a
        // 4-letter name allows one edit ("dat"); an unrelated name gets nothing.
        assertEquals(java.util.Optional.of("subject"), ColumnNames.suggest("sbuject", List.of("subject", "date")));
        assertEquals(java.util.Optional.of("date"), ColumnNames.suggest("Dat", List.of("subject", "date")));
        assertEquals(java.util.Optional.empty(), ColumnNames.suggest("dtae", List.of("subject", "date")));
        assertEquals(java.util.Optional.empty(), ColumnNames.suggest("clinic", List.of("subject", "date")));
    }

    @Test
    void a_missing_item_column_is_refused_unless_the_short_form_is_intended() {
        String header = header().replace(",7,", ",");
        StringBuilder csv = new StringBuilder(header).append('\n');
        List<String> cells = new ArrayList<>(List.of("pt-1", "", "patient", "2026-01-15"));
        for (int i = 0; i < 19; i++) {
            cells.add("4");
        }
        csv.append(String.join(",", cells)).append('\n');
        CsvRead<AssessmentResponse> refused = ResponseCsv.read(CsvTable.parse(csv.toString()), PACIC, ErrorMode.COLLECT_ALL);
        assertEquals(List.of(Problem.ofCsv(1, "", "", "the header lacks the item column \"7\" of pacic-20; every answer "
                + "to it would read as missing. If the short form is intended, read with ItemColumns.ABSENT_ALLOWED")),
                refused.problems());
        assertEquals(List.of(), refused.values());
        List<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(csv.toString()), PACIC, ErrorMode.COLLECT_ALL,
                ItemColumns.ABSENT_ALLOWED).orThrow();
        assertEquals(OptionalDouble.empty(), read.get(0).answer("7"), "read as missing");
        assertEquals(OptionalDouble.of(4), read.get(0).answer("8"));
    }

    @Test
    void roles_are_matched_without_regard_to_case() {
        String csv = header() + "\n" + row("pt-1,,Consensus,2026-01-15") + "\n" + row("pt-2,,CONSENSUS,2026-01-15") + "\n"
                + row("pt-3,,patient,2026-01-15") + "\n";
        List<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(csv), PACIC, ErrorMode.STOP_AT_FIRST).orThrow();
        assertEquals(List.of(true, true, false), read.stream().map(AssessmentResponse::consensus).toList());
        assertEquals("Consensus", read.get(0).role().orElseThrow(), "kept as written");
    }

    @Test
    void responses_round_trip_through_the_wide_table() {
        List<AssessmentResponse> responses = List.of(
                Fixtures.response("acic-3.5", "site-1", Fixtures.BASELINE, Fixtures.acicAnswers()).role("consensus").build(),
                Fixtures.response("acic-3.5", "site-2", Fixtures.BASELINE, Map.of("1.1", 4.0)).respondent("md-1").build());
        Instrument acic = Instruments.acic35();
        String csv = ResponseCsv.table(acic, responses).toCsv();
        List<AssessmentResponse> back = ResponseCsv.read(CsvTable.parse(csv), acic, ErrorMode.STOP_AT_FIRST).orThrow();
        // Items absent in a response come back as explicit missing answers: the same scores.
        assertEquals(responses.get(0), back.get(0));
        assertEquals(acic.score(responses.get(1), "available-items"), acic.score(back.get(1), "available-items"));
    }

    @Test
    void scores_write_to_a_wide_table() {
        ScoreReport r = Instruments.pacic20().score(
                Fixtures.response("pacic-20", "pt-1", Fixtures.BASELINE, Fixtures.pacicAnswers()).build());
        CsvTable t = ScoreCsv.table(PACIC, List.of(r));
        assertEquals(List.of("instrument", "subject", "respondent", "role", "date", "policy", "overall_rule", "overall",
                "overall_level", "overall_reason", "patient-activation", "patient-activation_level",
                "patient-activation_answered", "patient-activation_missing"), t.header().subList(0, 14));
        // overall 61/20 = 3.05, the mean of items (the PACIC's rule, named); delivery-system-design 7/3 at full precision.
        List<String> cells = t.rows().get(0).cells();
        assertEquals(List.of("pacic-20", "pt-1", "", "", "2026-01-15", "available-items", "MEAN_OF_ITEMS", "3.05", "", "",
                "4", "", "3", "0"), cells.subList(0, 14));
        assertEquals(String.valueOf(7.0 / 3), t.rows().get(0).get("delivery-system-design").orElseThrow());
        assertTrue(t.toCsv().startsWith("instrument,subject,respondent,role,date,policy,overall_rule,overall,"));
    }

    @Test
    void scores_stream_to_a_file_row_by_row_the_same_as_the_table(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        ScoreReport a = PACIC.score(Fixtures.response("pacic-20", "pt-1", Fixtures.BASELINE, Fixtures.pacicAnswers()).build());
        ScoreReport b = PACIC.score(Fixtures.response("pacic-20", "pt-2", Fixtures.BASELINE, Fixtures.pacicAnswers()).build());
        java.nio.file.Path file = dir.resolve("scores.csv");
        assertEquals(2, ScoreCsv.write(file, PACIC, java.util.stream.Stream.of(a, b)));
        assertEquals(ScoreCsv.table(PACIC, List.of(a, b)).toCsv(), java.nio.file.Files.readString(file));
        // A report of another instrument stops the write; the rows before it are kept.
        ScoreReport acic = Instruments.acic35().score(Fixtures.response("acic-3.5", "site", Fixtures.BASELINE,
                Map.of()).build());
        assertThrows(org.ccmcoach.core.value.CcmValidationException.class,
                () -> ScoreCsv.write(file, PACIC, java.util.stream.Stream.of(a, acic)));
        assertEquals(2, java.nio.file.Files.readAllLines(file).size());
    }

    @Test
    void a_role_written_as_a_formula_goes_out_as_text_and_reads_back_as_written() {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Open\")";
        String csv = header() + "\n" + row("pt-1,,\"" + formula.replace("\"", "\"\"") + "\",2026-01-15") + "\n";
        List<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(csv), PACIC, ErrorMode.STOP_AT_FIRST).orThrow();
        String written = ResponseCsv.table(PACIC, read).toCsv();
        // The role cell, by hand: an apostrophe before the formula, quotes doubled, the cell quoted.
        assertTrue(written.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\","), written);
        List<AssessmentResponse> back = ResponseCsv.read(CsvTable.parse(written), PACIC, ErrorMode.STOP_AT_FIRST).orThrow();
        assertEquals(formula, back.get(0).role().orElseThrow());
        // The scores table carries the role too, escaped the same way.
        String scores = ScoreCsv.table(PACIC, List.of(PACIC.score(read.get(0)))).toCsv();
        assertTrue(scores.contains(",\"'=HYPERLINK("), scores);
        assertEquals(formula, CsvTable.parse(scores).rows().get(0).get("role").orElseThrow());
    }

    @Test
    void collecting_keeps_a_hundred_problems_and_counts_the_rest() {
        StringBuilder csv = new StringBuilder(header()).append('\n');
        for (int i = 0; i < 130; i++) {
            csv.append(row("pt-" + i + ",,,someday")).append('\n'); // one problem a row: the date
        }
        CsvRead<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(csv.toString()), PACIC, ErrorMode.COLLECT_ALL);
        assertEquals(100, read.problems().size());
        assertEquals(30, read.moreProblems());
        assertEquals(130, read.problemCount());
        CsvException e = assertThrows(CsvException.class, read::orThrow);
        assertEquals(30, e.more());
    }
}

package org.ccmcoach.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ccmcoach.assessment.Fixtures;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.json.csv.CsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Score tables quote a cell only where CSV needs it, whatever the cell's length, headers included. */
class ScoreCsvTest {

    private static final Instrument PACIC = Instruments.pacic20();

    private static String csvWithRole(String role) {
        ScoreReport r = PACIC.score(Fixtures.response("pacic-20", "pt-1", Fixtures.BASELINE, Fixtures.pacicAnswers())
                .role(role).build());
        return ScoreCsv.table(PACIC, List.of(r)).toCsv();
    }

    @Test
    void long_column_names_are_not_quoted() {
        String header = csvWithRole("nurse").lines().findFirst().orElseThrow();
        // "patient-activation_answered" is 27 characters, past Jackson's 24-character shortcut; no name needs quotes.
        assertEquals(-1, header.indexOf('"'), header);
        assertEquals(true, header.contains(",patient-activation_answered,patient-activation_missing,"), header);
    }

    /** The role is the fourth column, after instrument, subject and respondent (empty here). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "nurse | nurse",
        "care manager | care manager",
        "practice facilitator and quality lead | practice facilitator and quality lead",
        "nurse, RN | \"nurse, RN\"",
        "the \"lead\" | \"the \"\"lead\"\"\"",
        "` nurse` | `\" nurse\"`"})
    void a_cell_is_quoted_only_for_a_comma_a_quote_or_white_space_at_an_end(String role, String written) {
        String row = csvWithRole(role).split("\n(?=pacic-20)")[1];
        assertEquals("pacic-20,pt-1,," + written + ",2026-01-15,", row.substring(0, ("pacic-20,pt-1,," + written + ",2026-01-15,").length()));
        assertEquals(role, CsvTable.parse(csvWithRole(role)).rows().get(0).get("role").orElseThrow());
    }
}

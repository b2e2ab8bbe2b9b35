package org.ccmcoach.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of location formats itself, and a problem reads location, rule, value, whatever the input was. */
class ProblemTest {

    @Test
    void every_location_formats_itself() {
        assertEquals("Practice.name", Location.property("Practice", PropertyPath.of("name")).toString());
        assertEquals("AssessmentResponse.answers[1.1]",
                Location.property("AssessmentResponse", PropertyPath.of("answers").at("1.1")).toString());
        assertEquals("/answers/1.1 (line 5, column 22)", Location.json("/answers/1.1", 5, 22).toString());
        assertEquals("the document", Location.json("", 0, 0).toString());
        assertEquals("line 4, column \"1.1\"", Location.csvCell(4, "1.1").toString());
        assertEquals("line 4", Location.csvCell(4, "").toString());
        assertEquals("QuestionnaireResponse.item[3].answer[0]",
                Location.fhirPath("QuestionnaireResponse.item[3].answer[0]").toString());
        assertEquals("line 2, column 12", Location.text(2, 12).toString());
        assertEquals("line 2", Location.text(2, 0).toString());
    }

    @Test
    void a_property_without_a_value_shows_null_and_other_places_show_none() {
        assertEquals("Practice.id: must not be null (was null)", Problem.of("Practice", "id", "must not be null", null).toString());
        assertEquals("line 3: has 4 cells, the header 5", Problem.ofCsv(3, "", "", "has 4 cells, the header 5").toString());
        assertEquals("line 3, column \"1.1\": must be from 0 to 11 (was \"12\")",
                Problem.ofCsv(3, "1.1", "12", "must be from 0 to 11").toString());
        assertEquals("/date (line 1, column 9): must be a date (was \"x\")",
                Problem.of(Location.json("/date", 1, 9), "must be a date", "x").toString());
    }

    @Test
    void text_from_outside_cannot_forge_a_line_of_a_log() {
        // A column name and a value holding a line break and a bidirectional override are escaped.
        Problem p = Problem.ofCsv(2, "a\nb", "x\u202Ey", "must be a number");
        assertEquals("line 2, column \"a\\u000ab\": must be a number (was \"x\\u202ey\")", p.toString());
        assertEquals(1, p.toString().lines().count());
    }

    @Test
    void only_a_problem_at_a_property_answers_at_property() {
        assertEquals("value", Problem.of("PracticeId", "value", "r", "").atProperty().property());
        assertThrows(IllegalStateException.class, () -> Problem.ofCsv(1, "a", "", "r").atProperty());
    }

    @Test
    void a_validation_exception_holds_problems_at_properties_only() {
        assertThrows(IllegalArgumentException.class,
                () -> CcmValidationException.of(List.of(Problem.ofCsv(1, "a", "", "r"))));
        assertThrows(IllegalArgumentException.class, () -> CcmValidationException.of(List.of()));
    }

    @Test
    void invariants_fail_as_a_value_built_from_input_does() {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> Invariants.of(DateSpan.class)
                .require(true, "start", "must be set", null)
                .require(false, "end", "must not be before start", 3)
                .check());
        assertEquals("DateSpan.end: must not be before start (was 3)", e.getMessage());
    }
}

package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.junit.jupiter.api.Test;

class AssessmentResponseJsonTest {

    @Test
    void the_documented_shape_reads_with_null_as_missing() {
        AssessmentResponse r = CcmJson.parse(
                "{\"instrument\":\"acic-3.5\",\"subject\":\"site-1\",\"date\":\"2026-01-15\",\"answers\":{\"1.1\":7,\"1.2\":null}}",
                AssessmentResponse.class);
        assertEquals(OptionalDouble.of(7), r.answer("1.1"));
        assertEquals(OptionalDouble.empty(), r.answer("1.2"));
        assertEquals(OptionalDouble.empty(), r.answer("1.3"), "absent is missing too");
        assertEquals(2, r.answers().size());
        assertEquals("{\"instrument\":\"acic-3.5\",\"subject\":\"site-1\",\"date\":\"2026-01-15\","
                + "\"answers\":{\"1.1\":7.0,\"1.2\":null}}", CcmJson.toJson(r));
    }

    @Test
    void an_acic_value_of_12_fails_at_its_pointer() {
        String json = "{\"instrument\":\"acic-3.5\",\"subject\":\"site-1\",\"date\":\"2026-01-15\",\"answers\":{\"1.1\":12,\"1.2\":null}}";
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, AssessmentResponse.class));
        assertEquals("/answers/1.1", e.pointer());
        assertEquals(json.indexOf("12") + 1, e.column());
        assertEquals("Cannot read AssessmentResponse at /answers/1.1 (line 1, column 82): "
                + "AssessmentResponse.answers[1.1]: item 1.1 must be from 0 to 11 in whole points (was 12)", e.getMessage());
    }

    @Test
    void bad_dates_and_text_answers_fail_at_their_pointers() {
        assertEquals("/date", assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                "{\"instrument\":\"pacic-20\",\"subject\":\"p\",\"date\":\"15/01/2026\",\"answers\":{}}",
                AssessmentResponse.class)).pointer());
        assertEquals("/answers/3", assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                "{\"instrument\":\"pacic-20\",\"subject\":\"p\",\"date\":\"2026-01-15\",\"answers\":{\"3\":\"often\"}}",
                AssessmentResponse.class)).pointer());
    }

    @Test
    void a_missing_date_is_a_missing_property_of_the_object_that_lacks_it() {
        String json = "{\"instrument\":\"acic-3.5\",\"subject\":\"site-1\",\"answers\":{}}";
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, AssessmentResponse.class));
        // The object is the document itself; it starts at line 1, column 1.
        assertEquals("Cannot read AssessmentResponse at the document (line 1, column 1): required property \"date\" is missing",
                e.getMessage());
        assertEquals(java.util.List.of("", 1, 1, "required property \"date\" is missing"),
                java.util.List.of(e.pointer(), e.line(), e.column(), e.problems().get(0).rule()));
        assertEquals(java.util.Optional.empty(), e.problems().get(0).value());
    }

    @Test
    void a_missing_date_inside_a_list_is_placed_at_its_element() {
        String json = "[\n  {\"instrument\":\"acic-3.5\",\"subject\":\"site-1\",\"date\":\"2026-01-15\",\"answers\":{}},\n"
                + "  {\"instrument\":\"acic-3.5\",\"subject\":\"site-2\",\"answers\":{}}\n]";
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parseList(json, AssessmentResponse.class));
        // The second element's '{' is on line 3 after two spaces: column 3.
        assertEquals("Cannot read a list of AssessmentResponse at /1 (line 3, column 3): required property \"date\" is missing",
                e.getMessage());
    }

    @Test
    void a_date_given_as_null_is_not_missing_but_null() {
        String json = "{\"instrument\":\"acic-3.5\",\"subject\":\"site-1\",\"date\":null,\"answers\":{}}";
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, AssessmentResponse.class));
        assertEquals("/date", e.pointer());
        assertEquals("must not be null", e.problems().get(0).rule());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "2026-02-30 | 2026-02-30 is not a day (February 2026 has 28 days)",
        "2024-02-30 | 2024-02-30 is not a day (February 2024 has 29 days)",
        "2026-04-31 | 2026-04-31 is not a day (April has 30 days)",
        "2026-13-01 | 2026-13-01 is not a day (there is no month 13)",
        "2026-00-10 | 2026-00-10 is not a day (there is no month 0)",
        "2026-01-00 | 2026-01-00 is not a day (there is no day 0)",
        "15/01/2026 | must be a date as YYYY-MM-DD (was \"15/01/2026\")",
        "2026-1-15 | must be a date as YYYY-MM-DD (was \"2026-1-15\")"})
    void a_date_that_names_no_day_says_why(String date, String rule) {
        String json = "{\"instrument\":\"acic-3.5\",\"subject\":\"site-1\",\"date\":\"" + date + "\",\"answers\":{}}";
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, AssessmentResponse.class));
        // {"instrument":"acic-3.5","subject":"site-1","date":  is 51 characters: the date's quote is column 52.
        assertEquals(java.util.List.of("/date", 1, 52, rule),
                java.util.List.of(e.pointer(), e.line(), e.column(), e.problems().get(0).rule()));
        assertEquals("Cannot read AssessmentResponse at /date (line 1, column 52): " + rule, e.getMessage());
    }
}

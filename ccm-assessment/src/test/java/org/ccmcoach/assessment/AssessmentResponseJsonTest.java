package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.json.CcmJacksonModule;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.ccmcoach.json.InvalidCcmValueException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

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

    /** An application's own mapper as Spring Boot 4 builds it with the README's customizer. */
    private static final JsonMapper MINE = CcmJacksonModule.strictReading(JsonMapper.builder().findAndAddModules()).build();

    /**
     * An ACIC 3.5 response, one answer a line: the answers open on line 5, so the answer to item 1.1
     * is on line 6 and 1.2 on line 7, each value after the 11 characters of {@code     "1.1": }, at column 12.
     */
    private static String acic(String answerTo11) {
        StringBuilder json = new StringBuilder("{\n  \"instrument\": \"acic-3.5\",\n  \"subject\": \"site-1\",\n"
                + "  \"date\": \"2026-01-15\",\n  \"answers\": {\n");
        List<String> items = Instruments.acic35().items().stream().map(Item::id).toList();
        for (int i = 0; i < items.size(); i++) {
            json.append("    \"").append(items.get(i)).append("\": ").append(i == 0 ? answerTo11 : "5")
                    .append(i + 1 < items.size() ? ",\n" : "\n");
        }
        return json.append("  }\n}\n").toString();
    }

    private static InvalidCcmValueException refused(String json) {
        return assertThrows(InvalidCcmValueException.class, () -> MINE.readValue(json, AssessmentResponse.class));
    }

    @Test
    void an_applications_own_mapper_checks_a_response_against_its_instrument_as_bad_input() {
        assertEquals(5.0, MINE.readValue(acic("5"), AssessmentResponse.class).answer("1.2").orElseThrow());
        // Off the ACIC's 0..11 scale.
        InvalidCcmValueException offScale = refused(acic("15"));
        assertEquals(new Location.JsonValue("/answers/1.1", 6, 12), offScale.problems().get(0).location());
        assertEquals(Optional.of(15.0), offScale.problems().get(0).value());
        assertEquals("Cannot read AssessmentResponse at /answers/1.1 (line 6, column 12): AssessmentResponse.answers[1.1]: "
                + "item 1.1 must be from 0 to 11 in whole points (was 15)", offScale.getOriginalMessage());
        // A fraction on the whole-point scale.
        InvalidCcmValueException fraction = refused(acic("5.5"));
        assertEquals(new Location.JsonValue("/answers/1.1", 6, 12), fraction.problems().get(0).location());
        assertEquals(Optional.of(5.5), fraction.problems().get(0).value());
        // An item the ACIC does not have, in the place of 1.2 on line 7.
        InvalidCcmValueException unknownItem = refused(acic("5").replace("\"1.2\"", "\"9.9\""));
        assertEquals(new Location.JsonValue("/answers/9.9", 7, 12), unknownItem.problems().get(0).location());
        assertEquals("is not an item of acic-3.5", unknownItem.problems().get(0).rule());
    }

    @Test
    void an_applications_own_mapper_refuses_a_missing_date_at_the_response() {
        InvalidCcmValueException e = refused(acic("5").replace("  \"date\": \"2026-01-15\",\n", ""));
        // No value is at /date: the problem is the response's, at its own `{`, line 1, column 1, as CcmJson says it.
        assertEquals(new Location.JsonValue("", 1, 1), e.problems().get(0).location());
        assertEquals("required property \"date\" is missing", e.problems().get(0).rule());
    }

    @Test
    void a_response_to_an_instrument_nobody_registered_is_read_as_it_is() {
        // Only a known instrument is checked while reading; this one is checked when it is scored.
        assertEquals("acic-9", MINE.readValue(acic("15").replace("acic-3.5", "acic-9"), AssessmentResponse.class).instrument().value());
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

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
}

package org.ccmcoach.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmInputException;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.csv.CsvTable;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/**
 * An application handles every kind of bad input ccm refuses in one {@code catch}: a JSON document,
 * a CSV row, a FHIR resource and a value built in code each give problems of the one shape, each at
 * the kind of location its input has.
 */
class OneCatchTest {

    /** What an application's single handler keeps: the problems of whatever failed. */
    private static List<Problem> refused(Runnable read) {
        try {
            read.run();
        } catch (CcmInputException e) {
            return e.problems();
        }
        throw new AssertionError("the input was accepted");
    }

    @Test
    void one_catch_handles_json_csv_fhir_and_values_built_in_code() {
        List<List<Problem>> found = new ArrayList<>();
        // A JSON document: "1.1" off the ACIC's 0..11 scale, on line 1.
        found.add(refused(() -> CcmJson.parse("{\"instrument\":\"acic-3.5\",\"subject\":\"s\",\"date\":\"2026-01-20\","
                + "\"answers\":{\"1.1\":15}}", AssessmentResponse.class)));
        // A CSV file whose header names a column twice.
        found.add(refused(() -> CsvTable.parse("a,a\n1,2\n")));
        // A FHIR resource that is not JSON at line 2, column 12.
        found.add(refused(() -> FhirJson.parse("{\"resourceType\": \"Observation\",\n \"status\": }", Observation.class)));
        // A value built in code: an empty identifier.
        found.add(refused(() -> PracticeId.of("")));

        Location.JsonValue json = assertInstanceOf(Location.JsonValue.class, found.get(0).get(0).location());
        assertEquals("/answers/1.1", json.pointer());
        assertEquals(1, json.line());
        assertEquals(Location.csvCell(1, "a"), found.get(1).get(0).location());
        assertEquals(Location.text(2, 12), found.get(2).get(0).location());
        assertEquals("PracticeId.value", found.get(3).get(0).location().toString());
    }
}

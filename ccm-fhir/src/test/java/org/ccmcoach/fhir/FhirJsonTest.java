package org.ccmcoach.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

class FhirJsonTest {

    @Test
    void malformed_json_is_located_by_line_and_column() {
        CcmFhirException e = assertThrows(CcmFhirException.class,
                () -> FhirJson.parse("{\"resourceType\": \"Observation\",\n \"status\": }", Observation.class));
        assertEquals("line 2, column 12", e.problems().get(0).location().toString());
    }

    /** HAPI's parser would keep the last of two "status" properties; ccm refuses the document. */
    @Test
    void a_repeated_property_is_refused_not_silently_overwritten() {
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirJson.parse(
                "{\"resourceType\": \"Observation\", \"status\": \"final\", \"status\": \"entered-in-error\"}",
                Observation.class));
        // The second "status" starts at column 52 of line 1 (51 characters before it); Jackson's parser
        // finds the repeat once it has read the name, so the place is just after it: 52 + 8 = column 60.
        assertEquals(org.ccmcoach.core.value.Problem.of(org.ccmcoach.core.value.Location.text(1, 60),
                "the property \"status\" is given twice: HAPI's parser would keep the last silently; give it once"),
                e.problems().get(0), e.getMessage());
    }

    /** A second value after the resource would be dropped unseen by HAPI's parser. */
    @Test
    void a_document_holds_one_resource() {
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirJson.parse(
                "{\"resourceType\": \"Observation\", \"status\": \"final\"}\n{\"resourceType\": \"Observation\"}",
                Observation.class));
        assertEquals(org.ccmcoach.core.value.Problem.of(org.ccmcoach.core.value.Location.text(2, 1), "must end after the resource: a document holds one"),
                e.problems().get(0));
    }

    @Test
    void another_resource_type_and_unknown_elements_are_named() {
        CcmFhirException type = assertThrows(CcmFhirException.class,
                () -> FhirJson.parse("{\"resourceType\": \"Observation\"}", QuestionnaireResponse.class));
        assertEquals(FhirProblems.of("resourceType", "must be QuestionnaireResponse", "Observation"), type.problems().get(0));
        CcmFhirException unknown = assertThrows(CcmFhirException.class, () -> FhirJson.parse(
                "{\"resourceType\": \"Observation\", \"status\": \"final\", \"colour\": \"red\", \"code\": {\"txt\": 1}}",
                Observation.class));
        assertEquals(2, unknown.problems().size(), unknown.getMessage());
        assertTrue(unknown.problems().get(0).toString().contains("colour"), unknown.getMessage());
    }

    @Test
    void bytes_that_are_not_utf8_or_too_deep_are_refused() {
        byte[] latin1 = "{\"resourceType\": \"Observation\", \"status\": \"fin\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(CcmFhirException.class, () -> FhirJson.parse(latin1, Observation.class));
        String deep = "{\"resourceType\": \"Observation\", \"extension\": " + "[".repeat(500) + "]".repeat(500) + "}";
        assertThrows(CcmFhirException.class, () -> FhirJson.parse(deep, Observation.class));
    }

    /** A linkId or element name from a hostile sender cannot add a line to a log. */
    @Test
    void text_from_the_resource_cannot_forge_a_line_of_the_message() {
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirJson.parse(
                "{\"resourceType\": \"Observation\", \"id\": \"x\", \"status\": \"final\", \"bad\\nINFO all fine\": 1}",
                Observation.class));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains("has no element \"bad\\nINFO all fine\""), e.getMessage());
    }
}

package org.ccmcoach.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/**
 * What R4 refuses and HAPI's parser lets pass, refused by every reader through FhirJson, each at its
 * FHIRPath. The rules are R4's own, quoted in each test.
 */
class FhirJsonStrictnessTest {

    private static final String OBSERVATION = "{\"resourceType\": \"Observation\", \"status\": \"final\","
            + " \"code\": {\"text\": \"x\"}, ";

    private static List<String> locations(CcmFhirException e) {
        return e.problems().stream().map(p -> p.location().toString()).toList();
    }

    /**
     * R4 §2.13 (Modifier Extensions): "implementations processing the data in an instance SHALL check
     * for modifier extensions … if it finds one it does not understand, it SHALL refuse".
     */
    @Test
    void a_modifier_extension_anywhere_is_refused_at_its_fhirpath() {
        CcmFhirException root = assertThrows(CcmFhirException.class, () -> FhirJson.parse(OBSERVATION
                + "\"modifierExtension\": [{\"url\": \"http://example.org/not-really\", \"valueBoolean\": true}]}",
                Observation.class));
        assertEquals(List.of("Observation.modifierExtension[0]"), locations(root), root.getMessage());
        assertEquals("http://example.org/not-really", root.problems().get(0).value().orElseThrow());

        CcmFhirException nested = assertThrows(CcmFhirException.class, () -> FhirJson.parse("{\"resourceType\": \"Bundle\","
                + " \"type\": \"collection\", \"entry\": [{\"resource\": " + OBSERVATION + "\"component\": [{\"code\":"
                + " {\"text\": \"c\"}, \"modifierExtension\": [{\"url\": \"http://example.org/m\", \"valueString\": \"y\"}]}]}},"
                + " {\"modifierExtension\": [{\"url\": \"http://example.org/e\", \"valueString\": \"z\"}]}]}", Bundle.class));
        assertEquals(List.of("Bundle.entry[0].resource.component[0].modifierExtension[0]",
                "Bundle.entry[1].modifierExtension[0]"), locations(nested), nested.getMessage());
    }

    /** R4 JSON (§2.6.2): integers and decimals are JSON numbers, booleans JSON true and false, never strings. */
    @Test
    void a_number_or_boolean_written_as_a_string_is_refused() {
        CcmFhirException integer = assertThrows(CcmFhirException.class, () -> FhirJson.parse(OBSERVATION
                + "\"valueInteger\": \"2\"}", Observation.class));
        assertEquals(List.of(FhirProblems.of("Observation.value", "must be a JSON number, not a string: write it"
                + " without quotes, as R4's JSON does for a integer", "2")), integer.problems());
        CcmFhirException decimal = assertThrows(CcmFhirException.class, () -> FhirJson.parse(OBSERVATION
                + "\"valueQuantity\": {\"value\": \"1.5\"}}", Observation.class));
        assertEquals(List.of("Observation.value.value"), locations(decimal));
        CcmFhirException bool = assertThrows(CcmFhirException.class, () -> FhirJson.parse(OBSERVATION
                + "\"valueBoolean\": \"true\"}", Observation.class));
        assertTrue(bool.problems().get(0).rule().startsWith("must be a JSON true or false"), bool.getMessage());
        // and the other way: a number where R4 wants a string
        CcmFhirException text = assertThrows(CcmFhirException.class, () -> FhirJson.parse(
                "{\"resourceType\": \"Observation\", \"status\": \"final\", \"code\": {\"text\": 5}}", Observation.class));
        assertEquals(List.of("Observation.code.text"), locations(text), text.getMessage());
        // a string value that only looks like a number is fine where R4 wants a string
        FhirJson.parse("{\"resourceType\": \"Observation\", \"status\": \"final\", \"code\": {\"text\": \"5\"},"
                + " \"valueString\": \"true\"}", Observation.class);
    }

    /** R4 dateTime: "If hours and minutes are specified, a time zone SHALL be populated." */
    @Test
    void a_date_time_with_a_time_and_no_zone_is_refused() {
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirJson.parse(OBSERVATION
                + "\"effectiveDateTime\": \"2026-03-01T09:30:00\", \"issued\": \"2026-03-01T10:00:00.000\"}",
                Observation.class));
        assertEquals(List.of("Observation.effective", "Observation.issued"), locations(e), e.getMessage());
        // a zone, Z, or a date alone is what R4 asks
        FhirJson.parse(OBSERVATION + "\"effectiveDateTime\": \"2026-03-01T09:30:00-08:00\", \"issued\":"
                + " \"2026-03-01T10:00:00Z\"}", Observation.class);
        FhirJson.parse(OBSERVATION + "\"effectiveDateTime\": \"2026-03\"}", Observation.class);
    }

    /** R4 Resource.implicitRules: a reader that does not understand the rules SHALL refuse the resource. */
    @Test
    void implicit_rules_are_refused() {
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirJson.parse(
                "{\"resourceType\": \"Observation\", \"implicitRules\": \"http://example.org/rules\", \"status\": \"final\","
                        + " \"code\": {\"text\": \"x\"}}", Observation.class));
        assertEquals(List.of("Observation.implicitRules"), locations(e));
    }

    /**
     * R4 JSON lets a primitive carry an extension and no value ("_total": {...}); the value is then
     * absent, not an error, and nothing trips on it.
     */
    @Test
    void a_primitive_with_only_an_extension_is_read_as_absent() {
        Bundle b = FhirJson.parse("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"_total\": {\"extension\":"
                + " [{\"url\": \"http://hl7.org/fhir/StructureDefinition/data-absent-reason\", \"valueCode\": \"unknown\"}]}}",
                Bundle.class);
        assertTrue(b.hasTotalElement());
        assertEquals(null, b.getTotalElement().getValue());
    }

    /**
     * A mapping that trips on what parsing already refused (a total HAPI could not read, left
     * empty) reports the parsing's problems, so only CcmFhirException leaves a reader; on a document
     * with no problem, a mapping's fault is ccm's bug and is not disguised.
     */
    @Test
    void a_mapping_tripping_on_a_refused_value_reports_the_refusal() {
        FhirJson.Parsed<Bundle> parsed = FhirJson.parseCollecting(("{\"resourceType\":\"Bundle\",\"type\":\"collection\","
                + "\"total\":\"x\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8), Bundle.class);
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> parsed.map(b -> b.getTotal()));
        assertEquals(List.of(FhirProblems.of("Bundle.total", "must be a valid FHIR unsignedInt", "x")), e.problems());
        FhirJson.Parsed<Bundle> clean = FhirJson.parseCollecting("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Bundle.class);
        assertThrows(IllegalStateException.class, () -> clean.map(b -> {
            throw new IllegalStateException("a bug of ccm's");
        }));
    }
}

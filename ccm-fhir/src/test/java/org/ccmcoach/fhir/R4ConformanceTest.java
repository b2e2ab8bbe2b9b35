package org.ccmcoach.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/** The checker itself finds what the specification forbids, so a pass elsewhere means something. */
class R4ConformanceTest {

    @Test
    void a_resource_missing_a_required_element_breaks_the_schema() {
        List<String> problems = R4Conformance.problems(new Observation());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("schema:") && p.contains("status")), problems.toString());
    }

    @Test
    void an_extension_with_a_value_and_nested_extensions_fails_hapis_strict_parser() {
        Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setCode(new CodeableConcept().setText("x"));
        org.hl7.fhir.r4.model.Extension both = new org.hl7.fhir.r4.model.Extension("http://example.org/x",
                new org.hl7.fhir.r4.model.StringType("a"));
        both.addExtension("http://example.org/y", new org.hl7.fhir.r4.model.StringType("b"));
        o.addExtension(both);
        assertTrue(R4Conformance.problems(o).stream().anyMatch(p -> p.startsWith("strict parser:")),
                R4Conformance.problems(o).toString());
    }

    @Test
    void a_value_beside_a_data_absent_reason_breaks_obs_6() {
        Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setCode(new CodeableConcept().setText("x"));
        o.setValue(new Quantity(3)).setDataAbsentReason(new CodeableConcept().setText("y"));
        assertEquals(List.of("obs-6 at Observation: dataAbsentReason SHALL only be present if Observation.value[x] is not present"),
                R4Conformance.problems(o));
    }

    @Test
    void a_repeated_link_id_at_any_depth_breaks_que_2() {
        Questionnaire q = new Questionnaire().setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE);
        q.addItem().setLinkId("a").setType(Questionnaire.QuestionnaireItemType.GROUP)
                .addItem().setLinkId("a").setType(Questionnaire.QuestionnaireItemType.INTEGER);
        assertTrue(R4Conformance.problems(q).stream().anyMatch(p -> p.startsWith("que-2")), R4Conformance.problems(q).toString());
    }
}

package org.ccmcoach.fhir.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * R4 lets any primitive carry an extension and no value ({@code "_authored": {"extension": […]}},
 * JSON §2.6.2, "the value may be absent"), typically a data-absent-reason. Each such element is read
 * as absent, or refused as ccm's own problem: never a {@code NullPointerException}.
 */
class PrimitivesWithExtensionsTest {

    private static final Instrument PACIC = Instruments.pacic20();
    private static final String ABSENT = "{\"extension\": [{\"url\": \"http://hl7.org/fhir/StructureDefinition/data-absent-reason\","
            + " \"valueCode\": \"unknown\"}]}";

    private static String response() throws Exception {
        return Files.readString(Path.of("../examples/data/fhir/pacic-c1-team1/pacic-c1-team1-f01.json"));
    }

    @Test
    void an_authored_date_given_only_as_an_extension_is_missing_and_refused() throws Exception {
        String json = response().replace("\"authored\": \"2026-11-13T09:07:00-08:00\"", "\"_authored\": " + ABSENT);
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirResponses.parse(json, PACIC));
        assertEquals(List.of("QuestionnaireResponse.authored: must be given: ccm dates a response by when it was authored"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void a_questionnaire_given_only_as_an_extension_names_none() throws Exception {
        String json = response().replace("\"questionnaire\": \"http://ccmcoach.org/fhir/Questionnaire/pacic-20|20-item\"",
                "\"_questionnaire\": " + ABSENT);
        // It answers PACIC items, so it is taken as the PACIC's, as a response naming no questionnaire is.
        AssessmentResponse r = FhirResponses.parse(json, PACIC);
        assertEquals(OptionalDouble.of(3), r.answer("1"));
    }

    @Test
    void a_subject_reference_given_only_as_an_extension_is_no_subject() throws Exception {
        String json = response().replace("\"reference\": \"Organization/c1-team1\"", "\"_reference\": " + ABSENT);
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirResponses.parse(json, PACIC));
        assertEquals("QuestionnaireResponse.subject", e.problems().get(0).location().toString());
    }

    @Test
    void an_answer_value_given_only_as_an_extension_is_a_missing_answer() throws Exception {
        // item 1's answer {"valueInteger": 3} becomes {"_valueInteger": {extension}}: absent with a reason
        String json = response().replaceFirst("\\{\\s*\"valueInteger\": 3\\s*}", "{\"_valueInteger\": " + ABSENT + "}");
        AssessmentResponse r = FhirResponses.parse(json, PACIC);
        assertEquals(OptionalDouble.empty(), r.answer("1"));
    }

    @Test
    void a_questionnaire_url_and_a_question_text_given_only_as_extensions_are_absent() {
        Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(PACIC);
        String json = FhirJson.toJson(q)
                .replace("\"url\":\"http://ccmcoach.org/fhir/Questionnaire/pacic-20\"", "\"_url\":" + ABSENT)
                .replaceFirst("\"text\":\"([^\"]*)\",\"type\":\"integer\"", "\"_text\":" + ABSENT + ",\"type\":\"integer\"");
        Instrument back = InstrumentQuestionnaires.toInstrument(FhirJson.parse(json, Questionnaire.class));
        assertEquals(PACIC.id(), back.id(), "named by the resource id, pacic-20, when the url has no value");
        assertEquals(Optional.empty(), back.items().get(0).title(), "a question whose text has no value has no title");
    }
}

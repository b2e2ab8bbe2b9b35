package org.ccmcoach.fhir;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.fhir.observation.MeasureBundles;
import org.ccmcoach.fhir.questionnaire.FhirResponses;
import org.ccmcoach.fhir.questionnaire.InstrumentQuestionnaires;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shapes of hostile FHIR JSON that ccm-fuzz's random bytes rarely reach, each of which must end in
 * a CcmFhirException and nothing else (no NullPointerException, ClassCastException or
 * StackOverflowError from HAPI's parser or the mappings).
 */
class HostileInputTest {

    static List<String> documents() {
        return List.of(
                "{\"resourceType\": \"QuestionnaireResponse\", \"item\": null}",
                "{\"resourceType\": \"QuestionnaireResponse\", \"item\": {\"linkId\": 1}}",
                "{\"resourceType\": \"QuestionnaireResponse\", \"item\": [" + "{\"linkId\": \"g\", \"item\": [".repeat(90)
                        + "{\"linkId\": \"1\"}" + "]}".repeat(90) + "]}",
                "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"authored\": \"0000-00-00\"}",
                "{\"resourceType\": \"QuestionnaireResponse\", \"questionnaire\": \"|||\", \"subject\": {\"reference\": \"/\"}}",
                "{\"resourceType\": \"QuestionnaireResponse\", \"item\": [{\"linkId\": \"1\", \"answer\": [{\"valueInteger\": 1e400}]}]}",
                "{\"resourceType\": \"QuestionnaireResponse\", \"contained\": [{\"resourceType\": \"Nope\"}]}",
                "{\"resourceType\": \"QuestionnaireResponse\", \"contained\": [{\"resourceType\": \"Bundle\", \"entry\": "
                        + "[{\"resource\": {\"resourceType\": \"Bundle\"}}]}]}",
                "{\"resourceType\": \"Questionnaire\", \"item\": [{\"type\": \"group\", \"item\": [{\"type\": \"integer\","
                        + " \"extension\": [{\"url\": \"http://hl7.org/fhir/StructureDefinition/minValue\", \"valueString\": \"x\"}]}]}]}",
                "{\"resourceType\": \"Questionnaire\", \"url\": \"http://x.org/Questionnaire/q\", \"version\": \"1\","
                        + " \"title\": \"t\", \"description\": \"d\", \"status\": \"active\", \"item\": [{\"linkId\": \"g\","
                        + " \"text\": \"G\", \"type\": \"group\", \"item\": [{\"linkId\": \"n\", \"type\": \"display\"}]}]}",
                "{\"resourceType\": \"Questionnaire\", \"extension\": [{\"url\": \"http://ccmcoach.org/fhir/StructureDefinition/level-band\","
                        + " \"extension\": [{\"url\": \"min\", \"valueDecimal\": 1e308}]}]}",
                "{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": {\"resourceType\": \"Observation\", \"status\": \"final\","
                        + " \"effectiveDateTime\": \"2026\", \"valueRatio\": {\"numerator\": {\"value\": -1}, \"denominator\": {}}}}]}",
                "{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": {\"resourceType\": \"Observation\", \"status\": \"final\","
                        + " \"effectivePeriod\": {}, \"valueQuantity\": {\"value\": 1e999}}}]}");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void only_ccms_exception_escapes(String json) {
        assertThrows(CcmFhirException.class, () -> read(json));
    }

    private static void read(String json) {
        if (json.contains("\"Bundle\", \"entry\"") && json.startsWith("{\"resourceType\": \"Bundle\"")) {
            MeasureBundles.toSeries(FhirJson.parse(json, Bundle.class), "x");
        } else if (json.startsWith("{\"resourceType\": \"Questionnaire\",")) {
            InstrumentQuestionnaires.toInstrument(FhirJson.parse(json, Questionnaire.class));
        } else {
            FhirResponses.toAssessment(FhirJson.parse(json, QuestionnaireResponse.class), Instruments.pacic20());
        }
    }
}

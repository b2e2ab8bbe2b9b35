package org.ccmcoach.fhir.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.MissingDataPolicy;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.questionnaire.FhirResponses;
import org.ccmcoach.fhir.questionnaire.InstrumentQuestionnaires;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * The cases issue 30 names, each on a published form (sources in {@code corpus/SOURCES.md}); the
 * totals are worked by hand from the forms' own weights.
 */
class PublishedPhq9Test {

    /** LHC-Forms' PHQ-9 (lforms test/data/R4/phq9.json): flat, linkIds such as /44250-9, ordinalValue on each option. */
    @Test
    void the_lhc_forms_phq9_with_its_slash_linkids_scores_as_a_sum() {
        Instrument phq9 = PublishedFormsTest.instrument(PublishedFormsTest.questionnaire("lhc-phq9.json"));
        assertEquals("44249-1", phq9.id().toString(), "named by its LOINC panel code: it has no url or id");
        assertEquals(List.of("/44250-9", "/44255-8", "/44259-0", "/44254-1", "/44251-7", "/44258-2", "/44252-5",
                "/44253-3", "/44260-8"), phq9.items().stream().map(Item::id).toList());
        // The total item (44261-6, a calculatedExpression) and the difficulty question (69722-7, no weights) count in no score.
        assertEquals(java.util.Set.of("/44261-6", "/69722-7"), phq9.unscoredQuestions());
        assertEquals(OverallRule.SUM_OF_ITEMS, phq9.overallRule(), "its calculatedExpression sums q1..q9's weights");
        assertEquals("0..3", phq9.scale().range());
        // Answers LA6569-3, LA6570-1, LA6571-9, LA6570-1, LA6569-3, LA6568-5, LA6569-3, LA6568-5, LA6568-5:
        // 1 + 2 + 3 + 2 + 1 + 0 + 1 + 0 + 0 = 10, the PHQ-9 total (not the mean, 10 / 9 = 1.11).
        ScoreReport report = phq9.score(PublishedFormsTest.assess(PublishedFormsTest.response("derived-lhc-phq9-response.json"), phq9));
        assertEquals(OptionalDouble.of(10), report.overall());
    }

    /** SDC for R4 renamed ordinalValue to itemWeight (HL7/sdc changes.xml, 4.0.0-ballot: "Changed ordinalValue to itemWeight"). */
    @Test
    void a_questionnaire_weighted_by_item_weight_scores_the_same() {
        Instrument phq9 = PublishedFormsTest.instrument(PublishedFormsTest.questionnaire("derived-lhc-phq9-itemWeight.json"));
        ScoreReport report = phq9.score(PublishedFormsTest.assess(PublishedFormsTest.response("derived-lhc-phq9-response.json"), phq9));
        assertEquals(OptionalDouble.of(10), report.overall(), "1 + 2 + 3 + 2 + 1 + 0 + 1 + 0 + 0");
    }

    /** HL7's SDC PHQ-9 response (2021 JSON) sends each answer as a code only: no system, no weight. */
    @Test
    void hl7s_code_only_phq9_response_totals_10() {
        Instrument phq9 = PublishedFormsTest.instrument(PublishedFormsTest.questionnaire("sdc2021-questionnaire-PHQ9.json"));
        AssessmentResponse r = PublishedFormsTest.assess(PublishedFormsTest.response("sdc2021-questionnaireresponse-PHQ9.json"), phq9);
        // Not-at-all ×3, Several-days, More than half the days, Several-days, Nearly every day, More than half
        // the days, Several-days: 0 + 0 + 0 + 1 + 2 + 1 + 3 + 2 + 1 = 10. (The response's own total item says 13;
        // it is a calculated item, skipped.)
        assertEquals(OptionalDouble.of(10), phq9.score(r).overall());
        assertEquals(OptionalDouble.of(3), r.answer("H1/T1/Q7"));
    }

    /** An answer's weight that disagrees with its Questionnaire is refused, never scored as 0. */
    @Test
    void a_weight_that_disagrees_with_the_questionnaire_is_refused_where_it_is() {
        Instrument phq9 = PublishedFormsTest.instrument(PublishedFormsTest.questionnaire("lhc-phq9.json"));
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> PublishedFormsTest.assess(
                PublishedFormsTest.response("derived-lhc-phq9-response-ordinal-disagrees.json"), phq9));
        assertEquals(List.of("QuestionnaireResponse.item[2].answer[0].value: item /44259-0: the answer carries weight 0, but"
                + " 44249-1 scores LA6571-9 (Nearly every day) as 3: ccm scores the code chosen; correct or remove the"
                + " weight (was \"0\")"), e.problems().stream().map(Object::toString).toList());
    }

    /** A 30-digit weight is read exactly: it is not the code's 2, and it is not rounded onto the whole-point scale. */
    @Test
    void a_weight_of_thirty_digits_is_read_exactly_not_rounded() {
        Instrument phq9 = PublishedFormsTest.instrument(PublishedFormsTest.questionnaire("lhc-phq9.json"));
        String json = new String(PublishedFormsTest.bytes("derived-lhc-phq9-response-with-weights.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"valueDecimal\": 2\\b", "\"valueDecimal\": 2.00000000000000000000000000001");
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> PublishedFormsTest.assess(
                FhirJson.parse(json.getBytes(StandardCharsets.UTF_8), org.hl7.fhir.r4.model.QuestionnaireResponse.class), phq9));
        assertTrue(e.getMessage().contains("the answer carries weight 2.00000000000000000000000000001, but 44249-1 scores"
                + " LA6570-1 (More than half the days) as 2"), e.getMessage());
    }

    /** SDC 4.0.0's PHQ-9 weighs "Nearly every day" 4 in its value set and 3 in its CodeSystem: refused when both are known. */
    @Test
    void a_value_set_and_its_code_system_that_weigh_a_code_differently_are_refused() {
        Questionnaire q = PublishedFormsTest.questionnaire("sdc-questionnaire-PHQ9.json");
        CodeSystem cs = FhirJson.parse(PublishedFormsTest.bytes("sdc-CodeSystem-CSPHQ9.json"), CodeSystem.class);
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> InstrumentQuestionnaires.toInstrument(q, List.of(cs)));
        assertTrue(e.getMessage().contains("weighs code \"Nearly every day\" 4 where its CodeSystem"
                + " \"http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9\" weighs it 3"), e.getMessage());
        // Alone, the Questionnaire's own weights hold: 0+0+0+1+2+1+4+2+1 = 11.
        Instrument phq9 = InstrumentQuestionnaires.toInstrument(q);
        assertEquals(OptionalDouble.of(11), phq9.score(PublishedFormsTest.assess(
                PublishedFormsTest.response("sdc-questionnaireresponse-PHQ9.json"), phq9)).overall());
    }

    /** An option without a weight (asked-declined) is a missing answer under the policy, not a refusal of the form. */
    @Test
    void a_declined_answer_is_missing_and_the_policy_decides() {
        Questionnaire q = PublishedFormsTest.questionnaire("derived-phr-gad7-itemWeight.json");
        Instrument gad7 = InstrumentQuestionnaires.toInstrument(q, OverallRule.SUM_OF_ITEMS);
        AssessmentResponse r = PublishedFormsTest.assess(
                PublishedFormsTest.response("derived-phr-gad7-response-asked-declined.json"), gad7);
        assertEquals(OptionalDouble.empty(), r.answer("69735-9"));
        ScoreReport complete = gad7.score(r);
        assertEquals(OptionalDouble.empty(), complete.overall(), "a sum over 6 of 7 items is not the GAD-7 total");
        assertEquals("1 of 7 items missing; policy complete-only allows 0", complete.overallReason().orElseThrow());
        // Under available items: 0 + 0 + 1 + 1 + 1 + 0 = 3 over the six answered.
        assertEquals(OptionalDouble.of(3), gad7.score(r, MissingDataPolicy.availableItems()).overall());
    }

    /** A PHQ-9 from elsewhere written back as ccm's Questionnaire keeps its codes and its sum. */
    @Test
    void a_coded_instrument_round_trips_through_ccms_questionnaire() {
        Instrument phq9 = PublishedFormsTest.instrument(PublishedFormsTest.questionnaire("lhc-phq9.json"));
        Questionnaire written = InstrumentQuestionnaires.toQuestionnaire(phq9);
        Instrument back = InstrumentQuestionnaires.toInstrument(
                FhirJson.parse(FhirJson.toJson(written).getBytes(StandardCharsets.UTF_8), Questionnaire.class));
        assertEquals(phq9, back, "the questions it does not score included, as ccm's unscored-question extension");
        assertEquals(List.of(), org.ccmcoach.fhir.R4Conformance.problems(written));
    }
}

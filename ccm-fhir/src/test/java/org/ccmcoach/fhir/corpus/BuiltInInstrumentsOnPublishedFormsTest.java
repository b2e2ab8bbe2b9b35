package org.ccmcoach.fhir.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.observation.ScoreObservations;
import org.ccmcoach.fhir.questionnaire.FhirResponses;
import org.ccmcoach.fhir.questionnaire.InstrumentQuestionnaires;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * ccm's built-in PHQ-9 and GAD-7 reading the published forms of {@code corpus/SOURCES.md} by their
 * LOINC codes, whatever linkIds each form uses. The totals are the ones {@code expected.json}
 * works by hand, and for the PHR IG's forms the ones its own Observation examples publish.
 */
class BuiltInInstrumentsOnPublishedFormsTest {

    private static ScoreReport score(String form, String response, Instrument instrument) {
        Questionnaire q = PublishedFormsTest.questionnaire(form);
        AssessmentResponse r = FhirResponses.toAssessment(PublishedFormsTest.response(response), q, instrument,
                SubjectId.of("pt-1"));
        return instrument.score(r);
    }

    @Test
    void lhc_forms_phq9_asks_the_loinc_items_under_slash_linkids() {
        // LA6569-3, LA6570-1, LA6571-9, LA6570-1, LA6569-3, LA6568-5, LA6569-3, LA6568-5, LA6568-5:
        // 1 + 2 + 3 + 2 + 1 + 0 + 1 + 0 + 0 = 10, moderate (10-14).
        ScoreReport report = score("lhc-phq9.json", "derived-lhc-phq9-response.json", Instruments.phq9());
        assertEquals(OptionalDouble.of(10), report.overall());
        assertEquals("moderate", report.overallLevel().orElseThrow());
        assertEquals(9, report.answered(), "the nine items, not the total /44261-6 or the difficulty question /69722-7");
        assertEquals(OptionalDouble.of(10),
                score("lhc-phq9.json", "derived-lhc-phq9-response-with-weights.json", Instruments.phq9()).overall());
    }

    @Test
    void a_form_without_weights_is_scored_by_the_built_in_loinc_answer_codes() {
        // The form has no weights, so InstrumentQuestionnaires.toInstrument refuses it (expected.json); the
        // built-in PHQ-9 scores LOINC's answer codes 0..3: the same 10 as above.
        assertEquals(OptionalDouble.of(10),
                score("derived-lhc-phq9-noweights.json", "derived-lhc-phq9-response.json", Instruments.phq9()).overall());
    }

    @Test
    void an_answer_weight_that_disagrees_with_loinc_is_refused() {
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> score("lhc-phq9.json",
                "derived-lhc-phq9-response-ordinal-disagrees.json", Instruments.phq9()));
        assertTrue(e.getMessage().contains("item 44259-0: the answer carries weight 0, but phq-9 scores LA6571-9"), e.getMessage());
    }

    @Test
    void the_phr_igs_phq9_and_gad7_total_3_minimal_as_its_observation_examples_publish() {
        // Observation-PHR-ScoredAssessment-PHQ9.fsh and -GAD7.fsh: component 44261-6 / 70274-6 valueInteger = 3, "Minimal".
        ScoreReport phq9 = score("phr-questionnaire-phq9.json", "phr-questionnaireresponse-phq9.json", Instruments.phq9());
        assertEquals(OptionalDouble.of(3), phq9.overall());
        assertEquals("minimal", phq9.overallLevel().orElseThrow());
        ScoreReport gad7 = score("phr-questionnaire-gad7.json", "phr-questionnaireresponse-gad7.json", Instruments.gad7());
        assertEquals(OptionalDouble.of(3), gad7.overall());
        assertEquals("minimal", gad7.overallLevel().orElseThrow());
        // Its linkIds are the LOINC codes themselves, but it names its own form, not ccm's: the form must be given.
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirResponses.toAssessment(
                PublishedFormsTest.response("phr-questionnaireresponse-phq9.json"), Instruments.phq9()));
        assertTrue(e.getMessage().contains("QuestionnaireResponse.questionnaire: must be the questionnaire of phq-9"), e.getMessage());
    }

    @Test
    void lhc_gad7_totals_8_mild_and_a_declined_item_leaves_no_total_under_complete_answers() {
        // LA6569-3, LA6570-1, LA6569-3, LA6568-5, LA6569-3, LA6570-1, LA6569-3: 1 + 2 + 1 + 0 + 1 + 2 + 1 = 8.
        ScoreReport lhc = score("derived-lhc-gad7.json", "derived-lhc-gad7-response.json", Instruments.gad7());
        assertEquals(OptionalDouble.of(8), lhc.overall());
        assertEquals("mild", lhc.overallLevel().orElseThrow());
        ScoreReport declined = score("derived-phr-gad7-itemWeight.json", "derived-phr-gad7-response-asked-declined.json",
                Instruments.gad7());
        assertEquals(OptionalDouble.empty(), declined.overall());
        assertEquals("1 of 7 items missing; policy complete-only allows 0", declined.overallReason().orElseThrow());
    }

    /** LOINC's GAD-7 answers item 68509-9 "More days than not" (LA18938-3, HL7 PCO IG Questionnaire-GAD7), scored 2. */
    @Test
    void gad7s_more_days_than_not_scores_2_as_loinc_codes_it() {
        // derived-lhc-gad7-response.json answers item 68509-9 LA6570-1 (2); LA18938-3 in its place gives the same 8.
        String json = new String(PublishedFormsTest.bytes("derived-lhc-gad7-response.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("LA6570-1", "LA18938-3").replaceFirst("More than half the days", "More days than not");
        assertTrue(json.contains("LA18938-3"));
        AssessmentResponse r = FhirResponses.toAssessment(FhirJson.parse(json, org.hl7.fhir.r4.model.QuestionnaireResponse.class),
                PublishedFormsTest.questionnaire("derived-lhc-gad7.json"), Instruments.gad7(), SubjectId.of("pt-1"));
        assertEquals(OptionalDouble.of(2), r.answer("68509-9"));
        assertEquals(OptionalDouble.of(8), Instruments.gad7().score(r).overall());
    }

    @Test
    void the_argonaut_phq9_in_groups_totals_6_mild() {
        ScoreReport report = score("lhc-argonaut-phq9-ish.json", "derived-lhc-argonaut-phq9-ish-response.json", Instruments.phq9());
        assertEquals(OptionalDouble.of(6), report.overall());
        assertEquals("mild", report.overallLevel().orElseThrow());
    }

    @Test
    void a_form_that_does_not_code_its_items_names_each_item_it_does_not_ask() {
        // HL7's SDC PHQ-9 codes its answers, not its questions (linkIds H1/T1/Q1...): nothing names item 44250-9.
        CcmFhirException e = assertThrows(CcmFhirException.class,
                () -> score("sdc-questionnaire-PHQ9.json", "sdc-questionnaireresponse-PHQ9.json", Instruments.phq9()));
        assertTrue(e.getMessage().contains("Questionnaire.item: must ask every item of phq-9 by its code; not asked:"
                + " 44250-9 (http://loinc.org|44250-9)"), e.getMessage());
    }

    @Test
    void the_built_ins_round_trip_through_a_questionnaire_with_their_codes_and_observe_with_loinc() {
        org.ccmcoach.assessment.MissingDataPolicy prorated = org.ccmcoach.assessment.MissingDataPolicy.builder()
                .name("prorated").maxMissingOverall(2).prorated(true).build();
        for (Instrument instrument : List.of(Instruments.phq9(), Instruments.gad7(), Instruments.practiceAdaptiveReserve(),
                Instruments.cpcqStrategies(), Instruments.phq9().withDefaultPolicy(prorated))) {
            Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(instrument);
            Instrument back = InstrumentQuestionnaires.toInstrument(FhirJson.parse(FhirJson.toJson(q), Questionnaire.class));
            assertEquals(org.ccmcoach.json.CcmJson.toJson(instrument.withPolicies(List.of())), org.ccmcoach.json.CcmJson.toJson(back),
                    instrument.id().toString());
        }
        ScoreReport report = score("lhc-phq9.json", "derived-lhc-phq9-response.json", Instruments.phq9());
        Observation o = ScoreObservations.toObservation(report, Instruments.phq9());
        assertTrue(o.getCode().getCoding().stream().anyMatch(c -> "http://loinc.org".equals(c.getSystem())
                && "44261-6".equals(c.getCode())), "the PHQ-9 total's LOINC code");
        assertEquals(0, o.getValueQuantity().getValue().compareTo(java.math.BigDecimal.TEN));
    }

    /** A response to ccm's own PAR and CPCQ forms, answered with integers as a portal would, scores as by hand. */
    @Test
    void par_and_cpcq_responses_to_ccms_forms_score_as_worked_by_hand() {
        Instrument par = Instruments.practiceAdaptiveReserve();
        org.hl7.fhir.r4.model.QuestionnaireResponse qr = new org.hl7.fhir.r4.model.QuestionnaireResponse()
                .setStatus(org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .setQuestionnaire(InstrumentQuestionnaires.toQuestionnaire(par).getUrl())
                .setAuthoredElement(new org.hl7.fhir.r4.model.DateTimeType("2026-03-02"));
        // Every item 4; item 16 reversed counts 2: (22 * 4 + 2) / 23 = 90/23, rescaled (90/23 - 1) / 4 = 67/92.
        par.items().forEach(i -> qr.addItem().setLinkId(i.id()).addAnswer().setValue(new org.hl7.fhir.r4.model.IntegerType(4)));
        ScoreReport report = par.score(FhirResponses.toAssessment(qr, par, SubjectId.of("practice-4")));
        assertEquals(67.0 / 92, report.overall().getAsDouble(), 1e-12);

        Instrument cpcq = Instruments.cpcqStrategies();
        org.hl7.fhir.r4.model.QuestionnaireResponse strategies = new org.hl7.fhir.r4.model.QuestionnaireResponse()
                .setStatus(org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .setQuestionnaire(InstrumentQuestionnaires.toQuestionnaire(cpcq).getUrl())
                .setAuthoredElement(new org.hl7.fhir.r4.model.DateTimeType("2026-03-02"));
        int[] centred = {2, 1, 1, 0, -1, 1, 2, 0, -1, -2, 0, 1, -1, 0};   // sum 3, as in the assessment tests
        for (int i = 0; i < centred.length; i++) {
            strategies.addItem().setLinkId(cpcq.items().get(i).id()).addAnswer()
                    .setValue(new org.hl7.fhir.r4.model.IntegerType(centred[i]));
        }
        assertEquals(OptionalDouble.of(3), cpcq.score(FhirResponses.toAssessment(strategies, cpcq, SubjectId.of("practice-4"))).overall());
    }
}

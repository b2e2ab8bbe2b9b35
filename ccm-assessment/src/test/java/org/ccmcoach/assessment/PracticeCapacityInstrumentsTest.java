package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.csv.ErrorMode;
import org.ccmcoach.assessment.csv.ResponseCsv;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.csv.CsvTable;
import org.junit.jupiter.api.Test;

/**
 * The Practice Adaptive Reserve, the CPCQ strategies scale and the PCMH-A frame against their
 * sources, every score worked by hand in its comment.
 */
class PracticeCapacityInstrumentsTest {

    private static final Instrument PAR = Instruments.practiceAdaptiveReserve();
    private static final Instrument CPCQ = Instruments.cpcqStrategies();
    private static final double EPS = 1e-12;

    private static AssessmentResponse response(Instrument instrument, Map<String, Double> answers) {
        return Fixtures.response(instrument.id().value(), "practice-1", LocalDate.of(2026, 4, 1), answers).build();
    }

    /** Items 1–10 answered 4, 11–14 answered 5, 15 = 3, 16 = 4, 17 = 3, 18–23 answered 4. */
    private static Map<String, Double> parAnswers() {
        Map<String, Double> a = new LinkedHashMap<>();
        for (int i = 1; i <= 23; i++) {
            a.put(String.valueOf(i), i >= 11 && i <= 14 ? 5.0 : i == 15 || i == 17 ? 3.0 : 4.0);
        }
        return a;
    }

    @Test
    void the_par_is_the_mean_of_its_items_rescaled_to_0_1_with_item_16_reversed() {
        // Item 16 is reverse-scored (Jaen 2010, Table 2): 4 counts as 1 + 5 - 4 = 2.
        // Sum 10 * 4 + 4 * 5 + 3 + 2 + 3 + 6 * 4 = 92; mean 92 / 23 = 4.0; rescaled (4 - 1) / 4 = 0.75.
        ScoreReport report = PAR.score(response(PAR, parAnswers()));
        assertEquals(0.75, report.overall().getAsDouble(), EPS);
        // Components (ccm's rescaled means): leadership items 11-14 all 5 -> 1.0;
        // learning culture (3 + 2 + 3) / 3 = 8/3 -> (8/3 - 1) / 4 = 5/12.
        assertEquals(1.0, report.subscale("facilitative-leadership").score().getAsDouble(), EPS);
        assertEquals(5.0 / 12, report.subscale("culture-of-learning").score().getAsDouble(), EPS);
        assertEquals(8.0 / 3, report.subscale("culture-of-learning").mean().getAsDouble(), EPS);
        assertEquals(report, PAR.check(CcmJson.parse(CcmJson.toJson(report), ScoreReport.class)));
    }

    @Test
    void a_missing_par_item_leaves_the_mean_of_the_others_as_the_jabfm_study_scores_it() {
        // Item 16 blank: (92 - 2) / 22 = 45/11 on 1..5, (45/11 - 1) / 4 = 34/44 = 17/22.
        Map<String, Double> answers = parAnswers();
        answers.remove("16");
        assertEquals(17.0 / 22, PAR.score(response(PAR, answers)).overall().getAsDouble(), EPS);
        assertTrue(PAR.score(response(PAR, answers), MissingDataPolicy.COMPLETE_ONLY).overall().isEmpty());
    }

    @Test
    void a_par_report_with_a_mean_where_the_rescaled_score_belongs_is_refused() {
        String json = CcmJson.toJson(PAR.score(response(PAR, parAnswers())));
        var e = assertThrows(org.ccmcoach.json.CcmJsonException.class,
                () -> CcmJson.parse(json.replace("\"overall\":0.75", "\"overall\":4.0"), ScoreReport.class));
        assertTrue(e.getMessage().contains("ScoreReport.overall: must be from 0 to 1"), e.getMessage());
    }

    @Test
    void the_cpcq_strategies_score_is_the_sum_of_fourteen_items_from_minus_2_to_2() {
        // AHRQ form answers 5,4,4,3,2,4,5,3,2,1,3,4,2,3 minus 3 each: 2,1,1,0,-1,1,2,0,-1,-2,0,1,-1,0.
        // Sum: 2+1+1+0 = 4; -1+1+2+0 = 2 -> 6; -1-2+0+1 = -2 -> 4; -1+0 = -1 -> 3.
        double[] form = {5, 4, 4, 3, 2, 4, 5, 3, 2, 1, 3, 4, 2, 3};
        Map<String, Double> answers = new LinkedHashMap<>();
        for (int i = 0; i < form.length; i++) {
            answers.put("s" + (i + 1), form[i] - 3);
        }
        assertEquals(OptionalDouble.of(3), CPCQ.score(response(CPCQ, answers)).overall());
        // Balasubramanian 2018's range: 14 * -2 = -28 to 14 * 2 = 28.
        answers.replaceAll((k, v) -> 2.0);
        assertEquals(OptionalDouble.of(28), CPCQ.score(response(CPCQ, answers)).overall());
        answers.replaceAll((k, v) -> -2.0);
        assertEquals(OptionalDouble.of(-28), CPCQ.score(response(CPCQ, answers)).overall());
    }

    @Test
    void an_answer_on_the_forms_1_to_5_coding_is_refused_with_the_range() {
        Map<String, Double> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 14; i++) {
            answers.put("s" + i, 2.0);
        }
        answers.put("s3", 5.0);
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> CPCQ.check(response(CPCQ, answers)));
        assertEquals("AssessmentResponse.answers[s3]: item s3 must be from -2 to 2 in whole points (was 5)", e.getMessage());
    }

    @Test
    void par_and_cpcq_responses_round_trip_through_csv() {
        List<AssessmentResponse> par = List.of(response(PAR, parAnswers()));
        assertEquals(par.get(0).answers(), ResponseCsv.read(CsvTable.parse(ResponseCsv.table(PAR, par).toCsv()), PAR,
                ErrorMode.STOP_AT_FIRST).orThrow().get(0).answers());
        Map<String, Double> strategies = new LinkedHashMap<>();
        for (int i = 1; i <= 14; i++) {
            strategies.put("s" + i, (double) (i % 5) - 2);
        }
        List<AssessmentResponse> cpcq = List.of(response(CPCQ, strategies));
        assertEquals(cpcq.get(0).answers(), ResponseCsv.read(CsvTable.parse(ResponseCsv.table(CPCQ, cpcq).toCsv()), CPCQ,
                ErrorMode.STOP_AT_FIRST).orThrow().get(0).answers());
        assertEquals(PAR, Instrument.parse(CcmJson.toJson(PAR)));
        assertEquals(CPCQ, Instrument.parse(CcmJson.toJson(CPCQ)));
    }

    private static Map<String, List<String>> pcmhaItems() {
        // An invented numbering for the test, two items per concept: the PCMH-A's own is not published.
        Map<String, List<String>> items = new LinkedHashMap<>();
        int n = 1;
        for (String concept : PcmhA.CONCEPTS) {
            items.put(concept, List.of(String.valueOf(n++), String.valueOf(n++)));
        }
        return items;
    }

    @Test
    void the_pcmha_frame_scores_concepts_and_overall_on_its_published_bands() {
        Instrument pcmha = PcmhA.instrument("4.0", pcmhaItems());
        assertEquals("pcmh-a-4.0", pcmha.id().value());
        Map<String, Double> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 16; i++) {
            answers.put(String.valueOf(i), i <= 2 ? 3.0 : 9.0);
        }
        // Engaged leadership (items 1, 2 = 3): mean 3, level D (1-3). The other seven concepts: 9, B (7-9).
        // Overall: (3 + 7 * 9) / 8 = 66 / 8 = 8.25, B.
        ScoreReport report = pcmha.score(response(pcmha, answers));
        assertEquals("D", report.subscale("engaged-leadership").level().orElseThrow());
        assertEquals(8.25, report.overall().getAsDouble(), EPS);
        assertEquals("B", report.overallLevel().orElseThrow());
        assertEquals("A", pcmha.level(10).orElseThrow().label());
    }

    @Test
    void the_pcmha_frame_refuses_a_concept_left_out_or_an_item_named_twice() {
        Map<String, List<String>> items = pcmhaItems();
        items.remove("enhanced-access");
        items.put("care-coordination", List.of("1", "99"));
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> PcmhA.instrument("4.0", items));
        assertEquals(List.of("PcmhA.itemsByConcept[care-coordination]: must not name an item another concept names: each PCMH-A item"
                        + " rates one concept (was \"1\")",
                "PcmhA.itemsByConcept[enhanced-access]: must name the concept's items as your copy of the form"
                        + " numbers them (was null)"),
                e.problems().stream().map(Object::toString).toList());
    }
}

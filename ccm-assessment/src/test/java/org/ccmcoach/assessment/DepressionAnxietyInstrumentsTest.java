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
import org.ccmcoach.assessment.csv.ScoreCsv;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.ccmcoach.json.csv.CsvTable;
import org.junit.jupiter.api.Test;

/**
 * The PHQ-9 and GAD-7 against their sources: Kroenke, Spitzer and Williams 2001 (the PHQ-9's sum of
 * nine items 0..3 and its bands at 5, 10, 15 and 20) and Spitzer et al. 2006 (the GAD-7's sum of
 * seven and its cut-points 5, 10 and 15). Every total below is added up by hand in its comment.
 */
class DepressionAnxietyInstrumentsTest {

    private static final Instrument PHQ9 = Instruments.phq9();
    private static final Instrument GAD7 = Instruments.gad7();
    private static final List<String> PHQ9_LOINC = List.of("44250-9", "44255-8", "44259-0", "44254-1", "44251-7",
            "44258-2", "44252-5", "44253-3", "44260-8");
    private static final List<String> GAD7_LOINC = List.of("69725-0", "68509-9", "69733-4", "69734-2", "69735-9",
            "69689-8", "69736-7");

    static AssessmentResponse phq9(String subject, double... answers) {
        return response(PHQ9, PHQ9_LOINC, subject, answers);
    }

    private static AssessmentResponse response(Instrument instrument, List<String> ids, String subject, double... answers) {
        Map<String, Double> byItem = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            if (!Double.isNaN(answers[i])) {
                byItem.put(ids.get(i), answers[i]);
            }
        }
        return Fixtures.response(instrument.id().value(), subject, LocalDate.of(2026, 3, 2), byItem).build();
    }

    @Test
    void the_items_are_loinc_coded_in_the_published_order() {
        // LOINC 44249-1's members in the order of the LHC-Forms PHQ-9 (ccm-fhir's corpus, lhc-phq9.json).
        assertEquals(PHQ9_LOINC, PHQ9.items().stream().map(Item::id).toList());
        assertEquals(PHQ9_LOINC, PHQ9.items().stream().map(i -> i.code().orElseThrow().code()).toList());
        assertEquals("http://loinc.org|44249-1", PHQ9.code().orElseThrow().toString());
        assertEquals("http://loinc.org|44261-6", PHQ9.overallCode().orElseThrow().toString());
        assertEquals(GAD7_LOINC, GAD7.items().stream().map(Item::id).toList());
        assertEquals("http://loinc.org|70274-6", GAD7.overallCode().orElseThrow().toString());
        assertEquals(OptionalDouble.of(2), PHQ9.scale().code("http://loinc.org", "LA6570-1").orElseThrow().score());
        // Both count symptoms: a fall is an improvement; the ACIC's rise is.
        assertEquals(org.ccmcoach.core.coaching.Better.LOWER, PHQ9.better());
        assertEquals(org.ccmcoach.core.coaching.Better.LOWER, GAD7.better());
        assertEquals(org.ccmcoach.core.coaching.Better.HIGHER, Instruments.acic35().better());
    }

    @Test
    void a_phq9_total_is_the_sum_of_its_nine_items_in_kroenkes_bands() {
        // 1 + 2 + 0 + 3 + 1 + 1 + 2 + 0 + 0 = 10: the first score of "moderate" (10-14).
        ScoreReport report = PHQ9.score(phq9("pt-1", 1, 2, 0, 3, 1, 1, 2, 0, 0));
        assertEquals(OptionalDouble.of(10), report.overall());
        assertEquals("moderate", report.overallLevel().orElseThrow());
        // 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 9: mild (5-9), one point short of moderate.
        assertEquals("mild", PHQ9.score(phq9("pt-2", 1, 1, 1, 1, 1, 1, 1, 1, 1)).overallLevel().orElseThrow());
        // 3 * 6 + 2 = 20: severe (20-27); 3 * 6 + 1 = 19: moderately severe (15-19).
        assertEquals("severe", PHQ9.score(phq9("pt-3", 3, 3, 3, 3, 3, 3, 2, 0, 0)).overallLevel().orElseThrow());
        assertEquals("moderately severe", PHQ9.score(phq9("pt-4", 3, 3, 3, 3, 3, 3, 1, 0, 0)).overallLevel().orElseThrow());
        // 0 on every item: 0, minimal (0-4); 3 on every item: 27, the top of severe.
        assertEquals("minimal", PHQ9.score(phq9("pt-5", 0, 0, 0, 0, 0, 0, 0, 0, 0)).overallLevel().orElseThrow());
        assertEquals(OptionalDouble.of(27), PHQ9.score(phq9("pt-6", 3, 3, 3, 3, 3, 3, 3, 3, 3)).overall());
    }

    @Test
    void a_gad7_total_is_the_sum_of_its_seven_items_at_spitzers_cut_points() {
        // 1 + 2 + 1 + 0 + 1 + 2 + 1 = 8: mild (5-9); the answers of ccm-fhir's derived-lhc-gad7-response.json.
        ScoreReport report = GAD7.score(response(GAD7, GAD7_LOINC, "pt-1", 1, 2, 1, 0, 1, 2, 1));
        assertEquals(OptionalDouble.of(8), report.overall());
        assertEquals("mild", report.overallLevel().orElseThrow());
        // 3 + 3 + 3 + 3 + 3 + 0 + 0 = 15: the first score of severe (15-21); 14 is moderate.
        assertEquals("severe", GAD7.score(response(GAD7, GAD7_LOINC, "pt-2", 3, 3, 3, 3, 3, 0, 0)).overallLevel().orElseThrow());
        assertEquals("moderate", GAD7.score(response(GAD7, GAD7_LOINC, "pt-3", 3, 3, 3, 3, 2, 0, 0)).overallLevel().orElseThrow());
    }

    @Test
    void a_form_with_an_item_missing_has_no_total_by_default() {
        ScoreReport report = PHQ9.score(phq9("pt-1", 1, 2, 0, 3, 1, 1, 2, 0, Double.NaN));
        assertEquals(OptionalDouble.empty(), report.overall());
        assertEquals("1 of 9 items missing; policy complete-only allows 0", report.overallReason().orElseThrow());
    }

    @Test
    void a_prorating_policy_scales_the_answered_items_to_nine() {
        MissingDataPolicy prorated = MissingDataPolicy.builder().name("prorated").maxMissingOverall(1).prorated(true).build();
        // Eight answered: 1 + 2 + 0 + 3 + 1 + 1 + 2 + 0 = 10, mean 1.25, prorated 1.25 * 9 = 11.25: moderate.
        ScoreReport report = PHQ9.score(phq9("pt-1", 1, 2, 0, 3, 1, 1, 2, 0, Double.NaN), prorated);
        assertEquals(OptionalDouble.of(11.25), report.overall());
        assertEquals("moderate", report.overallLevel().orElseThrow());
        assertEquals(report, PHQ9.check(CcmJson.parse(CcmJson.toJson(report), ScoreReport.class)));
        // A prorating policy without a bound on the items missing would total one answer times nine.
        CcmValidationException unbounded = assertThrows(CcmValidationException.class,
                () -> MissingDataPolicy.builder().name("prorated").prorated(true).build());
        assertEquals("MissingDataPolicy.maxMissingOverall: must be given when the policy prorates: a total prorated from a"
                + " few answers is mostly invented; say how many items may be missing, such as 2 (was null)", unbounded.getMessage());
        // Seven answered is more than the policy's one missing.
        assertTrue(PHQ9.score(phq9("pt-2", 1, 2, 0, 3, 1, 1, 2, Double.NaN, Double.NaN), prorated).overall().isEmpty());
    }

    @Test
    void the_bands_cover_the_sum_not_the_item_scale() {
        assertEquals("moderately severe", PHQ9.level(19.5).orElseThrow().label());   // floor semantics between bands
        assertTrue(PHQ9.level(27.5).isEmpty());
        // Bands on the item scale 0..3 do not cover a total of nine items.
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> PHQ9.withLevels(LevelBand.builder().label("low").min(0).max(1).build(),
                        LevelBand.builder().label("high").min(2).max(3).build()));
        assertTrue(e.getMessage().contains("Instrument.levels[1].max: (band high) must end at the top of the sum's range, 27 (was 3)"),
                e.getMessage());
    }

    @Test
    void a_report_read_back_must_have_the_sum_and_band_the_items_give() {
        ScoreReport report = PHQ9.score(phq9("pt-1", 1, 2, 0, 3, 1, 1, 2, 0, 0));
        String json = CcmJson.toJson(report);
        assertEquals(report, CcmJson.parse(json, ScoreReport.class));
        CcmJsonException wrongBand = assertThrows(CcmJsonException.class,
                () -> CcmJson.parse(json.replace("\"overallLevel\":\"moderate\"", "\"overallLevel\":\"mild\""), ScoreReport.class));
        assertTrue(wrongBand.getMessage().contains("ScoreReport.overallLevel: must be moderate, the band of the score (was \"mild\")"),
                wrongBand.getMessage());
        CcmJsonException offRange = assertThrows(CcmJsonException.class,
                () -> CcmJson.parse(json.replace("\"overall\":10.0", "\"overall\":28.0"), ScoreReport.class));
        assertTrue(offRange.getMessage().contains("must be from 0 to 27"), offRange.getMessage());
    }

    @Test
    void responses_and_scores_round_trip_through_csv() {
        List<AssessmentResponse> responses = List.of(phq9("pt-1", 1, 2, 0, 3, 1, 1, 2, 0, 0),
                phq9("pt-2", 0, 0, 1, 0, 0, 0, 0, 0, Double.NaN));
        String csv = ResponseCsv.table(PHQ9, responses).toCsv();
        assertTrue(csv.startsWith("subject,respondent,role,date,44250-9,44255-8,"), csv);
        List<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(csv), PHQ9, ErrorMode.STOP_AT_FIRST).orThrow();
        assertEquals(responses.get(0).answers(), read.get(0).answers());
        assertEquals(OptionalDouble.empty(), read.get(1).answer("44260-8"));
        String scores = ScoreCsv.table(PHQ9, read.stream().map(PHQ9::score).toList()).toCsv();
        var row = CsvTable.parse(scores).rows().get(0);
        assertEquals(10, Double.parseDouble(row.get("overall").orElseThrow()));   // 1 + 2 + 0 + 3 + 1 + 1 + 2 + 0 + 0
        assertEquals("moderate", row.get("overall_level").orElseThrow());
        assertEquals("1 of 9 items missing; policy complete-only allows 0",
                CsvTable.parse(scores).rows().get(1).get("overall_reason").orElseThrow());
    }

    @Test
    void gad7_responses_round_trip_through_csv() {
        List<AssessmentResponse> responses = List.of(response(GAD7, GAD7_LOINC, "pt-1", 1, 2, 1, 0, 1, 2, 1));
        List<AssessmentResponse> read = ResponseCsv.read(CsvTable.parse(ResponseCsv.table(GAD7, responses).toCsv()), GAD7,
                ErrorMode.STOP_AT_FIRST).orThrow();
        assertEquals(responses.get(0).answers(), read.get(0).answers());
        assertEquals(OptionalDouble.of(8), GAD7.score(read.get(0)).overall());
    }

    @Test
    void the_definitions_round_trip_through_json() {
        assertEquals(PHQ9, Instrument.parse(CcmJson.toJson(PHQ9)));
        assertEquals(GAD7, Instrument.parse(CcmJson.toJson(GAD7)));
    }
}

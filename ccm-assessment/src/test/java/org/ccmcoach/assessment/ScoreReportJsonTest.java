package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.junit.jupiter.api.Test;

/** A score report read from JSON must fit its instrument, as a computed one does. */
class ScoreReportJsonTest {

    private static final Instrument ACIC = Instruments.acic35();

    private static String json() {
        return CcmJson.toJson(ACIC.score(Fixtures.response("acic-3.5", "site-1", Fixtures.BASELINE,
                Fixtures.acicAnswers()).build()));
    }

    private static CcmJsonException refused(String json) {
        return assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, ScoreReport.class));
    }

    @Test
    void the_computed_report_reads_back_equal() {
        ScoreReport computed = ACIC.score(Fixtures.response("acic-3.5", "site-1", Fixtures.BASELINE,
                Fixtures.acicAnswers()).build());
        assertEquals(computed, CcmJson.parse(json(), ScoreReport.class));
    }

    @Test
    void a_score_off_the_scale_is_refused() {
        // The ACIC scale is 0..11; 12 can be no subscale's mean.
        String json = json().replaceFirst("\"score\":[0-9.]+", "\"score\":12.0");
        CcmJsonException e = refused(json);
        assertTrue(e.getMessage().contains("ScoreReport.subscales[0].score: must be from 0 to 11, what acic-3.5's scale"
                + " and rules allow (was 12)"), e.getMessage());
    }

    @Test
    void an_applications_own_mapper_refuses_a_score_off_the_scale_at_the_score() {
        // Checked against its instrument by a converter after it is read: placed with the positions noted while reading.
        String json = json().replaceFirst("\"score\":[0-9.]+", "\"score\":12.0");
        tools.jackson.databind.json.JsonMapper mine = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
        org.ccmcoach.json.InvalidCcmValueException e = assertThrows(org.ccmcoach.json.InvalidCcmValueException.class,
                () -> mine.readValue(json, ScoreReport.class));
        // One line: the column of 12.0 is one past the characters before it.
        int column = json.indexOf("\"score\":12.0") + "\"score\":".length() + 1;
        assertEquals(new org.ccmcoach.core.value.Location.JsonValue("/subscales/0/score", 1, column), e.problems().get(0).location());
        assertEquals(ScoreReport.class, e.getTargetType());
    }

    @Test
    void an_unknown_subscale_a_foreign_level_and_counts_that_do_not_add_up_are_refused() {
        String first = Instruments.acic35().subscales().get(0).id();
        CcmJsonException unknown = refused(json().replaceFirst("\"id\":\"" + first + "\"", "\"id\":\"leadership\""));
        assertTrue(unknown.getMessage().contains("ScoreReport.subscales: must be " + first), unknown.getMessage());
        CcmJsonException level = refused(json().replaceFirst("\"level\":\"[A-D]\"", "\"level\":\"Z\""));
        assertTrue(level.getMessage().contains("ScoreReport.subscales[0].level: must be "), level.getMessage());
        assertTrue(level.getMessage().contains(", the band of the score; acic-3.5's bands are "), level.getMessage());
        assertTrue(level.getMessage().endsWith("(was \"Z\")"), level.getMessage());
        CcmJsonException counts = refused(json().replaceFirst("\"answered\":([0-9]+),\"missing\":0}$",
                "\"answered\":$1,\"missing\":3}"));
        assertTrue(counts.getMessage().contains("ScoreReport.answered: with missing must add up to the 34 items of acic-3.5"),
                counts.getMessage());
    }

    @Test
    void nan_as_a_score_is_refused_in_either_spelling() {
        CcmJsonException text = refused(json().replaceFirst("\"overall\":[0-9.]+", "\"overall\":\"NaN\""));
        assertEquals("/overall", text.pointer());
        CcmJsonException answer = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                "{\"instrument\":\"pacic-20\",\"subject\":\"p\",\"date\":\"2026-01-15\",\"answers\":{\"3\":\"Infinity\"}}",
                AssessmentResponse.class));
        assertEquals("/answers/3", answer.pointer());
        assertTrue(answer.getMessage().endsWith("must be a number (was \"Infinity\")"), answer.getMessage());
    }

    @Test
    void an_id_that_differs_from_a_built_in_only_in_case_is_refused() {
        Instrument shadow = Instruments.acic35().withId(InstrumentId.of("ACIC-3.5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Instruments.register(shadow));
        assertTrue(e.getMessage().contains("differs from the known instrument \"acic-3.5\" only in case"), e.getMessage());
    }

    /** The seven subscale scores as the JSON gives them, averaged here: the ACIC's overall rule, by hand. */
    private static double meanOfSubscaleScores(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"score\":([0-9.]+)").matcher(json);
        double sum = 0;
        int n = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            n++;
        }
        assertEquals(7, n, "the ACIC 3.5 has seven subscales");
        return sum / n;
    }

    @Test
    void an_overall_that_is_not_its_subscales_mean_is_refused_at_that_number() {
        String json = json();
        double overall = meanOfSubscaleScores(json);
        assertTrue(Math.abs(overall - 4.5) > 0.01, "the fixture's overall is not 4.5 already");
        CcmJsonException e = refused(json.replaceFirst("\"overall\":[0-9.]+", "\"overall\":4.5"));
        assertEquals("/overall", e.pointer());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("must be " + org.ccmcoach.core.value.Decimals.show(overall)
                + ", the mean of the 7 subscale scores (MEAN_OF_SUBSCALES)", e.problems().get(0).rule());
        assertEquals(java.util.Optional.of(4.5), e.problems().get(0).value());
    }

    @Test
    void an_overall_of_9_9_is_blamed_on_the_number_not_on_its_level() {
        // 9.9 is on the 0..11 scale, in band A; the report's level is the band of the true overall.
        CcmJsonException e = refused(json().replaceFirst("\"overall\":[0-9.]+", "\"overall\":9.9"));
        assertEquals("/overall", e.pointer());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("ScoreReport.overall: must be "), e.getMessage());
        assertTrue(!e.getMessage().contains("overallLevel"), e.getMessage());
    }

    @Test
    void a_subscale_score_that_is_not_its_mean_is_refused_at_that_number() {
        // Under the ACIC's MEAN subscale rule a subscale's score is its mean; change the first score only.
        String json = json();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"score\":([0-9.]+),\"mean\":([0-9.]+)").matcher(json);
        assertTrue(m.find());
        double mean = Double.parseDouble(m.group(2));
        double changed = mean >= 1 ? mean - 1 : mean + 1;
        CcmJsonException e = refused(json.replaceFirst("\"score\":[0-9.]+,", "\"score\":" + changed + ","));
        assertEquals("/subscales/0/score", e.pointer());
        assertTrue(e.getMessage().contains("ScoreReport.subscales[0].score: must be "
                + org.ccmcoach.core.value.Decimals.show(mean)), e.getMessage());
    }

    @Test
    void a_computed_report_checks_its_invariants_in_plain_code_not_by_reflection() {
        ScoreReport computed = ACIC.score(Fixtures.response("acic-3.5", "site-1", Fixtures.BASELINE,
                Fixtures.acicAnswers()).build());
        // A Jakarta constraint (@PlainText on role) is not looked at again when ccm builds a report (the
        // package's own builder, as scoring uses it; callers have no builder and no with-copies)...
        ScoreReport copied = ImmutableScoreReport.builder().from(computed).role("nurse\u0007").build();
        assertEquals(java.util.Optional.of("nurse\u0007"), copied.role());
        // ...while the same report read from JSON, outside input, is checked in full.
        CcmJsonException read = refused(CcmJson.toJson(copied));
        assertTrue(read.getMessage().contains("ScoreReport.role"), read.getMessage());
        // Its own invariants hold in plain code, and fail as every value does.
        org.ccmcoach.core.value.CcmValidationException broken = assertThrows(
                org.ccmcoach.core.value.CcmValidationException.class, () -> ImmutableScoreReport.builder().from(computed).overall(java.util.OptionalDouble.empty()).build());
        assertEquals("ScoreReport.overallReason: must be given exactly when there is no overall score (was null)",
                broken.getMessage());
    }
}

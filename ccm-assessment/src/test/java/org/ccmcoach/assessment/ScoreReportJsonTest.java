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
        assertTrue(e.getMessage().contains("ScoreReport.subscales[0].score: must be within 0..11, what acic-3.5's scale"
                + " allows (was 12)"), e.getMessage());
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
}

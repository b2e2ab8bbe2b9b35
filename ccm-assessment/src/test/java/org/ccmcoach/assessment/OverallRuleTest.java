package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ccmcoach.assessment.comparison.PairedComparison;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

/** The ACIC's overall score with and without the integration part. */
class OverallRuleTest {

    /** Every item of each subscale answered with that subscale's value. */
    private static AssessmentResponse acic(String subject, java.time.LocalDate date, Map<String, Integer> bySubscale) {
        Instrument acic = Instruments.acic35();
        AssessmentResponse.Builder b = Fixtures.response("acic-3.5", subject, date, Map.of());
        for (Subscale s : acic.subscales()) {
            s.items().forEach(item -> b.answer(item, bySubscale.get(s.id())));
        }
        return b.build();
    }

    private static final Map<String, Integer> PARTS = Map.of("organization", 2, "community", 3,
            "self-management-support", 4, "decision-support", 5, "delivery-system-design", 6,
            "clinical-information-systems", 7, "integration", 10);

    @Test
    void six_element_overall_leaves_out_the_integration_part() {
        AssessmentResponse r = acic("site", Fixtures.BASELINE, PARTS);
        // Seven parts: (2 + 3 + 4 + 5 + 6 + 7 + 10) / 7 = 37 / 7. Six elements: 27 / 6 = 4.5.
        ScoreReport seven = Instruments.acic35().score(r);
        assertEquals(37.0 / 7, seven.overall().getAsDouble(), 1e-12);
        assertEquals(OverallRule.MEAN_OF_SUBSCALES, seven.overallRule().orElseThrow());
        Instrument six = Instruments.acic35().withOverallRule(OverallRule.MEAN_OF_ELEMENT_SUBSCALES);
        ScoreReport sixElements = six.score(r);
        assertEquals(4.5, sixElements.overall().getAsDouble(), 1e-12);
        assertEquals("C", sixElements.overallLevel().orElseThrow(), "3 <= 4.5 < 6");
        assertEquals(OverallRule.MEAN_OF_ELEMENT_SUBSCALES, sixElements.overallRule().orElseThrow());
        // The integration subscale is still scored; only the overall leaves it out.
        assertEquals(10.0, sixElements.subscale("integration").score().getAsDouble(), 0);
    }

    @Test
    void the_two_overalls_are_not_paired() {
        ScoreReport seven = Instruments.acic35().score(acic("site", Fixtures.BASELINE, PARTS));
        ScoreReport six = Instruments.acic35().withOverallRule(OverallRule.MEAN_OF_ELEMENT_SUBSCALES)
                .score(acic("site", Fixtures.FOLLOW_UP, PARTS));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(List.of(seven), List.of(six), "overall"));
        assertTrue(e.getMessage().contains("score both times with one rule"), e.getMessage());
    }

    @Test
    void an_instrument_without_element_subscales_cannot_use_the_rule() {
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> Instruments.readinessBaseline().withOverallRule(OverallRule.MEAN_OF_ELEMENT_SUBSCALES));
        assertTrue(e.getMessage().contains("overallRule: needs at least one subscale that names a CCM element"),
                e.getMessage());
    }
}

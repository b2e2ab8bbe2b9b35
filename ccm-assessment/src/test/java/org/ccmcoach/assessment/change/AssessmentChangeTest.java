package org.ccmcoach.assessment.change;

import static org.ccmcoach.assessment.Fixtures.BASELINE;
import static org.ccmcoach.assessment.Fixtures.FOLLOW_UP;
import static org.ccmcoach.assessment.Fixtures.acicAnswers;
import static org.ccmcoach.assessment.Fixtures.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.MissingDataPolicy;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class AssessmentChangeTest {

    private static ScoreReport baseline() {
        return Instruments.acic35().score(response("acic-3.5", "site-1", BASELINE, acicAnswers()).build());
    }

    /** Follow-up: the six organization items all 8 (mean 8.0, B); community items 6, 6, 6 (6.0, B). */
    private static ScoreReport followUp() {
        Map<String, Double> answers = acicAnswers();
        for (int i = 1; i <= 6; i++) {
            answers.put("1." + i, 8.0);
        }
        answers.put("2.1", 6.0);
        answers.put("2.2", 6.0);
        answers.put("2.3", 6.0);
        return Instruments.acic35().score(response("acic-3.5", "site-1", FOLLOW_UP, answers).build());
    }

    @Test
    void deltas_levels_and_days_by_hand() {
        AssessmentChange c = AssessmentChange.between(baseline(), followUp());
        // 2026-01-15 to 2026-11-15: 16 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 15 = 304 days.
        assertEquals(304, c.days());
        assertEquals(2.0, c.measure("organization").delta().getAsDouble(), 1e-12);   // 6.0 -> 8.0
        assertEquals(Optional.empty(), c.measure("organization").levelTransition(), "B stays B");
        assertEquals(3.0, c.measure("community").delta().getAsDouble(), 1e-12);      // 3.0 -> 6.0
        assertEquals(Optional.of("C → B"), c.measure("community").levelTransition());
        assertEquals(0.0, c.measure("integration").delta().getAsDouble(), 1e-12);
        // Overall: (38.95 + 12 - 6 + 18 - 9) / 7 = 43.95 / 7 = 6.279 (B), up 5 / 7 from 5.564 (C).
        assertEquals(5.0 / 7, c.overall().delta().getAsDouble(), 1e-12);
        assertEquals(Optional.of("C → B"), c.overall().levelTransition());
        assertEquals(7, c.subscales().size());
    }

    @Test
    void progress_values_for_coaching() {
        assertEquals(5.0 / 7, ProgressValues.acicChange(AssessmentChange.between(baseline(), followUp())).getAsDouble(), 1e-12);
        org.ccmcoach.assessment.ScoreReport threeMonths = Instruments.readinessFollowUp().score(
                response("readiness-3-month", "site-1", FOLLOW_UP, Map.of("f1", 1.0, "f2", 1.0, "f3", 0.0, "f4", 1.0)).build());
        assertEquals(java.util.OptionalInt.of(3), ProgressValues.readinessFollowUp(threeMonths));
        assertThrows(IllegalArgumentException.class, () -> ProgressValues.readinessFollowUp(baseline()));
    }

    @Test
    void unscored_scores_have_no_delta() {
        ScoreReport incomplete = Instruments.acic35().score(
                response("acic-3.5", "site-1", FOLLOW_UP, acicAnswers()).missing("2.1").build());
        AssessmentChange c = AssessmentChange.between(baseline(), incomplete);
        assertFalse(c.measure("community").delta().isPresent());
        assertFalse(c.overall().delta().isPresent());
    }

    @Test
    void refuses_mismatched_reports() {
        ScoreReport other = Instruments.acic35().score(response("acic-3.5", "site-2", FOLLOW_UP, acicAnswers()).build());
        assertThrows(CcmValidationException.class, () -> AssessmentChange.between(baseline(), other));
        assertThrows(CcmValidationException.class, () -> AssessmentChange.between(followUp(), baseline()));
        ScoreReport lenient = Instruments.acic35().score(response("acic-3.5", "site-1", FOLLOW_UP, acicAnswers()).build(),
                MissingDataPolicy.availableItems());
        assertThrows(CcmValidationException.class, () -> AssessmentChange.between(baseline(), lenient));
    }
}

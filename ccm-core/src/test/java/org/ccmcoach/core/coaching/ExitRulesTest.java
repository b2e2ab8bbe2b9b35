package org.ccmcoach.core.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class ExitRulesTest {

    private static final Engagement ENGAGEMENT = EngagementTest.pilot("p-1", EngagementTest.JAN_5);

    private static PracticeProgress.Builder progress(LocalDate asOf) {
        PracticeProgress.Builder b = PracticeProgress.builder();
        b.practice(PracticeId.of("p-1")).asOf(asOf).pdsaCyclesCompleted(2).acicChange(0.8)
                .qiLeadNamed(true).regularTeamMeetings(false);
        return b;
    }

    @Test
    void each_criterion_names_its_observed_value_and_threshold() {
        ExitDecision d = ExitRules.defaults().decide(progress(LocalDate.of(2026, 10, 1)).build(), ENGAGEMENT);
        assertEquals(ExitDecision.Outcome.CONTINUE, d.outcome());
        assertEquals(List.of(
                "not met: at least 3 PDSA cycles completed (observed 2, threshold 3)",
                "not met: ACIC overall change at least +1.00 (observed +0.80, threshold +1.00)",
                "met: an internal QI lead named (observed yes, threshold yes)",
                "not met: regular team meetings (observed no, threshold yes)",
                "not met: the intervention's end reached (observed 2026-10-01, threshold on or after 2026-11-05)"),
                d.results().stream().map(Object::toString).toList());
        assertEquals("4 of 5 criteria not met", d.reason());
    }

    @Test
    void graduation_when_every_criterion_is_met_at_its_boundary() {
        PracticeProgress ready = progress(LocalDate.of(2026, 11, 5)).pdsaCyclesCompleted(3).acicChange(1.0)
                .regularTeamMeetings(true).build();
        assertEquals(ExitDecision.Outcome.GRADUATE, ExitRules.defaults().decide(ready, ENGAGEMENT).outcome());
        assertEquals(ExitDecision.Outcome.CONTINUE,
                ExitRules.defaults().decide(ready.withAsOf(LocalDate.of(2026, 11, 4)), ENGAGEMENT).outcome());
        assertEquals("not met: ACIC overall change at least +1.00 (observed not assessed, threshold +1.00)",
                ExitRules.defaults().decide(ready.withAcicChange(java.util.OptionalDouble.empty()), ENGAGEMENT)
                        .results().get(1).toString());
    }

    @Test
    void a_practice_with_parchman_2013s_mean_acic_gain_does_not_graduate_on_the_default_bar() {
        // Parchman et al. 2013: facilitated practices' ACIC 5.58 → 6.33, a mean gain of 6.33 − 5.58 = 0.75, below the
        // default bar of 1.00 (ccm's choice). Every other criterion met, so that bar alone holds the practice back.
        PracticeProgress average = progress(LocalDate.of(2026, 11, 5)).pdsaCyclesCompleted(3).acicChange(0.75)
                .regularTeamMeetings(true).build();
        ExitDecision d = ExitRules.defaults().decide(average, ENGAGEMENT);
        assertEquals(ExitDecision.Outcome.CONTINUE, d.outcome());
        assertEquals("not met: ACIC overall change at least +1.00 (observed +0.75, threshold +1.00)",
                d.results().get(1).toString());
        assertEquals("1 of 5 criteria not met", d.reason());
        ExitRules atTheMean = ExitRules.builder().from(ExitRules.defaults()).criteria(List.of(Criterion.minPdsaCycles(3),
                Criterion.minAcicChange(0.75), Criterion.of(Criterion.Kind.QI_LEAD_NAMED),
                Criterion.of(Criterion.Kind.REGULAR_TEAM_MEETINGS), Criterion.of(Criterion.Kind.INTERVENTION_ENDED))).build();
        assertEquals(ExitDecision.Outcome.GRADUATE, atTheMean.decide(average, ENGAGEMENT).outcome());
    }

    @Test
    void early_exit_on_a_failing_three_month_follow_up() {
        ExitDecision d = ExitRules.defaults().decide(progress(LocalDate.of(2026, 4, 5)).readinessFollowUp(2).build(),
                ENGAGEMENT);
        assertEquals(ExitDecision.Outcome.EARLY_EXIT, d.outcome());
        assertEquals("three-month readiness follow-up 2 of 4 yes, below 3", d.reason());
        assertEquals(ExitDecision.Outcome.CONTINUE, ExitRules.defaults()
                .decide(progress(LocalDate.of(2026, 4, 5)).readinessFollowUp(3).build(), ENGAGEMENT).outcome());
    }

    @Test
    void invalid_rules_and_progress_name_the_field() {
        assertEquals("Criterion.threshold: must be given for MIN_PDSA_CYCLES and MIN_ACIC_CHANGE and only for them "
                        + "(was OptionalDouble.empty)",
                assertThrows(CcmValidationException.class, () -> Criterion.of(Criterion.Kind.MIN_PDSA_CYCLES)).getMessage());
        assertEquals("PracticeProgress.readinessFollowUp: must be at most 4 (was 5)",
                assertThrows(CcmValidationException.class, () -> progress(LocalDate.of(2026, 4, 5)).readinessFollowUp(5)
                        .build()).getMessage());
        assertEquals("PracticeProgress.pdsaCyclesCompleted: must be at least 0 (was -1)",
                assertThrows(CcmValidationException.class, () -> progress(LocalDate.of(2026, 4, 5)).pdsaCyclesCompleted(-1)
                        .build()).getMessage());
    }

    @Test
    void evidencenow_effectiveness_by_hand() {
        assertEquals(Effectiveness.MORE_EFFECTIVE, Effectiveness.of(3, 4));    // 75 %
        assertEquals(Effectiveness.NEITHER, Effectiveness.of(2, 4));           // 50 %
        assertEquals(Effectiveness.LESS_EFFECTIVE, Effectiveness.of(2, 5));    // 40 %
        assertEquals(Effectiveness.NEITHER, Effectiveness.of(7, 10));          // 70 %
        assertEquals(Effectiveness.NOT_CLASSED, Effectiveness.of(3, 3));       // fewer than 4
        assertThrows(IllegalArgumentException.class, () -> Effectiveness.of(5, 4));
        // Ana coaches 4 practices, 3 improved on no-show rate (lower is better): more effective.
        List<Engagement> four = List.of(EngagementTest.pilot("a", EngagementTest.JAN_5), EngagementTest.pilot("b", EngagementTest.JAN_5),
                EngagementTest.pilot("c", EngagementTest.JAN_5), EngagementTest.pilot("d", EngagementTest.JAN_5));
        Map<PracticeId, PracticeProgress> snapshots = Map.of(
                PracticeId.of("a"), snapshot("a", -0.05), PracticeId.of("b"), snapshot("b", -0.01),
                PracticeId.of("c"), snapshot("c", -0.10), PracticeId.of("d"), snapshot("d", 0.02));
        IndicatorSet noShows = IndicatorSet.of("no-shows", Map.of("no-show-rate", Better.LOWER));
        CoachEffectiveness ana = MonthlyReview.effectiveness(four, snapshots, noShows, MissingIndicators.LEAVE_OUT)
                .get(EngagementTest.ANA);
        assertEquals(3, ana.improved());
        assertEquals(Effectiveness.MORE_EFFECTIVE, ana.effectiveness());
        assertEquals("no-shows", ana.indicatorSet());
    }

    @Test
    void improved_is_judged_on_the_named_set_and_practices_without_data_follow_a_stated_policy() {
        List<Engagement> five = List.of(EngagementTest.pilot("a", EngagementTest.JAN_5), EngagementTest.pilot("b", EngagementTest.JAN_5),
                EngagementTest.pilot("c", EngagementTest.JAN_5), EngagementTest.pilot("d", EngagementTest.JAN_5),
                EngagementTest.pilot("e", EngagementTest.JAN_5));
        // a: BP control up; b: aspirin down, smoking counselling up; c: only a no-show change (outside
        // the set); d: BP control down; e: no snapshot at all.
        Map<PracticeId, PracticeProgress> snapshots = Map.of(
                PracticeId.of("a"), snapshot("a", Map.of("bp-control", 0.04)),
                PracticeId.of("b"), snapshot("b", Map.of("aspirin-use", -0.02, "smoking-cessation-counselling", 0.01)),
                PracticeId.of("c"), snapshot("c", Map.of("no-show-rate", -0.10)),
                PracticeId.of("d"), snapshot("d", Map.of("bp-control", -0.03)));
        IndicatorSet abcs = IndicatorSet.evidenceNow();
        // Left out: c and e have no indicator of the set; a and b of the other 3 improved: 2 of 3,
        // fewer than 4 counted, so not classed.
        CoachEffectiveness left = MonthlyReview.effectiveness(five, snapshots, abcs, MissingIndicators.LEAVE_OUT)
                .get(EngagementTest.ANA);
        assertEquals(3, left.practices());
        assertEquals(2, left.improved());
        assertEquals(Effectiveness.NOT_CLASSED, left.effectiveness());
        assertEquals(List.of(PracticeId.of("c"), PracticeId.of("e")), left.withoutData());
        // Counted as not improved: 2 of 5 = 40 %, less effective.
        CoachEffectiveness counted = MonthlyReview.effectiveness(five, snapshots, abcs,
                MissingIndicators.COUNT_AS_NOT_IMPROVED).get(EngagementTest.ANA);
        assertEquals(5, counted.practices());
        assertEquals(Effectiveness.LESS_EFFECTIVE, counted.effectiveness());
        assertEquals("coach-ana: 2 of 5 practices improved on EvidenceNOW outcomes, LESS_EFFECTIVE; without data, "
                + "counted as not improved: c, e", counted.toString());
        assertThrows(CcmValidationException.class, () -> IndicatorSet.of(" ", Map.of("x", Better.HIGHER)));
        assertThrows(CcmValidationException.class, () -> IndicatorSet.of("none", Map.of()));
    }

    private static PracticeProgress snapshot(String practice, Map<String, Double> indicators) {
        return PracticeProgress.builder().practice(PracticeId.of(practice)).asOf(LocalDate.of(2026, 11, 5))
                .pdsaCyclesCompleted(1).qiLeadNamed(true).regularTeamMeetings(true).putAllIndicators(indicators).build();
    }

    private static PracticeProgress snapshot(String practice, double noShowChange) {
        return PracticeProgress.builder().practice(PracticeId.of(practice)).asOf(LocalDate.of(2026, 11, 5))
                .pdsaCyclesCompleted(1).qiLeadNamed(true).regularTeamMeetings(true)
                .putIndicators("no-show-rate", noShowChange).build();
    }
}

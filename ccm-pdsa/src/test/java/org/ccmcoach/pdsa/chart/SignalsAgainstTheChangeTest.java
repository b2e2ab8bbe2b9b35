package org.ccmcoach.pdsa.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmcoach.pdsa.CycleId;
import org.ccmcoach.pdsa.Direction;
import org.junit.jupiter.api.Test;

/**
 * A baseline that sits below a median the improvement raised is one change seen twice: the signal
 * before the change is reported where it lies, without a direction; the one after it is the
 * improvement.
 */
class SignalsAgainstTheChangeTest {

    /*
     * Percent of patients with a self-management goal (higher is better), 18 months from Jan 2025.
     * Baseline, Jan-Sep 2025 (points 1-9):  40 42 38 41 39 43 40 42 37
     * After the goal form, Oct 2025-Jun 2026 (points 10-18): 55 58 60 57 59 61 56 60 62
     * One median over all 18: sorted, the 9th value is 43 (the baseline's largest) and the 10th 55
     * (the follow-up's smallest), so the median is (43 + 55) / 2 = 49. No point lies on it: points
     * 1-9 are all below, 10-18 all above. Two runs of 9, each past the IHI shift rule's 6 and past
     * Anhøj's longest-run limit round(log2 18 + 3) = 7 (the later of two equal runs is cited);
     * 1 crossing, under qbinom(0.05, 17, 0.5) = 5; 2 runs, fewer than IHI's limit. No 5 points go up
     * or down in a row (37, 55, 58, 60 is four; 60 is followed by 57).
     * The goal form's first cycle starts 2025-10-01, on point 10 (0-based 9): the first change.
     */
    private static final double[] GOALS = {40, 42, 38, 41, 39, 43, 40, 42, 37, 55, 58, 60, 57, 59, 61, 56, 60, 62};

    private static Series.Builder goals() {
        Series.Builder b = Series.builder().name("Patients with a goal (%)").direction(Direction.UP);
        for (int i = 0; i < GOALS.length; i++) {
            b.addObservations(SeriesPoint.of(LocalDate.of(2025, 1, 1).plusMonths(i), GOALS[i]));
        }
        return b;
    }

    private static Signal only(ProcessChart chart, Rule rule, int firstPoint) {
        List<Signal> found = chart.signals().stream().filter(s -> s.rule() == rule && s.points().get(0) == firstPoint).toList();
        assertEquals(1, found.size(), chart.signals().toString());
        return found.get(0);
    }

    @Test
    void the_baseline_below_a_median_the_improvement_raised_is_before_the_change_and_the_follow_up_an_improvement() {
        RunChart chart = RunChart.of(goals()
                .addAnnotations(Annotation.of(LocalDate.of(2025, 10, 1), "cycle 1: goal form", CycleId.of("goal-form-1")))
                .build());
        assertEquals(49, chart.lastPart().centreLine());
        assertEquals(OptionalInt.of(9), chart.firstChange());

        Signal baseline = only(chart, Rule.SHIFT, 0);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), baseline.points());
        assertEquals(Meaning.BEFORE_CHANGE, baseline.meaning());
        assertFalse(baseline.meaning().hasDirection());
        assertEquals("9 points below the median", baseline.detail());
        assertEquals("IHI run-chart rules: shift at points 1 to 9, 9 points below the median (before the change: no direction)",
                baseline.toString());
        assertEquals(Optional.empty(), chart.cycle(baseline), "a change explains nothing before it");

        Signal after = only(chart, Rule.SHIFT, 9);
        assertEquals(Meaning.IMPROVEMENT, after.meaning());
        assertEquals("9 points above the median", after.detail());
        assertTrue(chart.describe(after).endsWith("2025-10-01 to 2026-06-01, 9 points above the median (improvement)"),
                chart.describe(after));
        assertEquals(Optional.of(CycleId.of("goal-form-1")), chart.cycle(after));

        assertEquals(Meaning.IMPROVEMENT, only(chart, Rule.LONGEST_RUN, 9).meaning());
        assertEquals(Meaning.UNCLASSIFIED, only(chart, Rule.TOO_FEW_CROSSINGS, 0).meaning(), "no side");
        assertTrue(chart.signals().stream().noneMatch(s -> s.meaning() == Meaning.DETERIORATION), chart.signals().toString());
    }

    @Test
    void a_run_that_begins_before_the_change_carries_no_direction_even_where_most_of_it_is_after() {
        // The same months, the cycle dated two months later (Dec 2025, point 12): the follow-up run
        // of points 10-18 begins before it.
        RunChart chart = RunChart.of(goals()
                .addAnnotations(Annotation.of(LocalDate.of(2025, 12, 1), "cycle 1: goal form", CycleId.of("goal-form-1")))
                .build());
        assertEquals(OptionalInt.of(11), chart.firstChange());
        Signal after = only(chart, Rule.SHIFT, 9);
        assertEquals(Meaning.ACROSS_CHANGE, after.meaning());
        assertTrue(after.toString().endsWith("9 points above the median (across the change: no direction)"), after.toString());
        assertEquals(Meaning.BEFORE_CHANGE, only(chart, Rule.SHIFT, 0).meaning());
    }

    @Test
    void a_part_started_at_the_change_is_a_change_too() {
        // Parts at Oct 2025: the baseline's own median is 40 (37 38 39 40 40 41 42 42 43), with
        // points 1 and 7 on it; no six in a row on a side there. The follow-up's median is 59
        // (55 56 57 58 59 60 60 61 62); no shift either. The two parts' signals, if any, are placed
        // against point 10.
        RunChart chart = RunChart.of(goals()
                .addParts(Part.of(LocalDate.of(2025, 10, 1), "goal form adopted", CycleId.of("goal-form-1")))
                .build());
        assertEquals(OptionalInt.of(9), chart.firstChange());
        assertEquals(List.of(40.0, 59.0), chart.parts().stream().map(RunAnalysis::centreLine).toList());
        assertTrue(chart.signals().stream().filter(s -> s.part() == 0 && s.points().size() >= 2)
                .noneMatch(s -> s.meaning().hasDirection()), chart.signals().toString());
    }

    /*
     * The same months with the median frozen on the 9 baseline months: sorted 37 38 39 40 40 41 42
     * 42 43, median 40 (points 1 and 7 lie on it and are skipped). Sides: 1 on, 2 above, 3 below,
     * 4 above, 5 below, 6 above, 7 on, 8 above, 9 below; 10-18 all above. The longest run is points
     * 10-18, 9 above the frozen median: a shift (IHI), and past Anhøj's limit round(log2 16 + 3) = 7
     * for 16 useful points. It begins at the end of the baseline, the first change, and reads as
     * the improvement it is against the baseline (qicharts2's "freeze").
     */
    @Test
    void against_a_frozen_baseline_a_shift_after_the_baseline_is_an_improvement() {
        RunChart chart = RunChart.of(goals().baselinePoints(9).build());
        assertEquals(40, chart.centreLine(17), "the baseline's median, extended");
        assertEquals(OptionalInt.of(9), chart.firstChange(), "the end of the frozen baseline");
        Signal shift = only(chart, Rule.SHIFT, 9);
        assertEquals(List.of(9, 10, 11, 12, 13, 14, 15, 16, 17), shift.points());
        assertEquals(Meaning.IMPROVEMENT, shift.meaning());
        assertEquals("9 points above the median", shift.detail());
        assertEquals(Meaning.IMPROVEMENT, only(chart, Rule.LONGEST_RUN, 9).meaning());
        assertEquals(1, chart.signals(RunChartRuleSet.IHI_RUN_CHART).stream().filter(s -> s.rule() == Rule.SHIFT).count());
    }

    @Test
    void a_chart_that_marks_no_change_gives_no_direction_to_a_run() {
        RunChart chart = RunChart.of(goals().build());
        assertEquals(OptionalInt.empty(), chart.firstChange());
        assertEquals(Meaning.BEFORE_CHANGE, only(chart, Rule.SHIFT, 0).meaning());
        assertEquals(Meaning.BEFORE_CHANGE, only(chart, Rule.SHIFT, 9).meaning());
    }

    @Test
    void a_control_chart_places_its_points_beyond_the_limits_the_same_way() {
        // I chart of the same months, one centre line: the mean, 890 / 18 = 49.4. The 17 moving
        // ranges sum to 66 (the jump from 37 to 55 is 18 of it), mean 3.88, so the limits are
        // 49.4 -/+ 2.66 x 3.88 = 39.1 and 59.8: points 3, 5 and 9 (38, 39, 37; 0-based 2, 4, 8) of the
        // baseline lie below a lower limit the follow-up raised, and 12, 15, 17, 18 above the upper.
        ControlChart chart = ControlChart.of(ChartType.I, goals()
                .addAnnotations(Annotation.of(LocalDate.of(2025, 10, 1), "cycle 1: goal form", CycleId.of("goal-form-1")))
                .build());
        List<Signal> low = chart.signals().stream().filter(s -> s.detail().equals("below the lower limit")).toList();
        assertEquals(List.of(2, 4, 8), low.stream().map(s -> s.points().get(0)).toList(), chart.signals().toString());
        low.forEach(s -> assertEquals(Meaning.BEFORE_CHANGE, s.meaning(), s.toString()));
        assertTrue(chart.signals().stream().anyMatch(s -> s.meaning() == Meaning.IMPROVEMENT), chart.signals().toString());
        assertTrue(chart.signals().stream().noneMatch(s -> s.meaning() == Meaning.DETERIORATION), chart.signals().toString());
    }
}

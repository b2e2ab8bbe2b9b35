package org.ccmcoach.pdsa.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Too little data is not "random": each chart tells no signal apart from too few points. */
class VerdictTest {

    @Test
    void three_points_are_too_few_for_the_runs_rules_not_random() {
        RunChart c = RunChart.of(0.2, 0.3, 0.25);
        // The median is 0.25, the third point itself: 2 useful points, against the 10 the rules need.
        assertTrue(c.signals().isEmpty());
        assertEquals(Verdict.TOO_FEW_POINTS, c.verdict());
        assertEquals(new PartVerdict(0, Verdict.TOO_FEW_POINTS, 2, 10, "useful points for the runs rules"),
                c.verdicts().get(0));
        assertEquals("too few useful points for the runs rules: 2 of the 10 needed; no conclusion",
                c.verdicts().get(0).toString());
        assertTrue(c.toString().contains("verdict: too few useful points for the runs rules: 2 of the 10 needed"),
                c.toString());
    }

    @Test
    void ten_useful_points_without_a_rule_firing_are_no_signal() {
        // Median 5.5; sides - + - + - - + - + +: 8 runs, inside 3..9 (Swed-Eisenhart, n1 = n2 = 5:
        // P(R <= 2) = 2/252, P(R <= 3) = 10/252 > 0.025; symmetric above). Longest run 2 <= 6,
        // crossings 7 >= 2 (Anhøj). No rise or fall of 5.
        RunChart c = RunChart.of(3, 7, 2, 8, 5, 1, 9, 4, 10, 6);
        assertEquals(List.of(), c.signals());
        assertEquals(Verdict.NO_SIGNAL, c.verdict());
        assertEquals(10, c.verdicts().get(0).points());
        assertEquals("no signal; 10 useful points for the runs rules (10 needed)", c.verdicts().get(0).toString());
    }

    @Test
    void a_signal_on_a_short_series_stays_available_and_is_labelled_provisional() {
        // 1..8 rising: a trend of 8 (IHI: 5 or more), on 8 useful points (median 4.5), fewer than 10.
        RunChart c = RunChart.of(1, 2, 3, 4, 5, 6, 7, 8);
        Signal trend = c.signals().stream().filter(s -> s.rule() == Rule.TREND).findFirst().orElseThrow();
        assertTrue(trend.provisional());
        assertTrue(trend.toString().endsWith("[provisional: too few points for the rules]"), trend.toString());
        assertEquals(Verdict.TOO_FEW_POINTS, c.verdict());
        // The same rise over 10 points is a signal, not provisional.
        RunChart longer = RunChart.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertEquals(Verdict.SIGNAL, longer.verdict());
        assertTrue(longer.signals().stream().noneMatch(Signal::provisional));
    }

    @Test
    void each_part_has_its_own_verdict_and_the_chart_takes_the_strongest() {
        double[] v = {3, 7, 2, 8, 5, 1, 9, 4, 10, 6, 1, 2, 3};
        RunChart c = RunChart.of(v).withParts(10);
        assertEquals(Verdict.NO_SIGNAL, c.verdicts().get(0).verdict());
        assertEquals(Verdict.TOO_FEW_POINTS, c.verdicts().get(1).verdict(), "3 points, median 2: 2 useful");
        assertEquals(Verdict.TOO_FEW_POINTS, c.verdict(), "a short part cannot be called random");
        assertTrue(c.toString().contains("verdict, part 2: too few useful points"), c.toString());
    }

    @Test
    void control_limits_on_fewer_than_12_points_are_too_few() {
        double[] eleven = {10, 12, 11, 13, 9, 10, 12, 11, 10, 13, 11};
        ControlChart c = ControlChart.individuals(eleven);
        assertEquals(11, c.limitPoints(0));
        assertEquals(Verdict.TOO_FEW_POINTS, c.verdict());
        assertEquals("too few points under the control limits: 11 of the 12 needed; no conclusion",
                c.verdicts().get(0).toString());
        double[] twelve = {10, 12, 11, 13, 9, 10, 12, 11, 10, 13, 11, 12};
        assertEquals(Verdict.NO_SIGNAL, ControlChart.individuals(twelve).verdict());
        // A freeze on 6 points: the limits rest on 6 even though all 12 are tested.
        assertEquals(6, ControlChart.individuals(twelve).freeze(6).limitPoints(0));
        assertEquals(Verdict.TOO_FEW_POINTS, ControlChart.individuals(twelve).freeze(6).verdict());
    }

    @Test
    void a_count_chart_with_many_points_on_its_centre_line_is_short_for_the_run_rules() {
        // 14 counts, mean (6 × 2 + 4 × 1 + 4 × 3) / 14 = 2.0: the limits rest on 14 points, but only
        // the 8 counts of 1 and 3 lie off the centre line, fewer than the 10 the run rules need.
        ControlChart c = ControlChart.counts(2, 2, 2, 2, 2, 2, 1, 3, 1, 3, 1, 3, 1, 3);
        assertEquals(2.0, c.centreLine(0), 0);
        assertEquals(14, c.limitPoints(0));
        assertEquals(new PartVerdict(0, Verdict.TOO_FEW_POINTS, 8, 10, "useful points for the runs rules"),
                c.verdicts().get(0));
    }

    @Test
    void a_verdict_must_fit_its_counts() {
        assertThrows(IllegalArgumentException.class,
                () -> new PartVerdict(0, Verdict.NO_SIGNAL, 3, 10, "useful points for the runs rules"));
        assertThrows(IllegalArgumentException.class,
                () -> new PartVerdict(0, Verdict.TOO_FEW_POINTS, 10, 10, "useful points for the runs rules"));
    }

    @Test
    void text_for_people_names_points_by_date_else_from_1() {
        Series.Builder b = Series.builder().name("Foot exams");
        double[] v = {5, 5.5, 4.5, 5, 5.2, 4.8, 8, 8.5, 8.2, 8.8, 8.1, 8.4};
        for (int i = 0; i < v.length; i++) {
            b.addObservations(SeriesPoint.of(LocalDate.of(2026, 1, 1).plusMonths(i), v[i]));
        }
        RunChart dated = RunChart.of(b.build());
        Signal shift = dated.signals().stream().filter(s -> s.rule() == Rule.SHIFT).findFirst().orElseThrow();
        // Median 6.5 (between 5.5 and 8); the first six points are below it: indices 0-5,
        // January to June 2026.
        assertEquals(List.of(0, 1, 2, 3, 4, 5), shift.points());
        assertEquals("IHI run-chart rules: shift at 2026-01-01 to 2026-06-01, 6 points below the median",
                dated.describe(shift));
        assertEquals("IHI run-chart rules: shift at points 1 to 6, 6 points below the median", shift.toString());
        assertEquals("2026-03-01", dated.pointName(2));
        assertEquals("point 3", RunChart.of(v).pointName(2));
    }

    @Test
    void plurals_follow_the_count() {
        // One crossing: 12 points, 6 below then 6 above, so the Anhøj crossings rule fires with 1.
        RunChart c = RunChart.of(1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8);
        Signal crossings = c.signals(RunChartRuleSet.ANHOEJ).stream().filter(s -> s.rule() == Rule.TOO_FEW_CROSSINGS)
                .findFirst().orElseThrow();
        assertTrue(crossings.detail().startsWith("1 crossing;"), crossings.detail());
        assertFalse(c.toString().contains("1 crossings"), c.toString());
    }
}

package org.ccmcoach.pdsa.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.pdsa.CycleId;
import org.ccmcoach.pdsa.Direction;
import org.junit.jupiter.api.Test;

class RunChartTest {

    private static List<Rule> rules(List<Signal> signals) {
        return signals.stream().map(Signal::rule).toList();
    }

    @Test
    void a_steady_rise_by_hand() {
        // 1..12: median 6.5; 6 below then 6 above: two shifts; one trend of 12; 2 runs.
        RunChart c = RunChart.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertEquals(6.5, c.lastPart().centreLine());
        assertEquals(2, c.lastPart().runs());
        assertEquals(1, c.lastPart().crossings());
        assertEquals(6, c.lastPart().longestRun());
        assertEquals(7, c.lastPart().longestRunLimit());   // round(log2 12) + 3 = 4 + 3
        assertEquals(3, c.lastPart().crossingsLimit());    // qbinom(0.05, 11, 0.5)
        List<Signal> ihi = c.signals(RunChartRuleSet.IHI_RUN_CHART);
        assertEquals(List.of(Rule.SHIFT, Rule.SHIFT, Rule.TREND, Rule.TOO_FEW_RUNS), rules(ihi));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), ihi.get(0).points());
        assertEquals(List.of(6, 7, 8, 9, 10, 11), ihi.get(1).points());
        // Anhøj: longest run 6 is not > 7; crossings 1 < 3 signals.
        assertEquals(List.of(Rule.TOO_FEW_CROSSINGS), rules(c.signals(RunChartRuleSet.ANHOEJ)));
        // Text for a person numbers points from 1: indices 0-5 are points 1 to 6.
        assertEquals("IHI run-chart rules: shift at points 1 to 6, 6 points below the median", ihi.get(0).toString());
        assertEquals("IHI run-chart rules: too few runs, 2 runs; fewer than 4 signal for 12 useful points",
                ihi.get(3).toString());
    }

    @Test
    void points_on_the_median_neither_count_nor_break_a_shift_and_are_never_cited() {
        // Sorted: 1 1 1 1 1 5 5 9 9 9 9 9 9: median 5. Points 3 and 12 lie on it.
        RunChart c = RunChart.of(9, 9, 9, 5, 9, 9, 9, 1, 1, 1, 1, 1, 5);
        assertEquals(5, c.lastPart().centreLine());
        Signal shift = c.signals(RunChartRuleSet.IHI_RUN_CHART).stream().filter(s -> s.rule() == Rule.SHIFT).findFirst().orElseThrow();
        assertEquals(List.of(0, 1, 2, 4, 5, 6), shift.points());
        assertEquals(11, c.parts().get(0).usefulPoints());
        assertEquals(2, c.lastPart().runs());
        assertEquals(6, c.lastPart().longestRun());
    }

    @Test
    void trends_count_equal_values_once() {
        assertEquals(List.of(Rule.TREND), rules(RunChart.of(1, 2, 2, 3, 4, 5).signals(RunChartRuleSet.IHI_RUN_CHART)));
        assertFalse(rules(RunChart.of(1, 2, 2, 3, 4).signals(RunChartRuleSet.IHI_RUN_CHART)).contains(Rule.TREND));
        Signal down = RunChart.of(5, 4, 4, 4, 3, 2, 1).signals(RunChartRuleSet.IHI_RUN_CHART).stream()
                .filter(s -> s.rule() == Rule.TREND).findFirst().orElseThrow();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), down.points());
        assertEquals("5 points going down", down.detail());
        // Up 1..4, then down 4..0: the down trend starts at the turning point: 4 3 2 1 0 = 5 points.
        Signal turn = RunChart.of(1, 2, 3, 4, 3, 2, 1, 0).signals(RunChartRuleSet.IHI_RUN_CHART).stream()
                .filter(s -> s.rule() == Rule.TREND).findFirst().orElseThrow();
        assertEquals(List.of(3, 4, 5, 6, 7), turn.points());
    }

    @Test
    void too_many_runs_by_hand() {
        // 10 alternating points: 10 runs; for n = 10 more than 9 signal.
        RunChart c = RunChart.of(1, 9, 1, 9, 1, 9, 1, 9, 1, 9);
        assertEquals(10, c.lastPart().runs());
        assertTrue(rules(c.signals(RunChartRuleSet.IHI_RUN_CHART)).contains(Rule.TOO_MANY_RUNS));
    }

    @Test
    void a_frozen_baseline_and_parts() {
        double[] v = {5, 6, 5, 6, 5, 6, 2, 2, 2, 2, 2, 2};
        RunChart frozen = RunChart.of(v).freeze(6);
        assertEquals(5.5, frozen.centreLine(11), "the baseline median extends");
        assertTrue(frozen.signals(RunChartRuleSet.IHI_RUN_CHART).stream().anyMatch(s -> s.rule() == Rule.SHIFT
                && s.points().equals(List.of(6, 7, 8, 9, 10, 11))));
        RunChart parted = RunChart.of(v).withParts(6);
        assertEquals(2, parted.parts().size());
        assertEquals(5.5, parted.parts().get(0).centreLine());
        assertEquals(2, parted.lastPart().centreLine(), "the last part's median");
        assertEquals(0, parted.parts().get(1).usefulPoints(), "all on the median");
        assertThrows(IllegalArgumentException.class, () -> RunChart.of(v).freeze(13));
        assertThrows(IllegalArgumentException.class, () -> RunChart.of(v).withParts(0));
    }

    @Test
    void signals_are_classed_by_the_direction_of_improvement_after_the_change() {
        // Median 5 (sorted: 1 1 1 2 2 2 8 8 9 9 9 9): points 1-6 above, 7-12 below; two shifts of 6.
        RunChart down = RunChart.of(9, 9, 8, 9, 8, 9, 2, 1, 2, 1, 2, 1).withDirection(Direction.DOWN);
        List<Signal> shifts = down.signals(RunChartRuleSet.IHI_RUN_CHART).stream().filter(s -> s.rule() == Rule.SHIFT).toList();
        // No change marked: one median over both, so neither shift has a direction (Meaning).
        assertEquals(Meaning.BEFORE_CHANGE, shifts.get(0).meaning(), "above a median the fall pulled down");
        assertEquals(Meaning.BEFORE_CHANGE, shifts.get(1).meaning());
        assertTrue(shifts.get(0).toString().endsWith("6 points above the median (before the change: no direction)"),
                shifts.get(0).toString());
        // Frozen on the first 6 (median 9: points 3 and 5 below, the rest on it), points 7-12 lie
        // below: after the baseline, the improvement; the baseline's own 2 points below make no shift.
        List<Signal> frozen = down.freeze(6).signals(RunChartRuleSet.IHI_RUN_CHART).stream()
                .filter(s -> s.rule() == Rule.SHIFT).toList();
        assertEquals(1, frozen.size(), frozen.toString());
        assertEquals(Meaning.ACROSS_CHANGE, frozen.get(0).meaning(), "points 3 and 5 begin the run: " + frozen);
        assertEquals(Meaning.UNCLASSIFIED, RunChart.of(9, 9, 8, 9, 8, 9, 2, 1, 2, 1, 2, 1).signals().get(0).meaning());
    }

    @Test
    void a_series_brings_exclusions_marks_and_parts() {
        Series s = Series.builder().name("No-show rate").direction(Direction.DOWN)
                .addObservations(obs(1, 20), obs(2, 22), obs(3, 21).exclude("clinic closed half the month"),
                        obs(4, 23), obs(5, 19).withAstronomical(true), obs(6, 10), obs(7, 11), obs(8, 9))
                .addParts(Part.of(LocalDate.of(2026, 6, 1), "reminders adopted", CycleId.of("reminders-3")))
                .build();
        RunChart c = RunChart.of(s);
        assertEquals(List.of(0, 5), s.partStarts());
        assertEquals(21, c.parts().get(0).centreLine(), "median of 20, 22, 23, 19: excluded 21 left out");
        assertEquals(4, c.parts().get(0).usefulPoints());
        Signal astro = c.signals().stream().filter(x -> x.rule() == Rule.ASTRONOMICAL_POINT).findFirst().orElseThrow();
        assertEquals(List.of(4), astro.points());
        // Point 5 lies before the part that starts at point 6, the chart's first change.
        assertEquals(Meaning.BEFORE_CHANGE, astro.meaning());
        String text = c.toString();
        assertTrue(text.startsWith("No-show rate — run chart (median)\n"), text);
        assertTrue(text.contains("---- part 2"), text);
        assertTrue(text.lines().allMatch(l -> l.length() <= 80), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("   3 2026-03-01") && l.contains("x")), text);
        // The astronomical mark is named by its date, the only name a reader of the chart has.
        assertTrue(c.describe(astro).contains("at 2026-05-01"), c.describe(astro));
    }

    @Test
    void signals_are_tied_to_the_pdsa_cycle_that_changed_the_process() {
        Series.Builder b = Series.builder().name("No-show rate").direction(Direction.DOWN);
        double[] v = {22, 21, 23, 22, 20, 22, 21, 23, 19, 18, 17, 16, 15, 14, 15, 14};
        for (int i = 0; i < v.length; i++) {
            b.addObservations(SeriesPoint.of(LocalDate.of(2025, 1, 1).plusMonths(i), v[i]));
        }
        b.addAnnotations(Annotation.of(LocalDate.of(2025, 8, 15), "reminder test, one clinician", CycleId.of("reminders-1")));
        RunChart whole = RunChart.of(b.build());
        Signal shift = whole.signals(RunChartRuleSet.IHI_RUN_CHART).stream().filter(s -> s.rule() == Rule.SHIFT)
                .reduce((x, y) -> y).orElseThrow();
        assertEquals(Meaning.IMPROVEMENT, shift.meaning());
        assertEquals(java.util.Optional.of(CycleId.of("reminders-1")), whole.cycle(shift));
        RunChart parted = RunChart.of(b.addParts(Part.of(LocalDate.of(2025, 9, 1), "adopted", CycleId.of("reminders-3")))
                .build());
        List<Signal> inPart2 = parted.signals().stream().filter(s -> s.part() == 1).toList();
        assertFalse(inPart2.isEmpty(), "18 17 16 15 14 is a trend in part 2");
        inPart2.forEach(s -> assertEquals(java.util.Optional.of(CycleId.of("reminders-3")), parted.cycle(s)));
        assertEquals(java.util.Optional.empty(), RunChart.of(v).cycle(RunChart.of(v).signals().get(0)));
    }

    @Test
    void values_must_be_finite() {
        assertThrows(IllegalArgumentException.class, () -> RunChart.of(1, Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, RunChart::of);
    }

    static SeriesPoint obs(int month, double v) {
        return SeriesPoint.of(LocalDate.of(2026, month, 1), v);
    }

    @Test
    void exposes_what_a_drawing_needs_dates_exclusions_parts_and_the_series() {
        LocalDate jan = LocalDate.of(2026, 1, 1);
        Series.Builder b = Series.builder().name("No-shows");
        for (int m = 0; m < 6; m++) {
            SeriesPoint o = SeriesPoint.of(jan.plusMonths(m), m);
            b.addObservations(m == 2 ? o.exclude("scheduling system down") : o);
        }
        Series series = b.addParts(Part.of(jan.plusMonths(4), "reminders adopted")).build();
        RunChart chart = RunChart.of(series);
        assertEquals("No-shows", chart.title());
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 4, 1)), chart.date(3));
        assertTrue(chart.excluded(2));
        assertFalse(chart.excluded(3));
        assertEquals(List.of(0, 4), chart.partStarts());
        assertEquals(java.util.Optional.of(series), chart.series());
        assertThrows(IndexOutOfBoundsException.class, () -> chart.date(6));

        RunChart bare = RunChart.of(1, 2, 3).withParts(1);
        assertEquals("", bare.title());
        assertEquals(java.util.Optional.empty(), bare.date(0));
        assertEquals(java.util.Optional.empty(), bare.series());
        assertEquals(List.of(0, 1), bare.partStarts());
    }

    @Test
    void a_point_marked_astronomical_is_a_signal_of_its_own() {
        RunChart chart = RunChart.of(5, 6, 5, 6, 20, 6, 5, 6).markAstronomical(4);
        Signal s = chart.signals().stream().filter(x -> x.rule() == Rule.ASTRONOMICAL_POINT).findFirst().orElseThrow();
        assertEquals(List.of(4), s.points());
        assertEquals(8, chart.size());
        assertEquals(20.0, chart.value(4));
        assertThrows(IllegalArgumentException.class, () -> chart.markAstronomical(8));
        assertThrows(IllegalArgumentException.class, () -> chart.markAstronomical(-1));
    }
}

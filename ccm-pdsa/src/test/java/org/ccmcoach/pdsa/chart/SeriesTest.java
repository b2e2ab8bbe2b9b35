package org.ccmcoach.pdsa.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

/** Observations and series refuse what a chart could not use, each rule named with the value. */
class SeriesTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private static String refused(Runnable build) {
        return assertThrows(CcmValidationException.class, build::run).getMessage();
    }

    @Test
    void an_observation_has_exactly_one_shape() {
        assertEquals("SeriesPoint.value: must be given, or a numerator with a denominator, or a count (with an "
                + "exposure for a rate) (was OptionalDouble.empty)", refused(() -> ImmutableSeriesPoint.builder().date(JAN).build()));
        assertTrue(refused(() -> ImmutableSeriesPoint.builder().date(JAN).value(1).count(2).build())
                .startsWith("SeriesPoint.value: must be given, or a numerator"));
    }

    @Test
    void each_shape_checks_its_numbers() {
        assertEquals("SeriesPoint.value: must be finite (was OptionalDouble[Infinity])",
                refused(() -> SeriesPoint.of(JAN, Double.POSITIVE_INFINITY)));
        assertEquals("SeriesPoint.denominator: must be at least 1 and given with a numerator (was OptionalLong[0])",
                refused(() -> SeriesPoint.proportion(JAN, 0, 0)));
        assertEquals("SeriesPoint.numerator: must be from 0 to the denominator (was OptionalLong[11])",
                refused(() -> SeriesPoint.proportion(JAN, 11, 10)));
        assertEquals("SeriesPoint.numerator: must be from 0 to the denominator (was OptionalLong[-1])",
                refused(() -> SeriesPoint.proportion(JAN, -1, 10)));
        assertEquals("SeriesPoint.count: must be at least 0 (was OptionalLong[-1])", refused(() -> SeriesPoint.count(JAN, -1)));
        assertEquals("SeriesPoint.exposure: must be more than 0 and given with a count (was OptionalDouble[0.0])",
                refused(() -> SeriesPoint.rate(JAN, 3, 0)));
        // 3 / 1e-320 is infinite: the exposure is refused, not the rate passed on.
        assertEquals("SeriesPoint.exposure: must be at least 0.000001, so that the rate and its limits are finite"
                + " (was OptionalDouble[1.0E-320])", refused(() -> SeriesPoint.rate(JAN, 3, 1e-320)));
        assertEquals("SeriesPoint.denominator: must be at least 1 and given with a numerator (was OptionalLong[5])",
                refused(() -> ImmutableSeriesPoint.builder().date(JAN).denominator(5).build()));
        // Edges that hold: 0 of 10, 10 of 10, a count of 0.
        assertEquals(0.0, SeriesPoint.proportion(JAN, 0, 10).y());
        assertEquals(1.0, SeriesPoint.proportion(JAN, 10, 10).y());
        assertEquals(0.0, SeriesPoint.count(JAN, 0).y());
    }

    @Test
    void each_shape_plots_its_value_and_reads_in_a_line() {
        assertEquals(0.25, SeriesPoint.proportion(JAN, 5, 20).y());       // 5 / 20
        assertEquals(1.5, SeriesPoint.rate(JAN, 3, 2.0).y());             // 3 per 2.0
        assertEquals(7.0, SeriesPoint.count(JAN, 7).y());
        assertEquals(SeriesPoint.Kind.RATE, SeriesPoint.rate(JAN, 3, 2.0).kind());
        assertEquals(SeriesPoint.Kind.COUNT, SeriesPoint.count(JAN, 7).kind());
        assertEquals("2026-01-01 5/20", SeriesPoint.proportion(JAN, 5, 20).toString());
        assertEquals("2026-01-01 3/2.0", SeriesPoint.rate(JAN, 3, 2.0).toString());
        assertEquals("2026-01-01 7", SeriesPoint.count(JAN, 7).toString());
        assertEquals("2026-01-01 4.5 (excluded: audit)", SeriesPoint.of(JAN, 4.5).exclude("audit").toString());
    }

    @Test
    void a_series_is_in_date_order_of_one_kind_with_parts_inside_it() {
        SeriesPoint a = SeriesPoint.of(JAN, 1);
        SeriesPoint b = SeriesPoint.of(JAN.plusMonths(1), 2);
        SeriesPoint c = SeriesPoint.of(JAN.plusMonths(2), 3);
        assertEquals("Series.observations[1].date: must be after the previous point's date 2026-02-01 (was 2026-01-01)",
                refused(() -> Series.builder().name("s").addObservations(b, a).build()));
        assertEquals("Series.observations[1].date: must be after the previous point's date 2026-01-01 (was 2026-01-01)",
                refused(() -> Series.builder().name("s").addObservations(a, a).build()));
        assertEquals("Series.observations[1]: must be a VALUE like the first point (was COUNT)",
                refused(() -> Series.builder().name("s").addObservations(a, SeriesPoint.count(JAN.plusMonths(1), 2)).build()));
        String rule = "must be after the first point and the previous part";
        assertEquals("Series.parts[0].start: " + rule + " (was 2026-01-01)",
                refused(() -> Series.builder().name("s").addObservations(a, b, c).addParts(Part.of(JAN, "x")).build()));
        assertEquals("Series.parts[0].start: must have a point on or after it (was 2026-04-01)", refused(() -> Series.builder().name("s")
                .addObservations(a, b, c).addParts(Part.of(JAN.plusMonths(3), "after the last point")).build()));
        assertEquals("Series.parts[1].start: " + rule + " (was 2026-02-01)", refused(() -> Series.builder().name("s")
                .addObservations(a, b, c).addParts(Part.of(JAN.plusMonths(2), "x"), Part.of(JAN.plusMonths(1), "y")).build()));
        // A part starting between points starts at the first point on or after it.
        Series parted = Series.builder().name("s").addObservations(a, b, c).addParts(Part.of(JAN.plusDays(40), "x")).build();
        assertEquals(List.of(0, 2), parted.partStarts());
        assertEquals(List.of(0, 1), Series.builder().name("s").addObservations(a, b, c)
                .addParts(Part.of(JAN.plusMonths(1), "x")).build().partStarts());
        assertEquals("s: 3 points, 2 parts, baseline frozen at 2", parted.withBaselinePoints(2).toString());
        assertEquals("s: 3 points", Series.builder().name("s").addObservations(a, b, c).build().toString());
    }

    @Test
    void signal_points_are_a_list_like_any_other() {
        Signal s = new Signal(RunChartRuleSet.IHI_RUN_CHART, Rule.SHIFT, List.of(3, 4, 5), 0, Meaning.IMPROVEMENT, "d");
        assertEquals(List.of(3, 4, 5), s.points());
        assertEquals(List.of(3, 4, 5).hashCode(), s.points().hashCode());
        assertEquals("[3, 4, 5]", s.points().toString());
        assertEquals(5, s.points().get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> s.points().get(3));
        assertThrows(UnsupportedOperationException.class, () -> s.points().add(6));
        List<Integer> view = Points.of(new int[] {9, 3, 4, 5, 9}, 1, 4);
        assertEquals(s.points(), view);
        assertEquals(view, s.points());
        assertFalse(view.contains(9));
    }

    @Test
    void two_parts_on_one_point_are_refused_and_each_signal_names_its_own_cycle() {
        Series.Builder b = Series.builder().name("no-shows");
        for (int m = 0; m < 24; m++) {
            b.addObservations(SeriesPoint.of(JAN.plusMonths(m), m < 16 ? 10 : 2));
        }
        // Points fall on the 1st of each month: 5 March and 20 March both start at the point of 1 April.
        String message = refused(() -> b.build().withParts(
                Part.of(LocalDate.of(2026, 3, 5), "reminders", org.ccmcoach.pdsa.CycleId.of("cycle-b")),
                Part.of(LocalDate.of(2026, 3, 20), "huddles", org.ccmcoach.pdsa.CycleId.of("cycle-c"))));
        assertEquals("Series.parts[1].start: must not start on the same point as parts[0] (both start at the point of"
                + " 2026-04-01, with no point between them); keep one part, giving it both reasons (was 2026-03-20)", message);
        // Parts with their own points: a shift in the third part is cycle-c's, not cycle-b's.
        Series series = b.build().withParts(
                Part.of(JAN.plusMonths(4), "reminders", org.ccmcoach.pdsa.CycleId.of("cycle-b")),
                Part.of(JAN.plusMonths(12), "huddles", org.ccmcoach.pdsa.CycleId.of("cycle-c")));
        assertEquals(List.of(0, 4, 12), series.partStarts());
        RunChart chart = RunChart.of(series);
        List<Signal> third = chart.signals().stream().filter(s -> s.part() == 2).toList();
        assertFalse(third.isEmpty(), chart.signals().toString());
        // Part 3 holds months 12..23, four points at 10 and then eight at 2: it signals, and every one
        // of its signals names cycle-c, the cycle that started it (before the fix, cycle-b).
        third.forEach(s -> assertEquals(org.ccmcoach.pdsa.CycleId.of("cycle-c"), chart.cycle(s).orElseThrow()));
    }
}

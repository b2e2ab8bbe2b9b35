package org.ccmcoach.pdsa.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A verdict follows from the counts and the signals, and short parts' signals are provisional. */
class VerdictProperties {

    /** Small whole numbers, so that points on the median are common and useful points vary. */
    @Provide
    Arbitrary<double[]> series() {
        return Arbitraries.integers().between(0, 6).list().ofMinSize(1).ofMaxSize(40)
                .map(l -> l.stream().mapToDouble(Integer::doubleValue).toArray());
    }

    @Property
    void a_run_chart_is_short_exactly_when_it_has_fewer_than_ten_useful_points(@ForAll("series") double[] v) {
        RunChart c = RunChart.of(v);
        // Useful points counted independently of the chart: off the median of a sorted copy.
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        long useful = java.util.Arrays.stream(v).filter(x -> x != median).count();
        PartVerdict part = c.verdicts().get(0);
        assertEquals(useful, part.points());
        assertEquals(useful < 10, part.verdict() == Verdict.TOO_FEW_POINTS);
        if (useful >= 10) {
            assertEquals(c.signals().isEmpty() ? Verdict.NO_SIGNAL : Verdict.SIGNAL, c.verdict());
        }
        // Signals are provisional exactly on a short part, and never dropped for it.
        assertTrue(c.signals().stream().allMatch(s -> s.provisional() == (useful < 10)));
    }

    @Property
    void a_control_chart_is_short_exactly_below_12_limit_points_or_10_points_off_its_centre(@ForAll("series") double[] v) {
        if (v.length < 2) {
            return;   // an I chart needs two points for a moving range
        }
        ControlChart c = ControlChart.individuals(v);
        assertEquals(v.length, c.limitPoints(0));
        // Short when the limits rest on fewer than 12 points, or fewer than 10 lie off the centre line.
        // The mean of whole numbers equals one of them only when it is a whole number, and then
        // sum / n is exact, so this count does not depend on how the chart computes its mean.
        double mean = java.util.Arrays.stream(v).sum() / v.length;
        long offCentre = java.util.Arrays.stream(v).filter(x -> x != mean).count();
        boolean shortPart = v.length < 12 || offCentre < 10;
        assertEquals(shortPart, c.verdict() == Verdict.TOO_FEW_POINTS);
        assertTrue(c.signals().stream().allMatch(s -> s.provisional() == shortPart));
    }

    @Property
    void text_for_people_never_shows_a_zero_based_point(@ForAll("series") double[] v) {
        RunChart c = RunChart.of(v);
        for (Signal s : c.signals()) {
            if (!s.points().isEmpty()) {
                int first = s.points().get(0) + 1;
                assertTrue(s.toString().contains(" at point " + first) || s.toString().contains(" at points " + first),
                        s.toString());
            }
        }
    }
}

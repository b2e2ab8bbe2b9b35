package org.ccmcoach.pdsa.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Run-chart analysis depends on order and on which side of the median a point lies, nothing else. */
class RunChartProperties {

    /** Series of small whole numbers, so that ties and points on the median are common. */
    @Provide
    Arbitrary<double[]> series() {
        return Arbitraries.integers().between(0, 9).list().ofMinSize(1).ofMaxSize(60)
                .map(l -> l.stream().mapToDouble(Integer::doubleValue).toArray());
    }

    private static List<String> signature(RunChart c) {
        return c.signals().stream().map(s -> s.ruleSet() + " " + s.rule() + " " + s.points()).toList();
    }

    @Property
    void adding_a_constant_changes_no_signal(@ForAll("series") double[] v, @ForAll("shifts") int k) {
        double[] moved = v.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += k;
        }
        assertEquals(signature(RunChart.of(v)), signature(RunChart.of(moved)));
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(-1000, 1000);
    }

    @Property
    void multiplying_by_a_positive_constant_changes_no_signal(@ForAll("series") double[] v, @ForAll("factors") int k) {
        double[] scaled = v.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= k;
        }
        assertEquals(signature(RunChart.of(v)), signature(RunChart.of(scaled)));
    }

    @Provide
    Arbitrary<Integer> factors() {
        return Arbitraries.integers().between(1, 1000);
    }

    @Property
    void reversing_keeps_the_longest_run_and_crossings(@ForAll("series") double[] v) {
        double[] reversed = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            reversed[i] = v[v.length - 1 - i];
        }
        RunChart a = RunChart.of(v);
        RunChart b = RunChart.of(reversed);
        assertEquals(a.lastPart().longestRun(), b.lastPart().longestRun());
        assertEquals(a.lastPart().crossings(), b.lastPart().crossings());
        assertEquals(a.lastPart().centreLine(), b.lastPart().centreLine());
    }

    @Property
    void a_shift_never_cites_a_point_on_the_median(@ForAll("series") double[] v) {
        RunChart c = RunChart.of(v);
        for (Signal s : c.signals()) {
            if (s.rule() == Rule.SHIFT || s.rule() == Rule.LONGEST_RUN) {
                for (int i : s.points()) {
                    assertFalse(v[i] == c.lastPart().centreLine(), "point " + i + " lies on the median: " + s);
                }
            }
        }
    }
}

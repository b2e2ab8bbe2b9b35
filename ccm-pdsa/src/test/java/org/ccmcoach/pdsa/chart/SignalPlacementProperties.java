package org.ccmcoach.pdsa.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmcoach.pdsa.Direction;

/**
 * Where a signal lies against the chart's first change decides whether it carries a direction; the
 * direction decides nothing else.
 */
class SignalPlacementProperties {

    /**
     * Values, a direction, and a change: none (0), a part start (1) or a frozen baseline (2) at a
     * point, leaving at least 2 points on each side (an I chart's least baseline).
     */
    record Case(double[] values, Direction direction, int kind, int at) {

        ProcessChart chart(boolean control) {
            ProcessChart plain = control ? ControlChart.individuals(values) : RunChart.of(values);
            if (kind == 1) {
                plain = control ? ((ControlChart) plain).withParts(at) : ((RunChart) plain).withParts(at);
            } else if (kind == 2) {
                plain = control ? ((ControlChart) plain).freeze(at) : ((RunChart) plain).freeze(at);
            }
            return direction == null ? plain : plain instanceof RunChart r ? r.withDirection(direction)
                    : ((ControlChart) plain).withDirection(direction);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<double[]> values = Arbitraries.integers().between(0, 9).list().ofMinSize(4).ofMaxSize(60)
                .map(l -> l.stream().mapToDouble(Integer::doubleValue).toArray());
        return Combinators.combine(values, Arbitraries.of(Direction.UP, Direction.DOWN), Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 1))
                .as((v, d, kind, where) -> new Case(v, d, kind, 2 + (int) (where * (v.length - 4))));
    }

    @Property
    void no_signal_that_begins_before_the_first_change_carries_a_direction(@ForAll("cases") Case c,
                                                                           @ForAll boolean control) {
        ProcessChart chart = c.chart(control);
        int change = chart.firstChange().orElse(chart.size());
        for (Signal s : chart.signals()) {
            if (!s.points().isEmpty() && s.points().get(0) < change) {
                assertFalse(s.meaning().hasDirection(), s + " before the change at " + change);
            }
            if (s.meaning() == Meaning.BEFORE_CHANGE || s.meaning() == Meaning.ACROSS_CHANGE) {
                assertTrue(s.points().get(0) < change, s + " placed before a change at " + change);
                assertEquals(s.points().get(s.points().size() - 1) < change, s.meaning() == Meaning.BEFORE_CHANGE, s.toString());
            }
        }
    }

    @Property
    void the_direction_changes_only_meanings(@ForAll("cases") Case c, @ForAll boolean control) {
        ProcessChart with = c.chart(control);
        ProcessChart without = new Case(c.values(), null, c.kind(), c.at()).chart(control);
        assertEquals(signature(without), signature(with));
        assertTrue(without.signals().stream().allMatch(s -> s.meaning() == Meaning.UNCLASSIFIED), without.signals().toString());
    }

    @Property
    void a_frozen_baseline_or_a_part_starts_the_change(@ForAll("cases") Case c, @ForAll boolean control) {
        ProcessChart chart = c.chart(control);
        if (c.kind() == 0) {
            assertTrue(chart.firstChange().isEmpty());
        } else {
            assertEquals(c.at(), chart.firstChange().orElse(chart.size()));
        }
    }

    private static List<String> signature(ProcessChart c) {
        return c.signals().stream().map(s -> s.ruleSet() + " " + s.rule() + " " + s.points() + " " + s.detail()).toList();
    }
}

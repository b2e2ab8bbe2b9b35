package org.ccmcoach.core.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

class CostProperties {

    @Provide
    Arbitrary<Workload> workloads() {
        Arbitrary<Double> q = Arbitraries.doubles().between(0, 10_000).ofScale(2);
        return Combinators.combine(q, q, q, q, Arbitraries.integers().between(0, 50), q)
                .as((v, c, t, m, s, mo) -> Workload.builder().siteVisits(v).coachMinutes(c).travelMinutes(t)
                        .travelMiles(m).practiceStarts(s).practiceMonths(mo).build());
    }

    @Property
    void more_work_never_costs_less(@ForAll("workloads") Workload a, @ForAll("workloads") Workload b) {
        CostModel model = CostModelTest.model();
        Money alone = model.price(a).total();
        Money both = model.price(a.plus(b)).total();
        assertTrue(both.isGreaterThan(alone) || both.isEqual(alone), both + " < " + alone);
    }

    @Property
    void every_line_is_in_whole_cents_and_the_parts_add_within_a_cent_a_line(@ForAll("workloads") Workload a,
                                                                             @ForAll("workloads") Workload b) {
        CostModel model = CostModelTest.model();
        CostBreakdown whole = model.price(a.plus(b));
        whole.lines().values().forEach(m -> assertEquals(2, m.getAmount().scale()));
        CostBreakdown parts = model.price(a).plus(model.price(b));
        for (CostLine line : CostLine.values()) {
            // Each line is rounded once, so splitting a workload moves a line by at most one cent.
            assertTrue(whole.line(line).minus(parts.line(line)).abs().getAmount().compareTo(new java.math.BigDecimal("0.01")) <= 0,
                    line + ": " + whole.line(line) + " against " + parts.line(line));
        }
    }
}

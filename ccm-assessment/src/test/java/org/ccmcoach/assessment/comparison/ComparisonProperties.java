package org.ccmcoach.assessment.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Holm's adjustment: never below the raw p, never above 1, order kept, and Bonferroni's bound. */
class ComparisonProperties {

    @Provide
    Arbitrary<List<Double>> pValues() {
        return Arbitraries.doubles().between(0, 1).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property
    void holm_lies_between_the_raw_p_and_bonferroni_and_keeps_the_order(@ForAll("pValues") List<Double> p) {
        Map<String, Double> named = new LinkedHashMap<>();
        for (int i = 0; i < p.size(); i++) {
            named.put("m" + i, p.get(i));
        }
        List<ComparisonFamily.AdjustedP> adjusted = ComparisonFamily.holm("family", named).adjusted();
        int m = p.size();
        for (int i = 0; i < m; i++) {
            double a = adjusted.get(i).adjustedP();
            assertTrue(a >= p.get(i) - 1e-15 && a <= 1, "raw <= Holm <= 1");
            assertTrue(a <= Math.min(1, m * p.get(i)) + 1e-15, "Holm <= Bonferroni");
            for (int j = 0; j < m; j++) {
                if (p.get(i) < p.get(j)) {
                    assertTrue(a <= adjusted.get(j).adjustedP() + 1e-15, "a smaller p is never adjusted above a larger one");
                }
            }
        }
        // The smallest p is multiplied by m exactly (capped at 1).
        double smallest = p.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertEquals(Math.min(1, m * smallest),
                adjusted.stream().mapToDouble(ComparisonFamily.AdjustedP::adjustedP).min().orElseThrow(), 1e-12);
    }
}

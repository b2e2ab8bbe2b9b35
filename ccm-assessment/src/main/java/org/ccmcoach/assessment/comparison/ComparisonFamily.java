package org.ccmcoach.assessment.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Invariants;

/**
 * A named family of tests with p values adjusted for multiplicity by Holm's step-down method.
 *
 * <p>Testing each of the seven ACIC elements at 5 % gives, were the tests independent, a 30 %
 * chance (1 − 0.95<sup>7</sup>) that at least one "improves" by chance alone. Holm's method (Holm 1979) keeps that family-wise error at 5 % and is
 * uniformly more powerful than Bonferroni: with the m p values in ascending order, the i-th (from
 * 1) is multiplied by m − i + 1, capped at 1, and made no smaller than the one before it. The
 * family is named in the result, since an adjusted p means nothing without it.
 *
 * <pre>{@code
 * ComparisonFamily f = ComparisonFamily.holm("ACIC elements, baseline to 10 months", elementComparisons);
 * f.adjusted().get(0).adjustedP();
 * System.out.println(f);
 * }</pre>
 *
 * @param name  the family, as a reader should see it named
 * @param adjusted  each test with its raw and Holm-adjusted p, in the order given
 */
public record ComparisonFamily(String name, List<AdjustedP> adjusted) {

    /**
     * One test of a family.
     *
     * @param measure  the measure compared
     * @param p  the unadjusted p value
     * @param adjustedP  the Holm-adjusted p value, at least p
     */
    public record AdjustedP(String measure, double p, double adjustedP) {

        /**
         * Returns {@code community: p=0.012, Holm-adjusted p=0.048}.
         *
         * @return the test in words
         */
        @Override
        public String toString() {
            return measure + ": " + Decimals.pValue(p) + ", Holm-adjusted " + Decimals.pValue(adjustedP);
        }
    }

    /**
     * Checks and copies.
     *
     * @param name  the family's name, not blank
     * @param adjusted  the tests, at least one
     */
    public ComparisonFamily {
        Objects.requireNonNull(name, "name");
        adjusted = List.copyOf(adjusted);
        Invariants.of(ComparisonFamily.class)
                .require(!name.isBlank(), "name", "must not be blank: a reader needs to see the family's name", name)
                .require(!adjusted.isEmpty(), "adjusted", "must hold at least one comparison", adjusted)
                .check();
    }

    /**
     * Adjusts a family of comparisons by Holm's method.
     *
     * @param name  the family's name, such as {@code "ACIC elements, baseline to 10 months"}, not blank
     * @param comparisons  the tests of the family, at least one, each p from 0 to 1
     * @return the family, not null
     * @throws IllegalArgumentException if the name is blank, the list empty or a p value outside 0..1
     */
    public static ComparisonFamily holm(String name, List<? extends Comparison> comparisons) {
        return adjust(name, comparisons.stream().map(Comparison::measure).toList(),
                comparisons.stream().mapToDouble(Comparison::p).toArray());
    }

    private static ComparisonFamily adjust(String name, List<String> measures, double[] p) {
        int m = p.length;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException(measures.get(i) + " has p = " + p[i] + "; need 0 to 1");
            }
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order.get(rank);
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        List<AdjustedP> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            out.add(new AdjustedP(measures.get(i), p[i], adjusted[i]));
        }
        return new ComparisonFamily(name, out);
    }

    /**
     * Adjusts p values a caller already has, by measure, such as those of another package's tests.
     *
     * @param name  the family's name, not blank
     * @param pByMeasure  each measure's unadjusted p, 0 to 1, in the order to report, at least one
     * @return the family, not null
     * @throws IllegalArgumentException if the name is blank, the map empty or a p value outside 0..1
     */
    public static ComparisonFamily holm(String name, java.util.Map<String, Double> pByMeasure) {
        List<String> measures = new ArrayList<>(pByMeasure.keySet());
        double[] p = new double[measures.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = Objects.requireNonNull(pByMeasure.get(measures.get(i)), "p");
        }
        return adjust(name, measures, p);
    }

    /**
     * The adjusted test of a measure.
     *
     * @param measure  the measure
     * @return its adjusted p, if the family has it
     */
    public java.util.Optional<AdjustedP> of(String measure) {
        return adjusted.stream().filter(a -> a.measure().equals(measure)).findFirst();
    }

    /**
     * Returns the family's name and size, then one test a line.
     *
     * @return the family in words
     */
    @Override
    public String toString() {
        return "Family \"" + name + "\": " + adjusted.size() + (adjusted.size() == 1 ? " test" : " tests")
                + ", Holm-adjusted for multiplicity\n"
                + adjusted.stream().map(a -> "  " + a).collect(Collectors.joining("\n"));
    }
}

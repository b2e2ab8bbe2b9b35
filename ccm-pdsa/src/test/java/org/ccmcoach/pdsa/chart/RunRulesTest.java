package org.ccmcoach.pdsa.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunRulesTest {

    /** domain/pdsa-and-charts.md, "Computed limits for n = 10..60". */
    private static final int[] MIN_CROSSINGS = {2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 8, 9, 9, 10, 10, 11, 11,
        11, 12, 12, 13, 13, 14, 14, 14, 15, 15, 16, 16, 17, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 21, 22, 22, 23, 23};

    @Test
    void anhoej_limits_equal_the_specification_table_for_n_10_to_60() {
        for (int n = 10; n <= 60; n++) {
            int maxRun = n <= 11 ? 6 : n <= 22 ? 7 : n <= 45 ? 8 : 9;
            assertEquals(maxRun, RunRules.longestRunLimit(n), "longest run limit, n = " + n);
            assertEquals(MIN_CROSSINGS[n - 10], RunRules.crossingsLimit(n), "crossings limit, n = " + n);
        }
    }

    @Test
    void ihi_runs_limits_for_ten_points_by_hand() {
        // n1 = n2 = 5, C(10, 5) = 252 arrangements. P(R=2) = 2/252, P(R=3) = (4 + 4)/252 = 8/252;
        // P(R <= 2) = 0.0079 <= 0.025 < P(R <= 3) = 0.0397, so fewer than 3 runs signal; by symmetry
        // P(R >= 10) = 2/252, P(R >= 9) = 10/252: more than 9 runs signal.
        assertArrayEquals(new int[] {3, 9}, RunRules.runsLimits(10));
    }

    @Test
    void ihi_runs_limits_match_an_independent_exact_computation() {
        // Python, exact fractions over math.comb, same definitions: {n: (fewest, most)}.
        Map<Integer, int[]> expected = Map.ofEntries(
                Map.entry(11, new int[] {4, 9}), Map.entry(12, new int[] {4, 10}), Map.entry(13, new int[] {4, 11}),
                Map.entry(14, new int[] {4, 12}), Map.entry(15, new int[] {5, 12}), Map.entry(16, new int[] {5, 13}),
                Map.entry(17, new int[] {6, 13}), Map.entry(18, new int[] {6, 14}), Map.entry(19, new int[] {6, 15}),
                Map.entry(20, new int[] {7, 15}), Map.entry(21, new int[] {7, 16}), Map.entry(22, new int[] {8, 16}),
                Map.entry(23, new int[] {8, 17}), Map.entry(24, new int[] {8, 18}), Map.entry(25, new int[] {9, 18}),
                Map.entry(26, new int[] {9, 19}), Map.entry(27, new int[] {10, 19}), Map.entry(28, new int[] {10, 20}),
                Map.entry(29, new int[] {10, 21}), Map.entry(30, new int[] {11, 21}));
        expected.forEach((n, limits) -> assertArrayEquals(limits, RunRules.runsLimits(n), "n = " + n));
    }

    @Test
    void tiny_series_have_no_runs_signal() {
        // n = 6: P(R = 2) = 2/20 = 0.1 already exceeds 2.5 %, so no count of runs can signal.
        assertArrayEquals(new int[] {2, 6}, RunRules.runsLimits(6));
    }

    @Test
    void runs_limits_summed_in_logarithms_equal_exact_integer_sums() {
        // The exact integer sums (ExactRunsLimits) are the reference.
        for (int n = 2; n <= 600; n++) {
            assertArrayEquals(ExactRunsLimits.of(n), RunRules.runsLimits(n), "n = " + n);
        }
        for (int n = 601; n <= 4000; n += 97) {
            assertArrayEquals(ExactRunsLimits.of(n), RunRules.runsLimits(n), "n = " + n);
        }
    }

    @Test
    void runs_limits_for_a_million_points_sit_about_two_standard_deviations_from_the_expected_runs() {
        // Normal approximation for n1 = n2 = 500,000: mean 500,001 runs, sd = sqrt(n/4) ≈ 499.9997;
        // 1.96 sd ≈ 980, so the limits are within a run or two of 499,021 and 500,981.
        int[] limits = RunRules.runsLimits(1_000_000);
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(limits[0] - 499_021) <= 2, "fewest " + limits[0]);
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(limits[1] - 500_981) <= 2, "most " + limits[1]);
    }
}

package org.ccmcoach.pdsa.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlChartTest {

    private static final double EXACT = 1e-9;
    private static final double[] Y = {10, 12, 11, 13, 12, 14, 11, 13};

    @Test
    void i_chart_by_hand() {
        // Mean 96/8 = 12; moving ranges 2 1 2 1 2 3 2, MR-bar 13/7; limits 12 ± 3 (13/7) / 1.128.
        ControlChart c = ControlChart.individuals(Y);
        double halfWidth = 3 * (13.0 / 7) / 1.128;
        for (int i = 0; i < Y.length; i++) {
            assertEquals(12, c.centreLine(i), EXACT);
            assertEquals(12 + halfWidth, c.upperLimit(i), EXACT);
            assertEquals(12 - halfWidth, c.lowerLimit(i), EXACT);
        }
        assertEquals(16.93920972644377, c.upperLimit(0), EXACT);   // Python, same formula
        assertTrue(c.signals().isEmpty());
    }

    @Test
    void i_chart_freeze_and_parts_by_hand() {
        // Frozen on 10 12 11 13: mean 11.5, MR-bar (2 + 1 + 2)/3 = 5/3, extended to every point.
        ControlChart frozen = ControlChart.individuals(Y).freeze(4);
        assertEquals(11.5, frozen.centreLine(7), EXACT);
        assertEquals(11.5 + 3 * (5.0 / 3) / 1.128, frozen.upperLimit(7), EXACT);
        // Second part 12 14 11 13: mean 12.5, MR-bar (2 + 3 + 2)/3 = 7/3.
        ControlChart parted = ControlChart.individuals(Y).withParts(4);
        assertEquals(11.5, parted.centreLine(0), EXACT);
        assertEquals(12.5, parted.centreLine(4), EXACT);
        assertEquals(12.5 - 3 * (7.0 / 3) / 1.128, parted.lowerLimit(7), EXACT);
    }

    @Test
    void screened_moving_ranges_by_hand() {
        // Ranges eight 1s and one 50: MR-bar 58/9 = 6.44; 50 >= 3.267 * 6.44 = 21.05 is screened out, MR-bar 1.
        double[] v = {10, 11, 10, 11, 10, 11, 10, 11, 10, 60};
        double mean = 154.0 / 10;
        assertEquals(mean + 3 * (58.0 / 9) / 1.128, ControlChart.individuals(v).upperLimit(0), EXACT);
        assertEquals(mean + 3 * 1.0 / 1.128, ControlChart.individuals(v).screenMovingRanges().upperLimit(0), EXACT);
        assertThrows(IllegalStateException.class, () -> ControlChart.counts(1, 2, 3).screenMovingRanges());
    }

    @Test
    void mr_chart_by_hand() {
        ControlChart mr = ControlChart.movingRanges(Y);
        assertTrue(Double.isNaN(mr.value(0)));
        assertEquals(2, mr.value(1), EXACT);
        assertEquals(13.0 / 7, mr.centreLine(3), EXACT);
        assertEquals(3.267 * 13.0 / 7, mr.upperLimit(3), EXACT);
        assertEquals(0, mr.lowerLimit(3), EXACT);
    }

    @Test
    void p_chart_by_hand() {
        // p-bar = 54/550; limits p-bar ± 3 sqrt(p-bar (1 - p-bar) / n_i), lower clipped at 0.
        long[] num = {10, 12, 8, 15, 9};
        long[] den = {100, 120, 80, 150, 100};
        ControlChart p = ControlChart.proportions(num, den);
        double pBar = 54.0 / 550;
        for (int i = 0; i < num.length; i++) {
            double s = Math.sqrt(pBar * (1 - pBar) / den[i]);
            assertEquals(pBar, p.centreLine(i), EXACT);
            assertEquals(pBar + 3 * s, p.upperLimit(i), EXACT);
            assertEquals(Math.max(0, pBar - 3 * s), p.lowerLimit(i), EXACT);
        }
        assertEquals(0, p.lowerLimit(2), "80 visits: pBar - 3 sigma is negative, clipped");
        assertEquals(0.18744991656208923, p.upperLimit(0), EXACT);   // Python
        assertThrows(IllegalArgumentException.class, () -> ControlChart.proportions(new long[] {5}, new long[] {4}));
    }

    @Test
    void u_chart_by_hand() {
        // u-bar = 26/5700; limits u-bar ± 3 sqrt(u-bar / exposure_i), lower clipped at 0.
        long[] counts = {4, 6, 3, 8, 5};
        double[] exposure = {1000, 1200, 900, 1500, 1100};
        ControlChart u = ControlChart.rates(counts, exposure);
        double uBar = 26.0 / 5700;
        for (int i = 0; i < counts.length; i++) {
            assertEquals(uBar, u.centreLine(i), EXACT);
            assertEquals(uBar + 3 * Math.sqrt(uBar / exposure[i]), u.upperLimit(i), EXACT);
            assertEquals(0, u.lowerLimit(i), EXACT);
        }
        assertThrows(IllegalArgumentException.class, () -> ControlChart.rates(new long[] {1}, new double[] {0}));
    }

    @Test
    void c_and_laney_charts_by_hand() {
        ControlChart c = ControlChart.counts(4, 6, 5, 9);
        assertEquals(6, c.centreLine(0), EXACT);
        assertEquals(6 + 3 * Math.sqrt(6), c.upperLimit(0), EXACT);
        assertEquals(0, c.lowerLimit(0), EXACT);
        // Laney p': z_i = (p_i - p-bar)/sigma_i; sigma_z = mean |z_i - z_{i-1}| / 1.128.
        long[] num = {10, 12, 8, 15, 9};
        long[] den = {100, 120, 80, 150, 100};
        double pBar = 54.0 / 550;
        double[] z = new double[5];
        for (int i = 0; i < 5; i++) {
            z[i] = ((double) num[i] / den[i] - pBar) / Math.sqrt(pBar * (1 - pBar) / den[i]);
        }
        double sz = (Math.abs(z[1] - z[0]) + Math.abs(z[2] - z[1]) + Math.abs(z[3] - z[2]) + Math.abs(z[4] - z[3])) / 4 / 1.128;
        ControlChart laney = ControlChart.laneyProportions(num, den);
        assertEquals(pBar + 3 * Math.sqrt(pBar * (1 - pBar) / 100) * sz, laney.upperLimit(0), EXACT);
    }

    @Test
    void a_point_beyond_the_limits() {
        // With 30: mean 113/8 = 14.125; ranges 2 1 2 1 2 3 19, MR-bar 30/7; UCL 14.125 + 3 (30/7)/1.128 = 25.52.
        // The first seven points all lie below 14.125: a run of 7 > round(log2 8) + 3 = 6 (Anhøj).
        ControlChart c = ControlChart.individuals(10, 12, 11, 13, 12, 14, 11, 30);
        assertEquals(113.0 / 8 + 3 * (30.0 / 7) / 1.128, c.upperLimit(7), EXACT);
        assertEquals(List.of(Rule.BEYOND_LIMITS, Rule.LONGEST_RUN), c.signals().stream().map(Signal::rule).toList());
        assertEquals(List.of(7), c.signals().get(0).points());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), c.signals().get(1).points());
        assertEquals(ControlChartRuleSet.QICHARTS2, c.signals().get(0).ruleSet());
    }

    @Test
    void eight_on_one_side_fires_under_healthcare_and_western_electric_not_nelson() {
        // Baseline 12 10 12 10 12 10 (mean 11, ending below), then eight points at 11.5: above, within 1 sigma.
        double[] v = {12, 10, 12, 10, 12, 10, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5};
        ControlChart base = ControlChart.individuals(v).freeze(6);
        List<Integer> run = List.of(6, 7, 8, 9, 10, 11, 12, 13);
        assertTrue(has(base.withRules(ControlChartRuleSet.HEALTHCARE), Rule.RUN_ON_ONE_SIDE, run));
        assertTrue(has(base.withRules(ControlChartRuleSet.WESTERN_ELECTRIC), Rule.RUN_ON_ONE_SIDE, run));
        assertTrue(base.withRules(ControlChartRuleSet.NELSON).signals().stream().noneMatch(s -> s.rule() == Rule.RUN_ON_ONE_SIDE),
                "Nelson needs 9");
    }

    @Test
    void zone_rules() {
        // Baseline 10 12 alternating: mean 11, MR-bar 2, sigma 2/1.128 = 1.773. 14.7 is 2.09 sigma above.
        double[] v = {10, 12, 10, 12, 10, 12, 14.7, 11, 14.7};
        ControlChart we = ControlChart.individuals(v).freeze(6).withRules(ControlChartRuleSet.WESTERN_ELECTRIC);
        assertTrue(has(we, Rule.TWO_OF_THREE_BEYOND_2_SIGMA, List.of(6, 8)));
        // 15 points at the centre line: within 1 sigma (Healthcare, Nelson).
        double[] flat = new double[21];
        for (int i = 0; i < 21; i++) {
            flat[i] = i < 6 ? (i % 2 == 0 ? 10 : 12) : 11;
        }
        ControlChart hc = ControlChart.individuals(flat).freeze(6).withRules(ControlChartRuleSet.HEALTHCARE);
        assertTrue(hc.signals().stream().anyMatch(s -> s.rule() == Rule.FIFTEEN_WITHIN_1_SIGMA));
        // 14 alternating points (Nelson).
        double[] alt = new double[14];
        for (int i = 0; i < 14; i++) {
            alt[i] = i % 2 == 0 ? 10 : 12;
        }
        assertTrue(ControlChart.individuals(alt).withRules(ControlChartRuleSet.NELSON).signals().stream()
                .anyMatch(s -> s.rule() == Rule.FOURTEEN_ALTERNATING && s.points().size() == 14));
        // A run-chart rule set was refused at run time; it is now another type, refused by the compiler.
        assertThrows(NoSuchMethodException.class, () -> ControlChart.class.getMethod("withRules", RunChartRuleSet.class));
        assertThrows(NoSuchMethodException.class, () -> ControlChart.class.getMethod("withRules", RuleSet.class));
    }

    @Test
    void charts_of_series_check_the_kind() {
        Series proportions = Series.builder().name("Missed visits")
                .addObservations(SeriesPoint.proportion(LocalDate.of(2026, 1, 1), 10, 100),
                        SeriesPoint.proportion(LocalDate.of(2026, 2, 1), 12, 120))
                .build();
        assertEquals(22.0 / 220, ControlChart.of(ChartType.P, proportions).centreLine(0), EXACT);
        assertThrows(IllegalArgumentException.class, () -> ControlChart.of(ChartType.U, proportions));
        String text = ControlChart.of(ChartType.P, proportions).toString();
        assertTrue(text.startsWith("Missed visits — P chart\n"), text);
        assertTrue(text.contains("rules: 3-sigma + Anhøj rules (qicharts2)"), text);
        assertTrue(text.lines().allMatch(l -> l.length() <= 80));
    }

    @Test
    void laney_p_prime_screens_the_moving_ranges_of_its_z_scores_as_qicharts2_does() {
        long[] num = {30, 32, 28, 35, 31, 29, 90, 33, 30, 34, 27, 31};
        long[] den = {300, 310, 290, 305, 295, 300, 320, 315, 298, 302, 288, 310};
        // Worked independently (Python, qicharts2's qic.pp): p̄ = 430/3633 = 0.118359...; z_i =
        // (p_i - p̄)/√(p̄(1-p̄)/n_i); the 11 moving ranges of z average 2.2241; unscreened
        // σz = 2.2241/1.128, UCL_1 = 0.228679, LCL_1 = 0.008040. Screened (ranges >= 3.267 × 2.2241
        // left out: the two either side of subgroup 7), the 9 kept average 0.501578: UCL_1 = 0.143239,
        // LCL_1 = 0.093480.
        ControlChart plain = ControlChart.laneyProportions(num, den);
        assertEquals(0.2286792980447941, plain.upperLimit(0), 1e-12);
        assertEquals(0.008039666997870384, plain.lowerLimit(0), 1e-12);
        ControlChart screened = plain.screenMovingRanges();
        assertTrue(screened.screened());
        assertEquals(0.1432387272199126, screened.upperLimit(0), 1e-12);
        assertEquals(0.09348023782275186, screened.lowerLimit(0), 1e-12);
        assertEquals(screened.upperLimit(0), plain.withQicharts2Defaults().upperLimit(0), 0);
        assertEquals(ControlChartRuleSet.QICHARTS2, plain.withRules(ControlChartRuleSet.NELSON).withQicharts2Defaults().rules());
        // u′ screens too; p, u and c have no moving ranges to screen.
        assertTrue(ControlChart.laneyRates(num, new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}).screenMovingRanges()
                .screened());
        assertThrows(IllegalStateException.class, () -> ControlChart.proportions(num, den).screenMovingRanges());
        assertFalse(ControlChart.proportions(num, den).withQicharts2Defaults().screened());
    }

    private static boolean has(ControlChart c, Rule rule, List<Integer> points) {
        return c.signals().stream().anyMatch(s -> s.rule() == rule && s.points().equals(points));
    }

    @Test
    void exposes_dates_exclusions_and_parts_for_drawing() {
        LocalDate jan = LocalDate.of(2026, 1, 1);
        Series.Builder b = Series.builder().name("Missed visits");
        for (int m = 0; m < 5; m++) {
            SeriesPoint o = SeriesPoint.proportion(jan.plusMonths(m), 10 + m, 100);
            b.addObservations(m == 1 ? o.exclude("audit month") : o);
        }
        ControlChart chart = ControlChart.of(ChartType.P, b.build());
        assertEquals("Missed visits", chart.title());
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 5, 1)), chart.date(4));
        assertTrue(chart.excluded(1));
        assertEquals(List.of(0), chart.partStarts());
        assertTrue(chart.series().isPresent());
        assertTrue(ControlChart.individuals(1, 2, 3).series().isEmpty());
    }

    @Test
    void a_c_chart_by_hand_with_its_accessors() {
        // c̄ = (3 + 5 + 4) / 3 = 4, σ = √4 = 2: limits 4 ± 6, the lower clipped to 0.
        ControlChart c = ControlChart.counts(3, 5, 4);
        assertEquals(ChartType.C, c.type());
        assertEquals(ControlChartRuleSet.QICHARTS2, c.rules());
        assertEquals(3, c.size());
        assertEquals(5.0, c.value(1));
        assertEquals(4.0, c.centreLine(2), 1e-12);
        assertEquals(2.0, c.sigma(0), 1e-12);
        assertEquals(10.0, c.upperLimit(0), 1e-12);
        assertEquals(0.0, c.lowerLimit(0), 1e-12);
        assertEquals(ControlChartRuleSet.HEALTHCARE, c.withRules(ControlChartRuleSet.HEALTHCARE).rules());
        assertThrows(IllegalArgumentException.class, () -> ControlChart.counts(3, -1));
    }

    @Test
    void direction_classes_a_point_beyond_the_limits() {
        // Twelve 10s and one 30 on an I chart: 30 is far beyond the upper limit. For a measure that
        // should go down it is a deterioration, against a frozen baseline; unclassified without a direction.
        double[] values = {10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 9, 30};
        ControlChart plain = ControlChart.individuals(values);
        Signal beyond = plain.signals().stream().filter(s -> s.rule() == Rule.BEYOND_LIMITS).findFirst().orElseThrow();
        assertEquals(List.of(12), beyond.points());
        assertEquals(Meaning.UNCLASSIFIED, beyond.meaning());
        // With no change marked the 30 is part of the baseline: no direction (Meaning).
        assertEquals(Meaning.BEFORE_CHANGE, plain.withDirection(org.ccmcoach.pdsa.Direction.DOWN).signals().stream()
                .filter(s -> s.rule() == Rule.BEYOND_LIMITS).findFirst().orElseThrow().meaning());
        // Frozen on the twelve, the 30 comes after the baseline: read against it.
        ControlChart frozen = plain.freeze(12);
        Signal down = frozen.withDirection(org.ccmcoach.pdsa.Direction.DOWN).signals().stream()
                .filter(s -> s.rule() == Rule.BEYOND_LIMITS).findFirst().orElseThrow();
        assertEquals(Meaning.DETERIORATION, down.meaning());
        Signal up = frozen.withDirection(org.ccmcoach.pdsa.Direction.UP).signals().stream()
                .filter(s -> s.rule() == Rule.BEYOND_LIMITS).findFirst().orElseThrow();
        assertEquals(Meaning.IMPROVEMENT, up.meaning());
        assertTrue(plain.cycle(beyond).isEmpty(), "bare values cite no cycle");
    }
}

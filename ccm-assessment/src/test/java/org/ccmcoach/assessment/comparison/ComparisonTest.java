package org.ccmcoach.assessment.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmcoach.assessment.Fixtures;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

/**
 * Reference values computed independently in Python: the paired case with the closed-form t
 * distribution for 4 degrees of freedom, F(t) = 1/2 + 3/4 (x - x^3/3) with x = t / sqrt(4 + t^2);
 * the Welch case by Simpson integration of the t density and bisection for the quantile.
 */
class ComparisonTest {

    private static final double[] BEFORE = {3.0, 4.0, 5.0, 4.5, 3.5};
    private static final double[] AFTER = {4.0, 4.5, 6.0, 5.5, 3.5};

    @Test
    void paired_t_by_hand() {
        // Changes 1, 0.5, 1, 1, 0: mean 0.7; squared deviations .09 .04 .09 .09 .49 sum 0.8, sd sqrt(0.2);
        // se = sqrt(0.2)/sqrt(5) = 0.2; t = 3.5 on 4 df; t(0.975, 4) = 2.7764451051977987.
        PairedComparison c = PairedComparison.of(BEFORE, AFTER);
        assertEquals(5, c.n());
        assertEquals(4.0, c.meanBefore(), 1e-12);
        assertEquals(4.7, c.meanAfter(), 1e-12);
        assertEquals(0.7, c.meanChange(), 1e-12);
        assertEquals(Math.sqrt(0.2), c.sdChange(), 1e-12);
        assertEquals(3.5, c.t(), 1e-9);
        assertEquals(4, c.degreesOfFreedom(), 1e-12);
        assertEquals(0.02489616346022272, c.p(), 1e-9);
        assertEquals(0.14471097896044027, c.lower95(), 1e-9);
        assertEquals(1.2552890210395597, c.upper95(), 1e-9);
    }

    @Test
    void paired_reports_match_by_subject_and_list_what_is_left_out() {
        Instrument pacic = Instruments.pacic20();
        List<ScoreReport> before = new ArrayList<>();
        List<ScoreReport> after = new ArrayList<>();
        for (int i = 0; i < BEFORE.length; i++) {
            // One point lower than the raw case, to stay on the PACIC's 1..5: the changes are the same.
            before.add(report(pacic, "p-" + i, Fixtures.BASELINE, BEFORE[i] - 1));
            after.add(0, report(pacic, "p-" + i, Fixtures.FOLLOW_UP, AFTER[i] - 1)); // reversed: pairing is by subject
        }
        before.add(report(pacic, "p-only-before", Fixtures.BASELINE, 3));
        after.add(report(pacic, "p-only-after", Fixtures.FOLLOW_UP, 3));
        PairedComparison c = PairedComparison.of(before, after, "overall");
        assertEquals(0.7, c.meanChange(), 1e-12);
        assertEquals(3.5, c.t(), 1e-9);
        assertEquals(List.of("p-only-before: no follow-up report", "p-only-after: no baseline report"), c.excluded());
        // The text says who was left out and why, and p as journals print it (0.0249 -> p=0.025).
        assertTrue(c.toString().contains("t(4)=3.50, p=0.025"), c.toString());
        assertTrue(c.toString().endsWith("; left out 2: p-only-before: no follow-up report; p-only-after: no baseline report"),
                c.toString());
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.of(before, List.of(after.get(0)), "overall"));
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.of(List.of(before.get(0), before.get(0)), after,
                "overall"));
    }

    @Test
    void no_variation_is_refused_not_reported_as_nan() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(new double[] {1, 2, 3}, new double[] {2, 3, 4}));
    }

    @Test
    void welch_by_hand() {
        // A 5..9: mean 7, var 2.5; B 4..6: mean 5, var 1; se = sqrt(2.5/5 + 1/3); t = 2 / se = 2.1908902300206647;
        // df = (0.5 + 1/3)^2 / (0.5^2/4 + (1/3)^2/2) = 5.882352941176469.
        GroupComparison c = GroupComparison.of(new double[] {5, 6, 7, 8, 9}, new double[] {4, 5, 6});
        assertEquals(2.0, c.difference(), 1e-12);
        assertEquals(2.1908902300206647, c.t(), 1e-9);
        assertEquals(5.882352941176469, c.degreesOfFreedom(), 1e-9);
        assertEquals(0.07188659659230501, c.p(), 1e-6);
        assertEquals(-0.2445886845512235, c.lower95(), 1e-6);
        assertEquals(4.244588684551223, c.upper95(), 1e-6);
        // Pooled sd sqrt((4*2.5 + 2*1)/6) = sqrt(2); d = 2/sqrt(2); J = 1 - 3/23.
        assertEquals(1.2297509238026911, c.hedgesG(), 1e-12);
        assertEquals(Math.sqrt(2.5), c.sdA(), 1e-12);
    }

    @Test
    void groups_from_reports_leave_out_unscored_ones() {
        Instrument pacic = Instruments.pacic20();
        List<ScoreReport> a = new ArrayList<>();
        for (double v : new double[] {5, 4, 3, 2, 1}) {
            a.add(report(pacic, "a" + (int) v, Fixtures.BASELINE, v));
        }
        List<ScoreReport> b = new ArrayList<>(List.of(report(pacic, "b1", Fixtures.BASELINE, 4),
                report(pacic, "b2", Fixtures.BASELINE, 5), report(pacic, "b3", Fixtures.BASELINE, 6 - 2)));
        b.add(pacic.score(Fixtures.response("pacic-20", "b4", Fixtures.BASELINE, Map.of("1", 3.0)).build(),
                pacic.policy("complete-only")));
        GroupComparison c = GroupComparison.of(a, b, "overall");
        assertEquals(5, c.nA());
        assertEquals(3, c.nB());
        assertEquals(List.of("group B b4: overall not scored"), c.excluded());
    }

    @Test
    void holm_adjusts_a_named_family() {
        // By hand: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04, each at
        // least the one before: 0.02, 0.03, 0.06, 0.06 (R: p.adjust(c(.01, .04, .03, .005), "holm")).
        java.util.Map<String, Double> p = new java.util.LinkedHashMap<>();
        p.put("a", 0.01);
        p.put("b", 0.04);
        p.put("c", 0.03);
        p.put("d", 0.005);
        ComparisonFamily f = ComparisonFamily.holm("four elements", p);
        assertEquals(List.of(0.03, 0.06, 0.06, 0.02),
                f.adjusted().stream().map(a -> Math.round(a.adjustedP() * 1e9) / 1e9).toList());
        assertEquals("four elements", f.name());
        assertTrue(f.toString().startsWith("Family \"four elements\": 4 tests, Holm-adjusted for multiplicity"),
                f.toString());
        assertEquals("b: p=0.040, Holm-adjusted p=0.060", f.of("b").orElseThrow().toString());
        // Comparisons form a family directly; one test is its own adjustment. Capped at 1.
        PairedComparison one = PairedComparison.of(BEFORE, AFTER);
        assertEquals(one.p(), ComparisonFamily.holm("one", List.of(one)).adjusted().get(0).adjustedP(), 0);
        assertEquals(1.0, ComparisonFamily.holm("big", java.util.Map.of("x", 0.6, "y", 0.7)).of("x").orElseThrow()
                .adjustedP(), 0);
        assertThrows(CcmValidationException.class, () -> ComparisonFamily.holm(" ", p));
    }

    @Test
    void clustered_subjects_are_compared_at_the_cluster_level() {
        Instrument pacic = Instruments.pacic20();
        List<ScoreReport> before = new ArrayList<>();
        List<ScoreReport> after = new ArrayList<>();
        for (int i = 0; i < BEFORE.length; i++) {
            before.add(report(pacic, "p-" + i, Fixtures.BASELINE, BEFORE[i] - 1));
            after.add(report(pacic, "p-" + i, Fixtures.FOLLOW_UP, AFTER[i] - 1));
        }
        // Clinic c1: p-0 (+1), p-1 (+0.5), mean change 0.75; clinic c2: p-2 (+1), p-3 (+1), p-4 (0),
        // mean 2/3. Two cluster changes, mean 0.708333, sd (0.75 - 0.666667)/sqrt(2) = 0.058926,
        // se = sd/sqrt(2) = 0.041667: t = 17.0 on 1 df.
        java.util.function.Function<org.ccmcoach.assessment.SubjectId, String> clinic =
                s -> s.value().equals("p-0") || s.value().equals("p-1") ? "c1" : "c2";
        PairedComparison c = PairedComparison.ofClusters(before, after, "overall", "clinic", clinic);
        assertEquals(2, c.n());
        assertEquals(0.7083333333333334, c.meanChange(), 1e-12);
        assertEquals(17.0, c.t(), 1e-9);
        assertEquals(1, c.degreesOfFreedom(), 0);
        assertEquals("analysed by clinic: 2 clinics of 5 subjects (c1: 2, c2: 3), each weighted equally",
                c.clustering().orElseThrow().toString());
        assertTrue(c.toString().startsWith("overall: n=2 clinics,"), c.toString());
        assertTrue(PairedComparison.of(before, after, "overall").clustering().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.ofClusters(before, after, "overall", "clinic", s -> "one"), "1 cluster");
        // Groups: clinics c1 (a1 5, a2 4) and c2 (a3 3) against c3 (b1 2) and c4 (b2 1, b3 2):
        // cluster means 4.5, 3 against 2, 1.5; Welch on those two pairs of means.
        List<ScoreReport> a = List.of(report(pacic, "a1", Fixtures.BASELINE, 5), report(pacic, "a2", Fixtures.BASELINE, 4),
                report(pacic, "a3", Fixtures.BASELINE, 3));
        List<ScoreReport> b = List.of(report(pacic, "b1", Fixtures.BASELINE, 2), report(pacic, "b2", Fixtures.BASELINE, 1),
                report(pacic, "b3", Fixtures.BASELINE, 2));
        java.util.Map<String, String> of = java.util.Map.of("a1", "c1", "a2", "c1", "a3", "c2", "b1", "c3", "b2", "c4",
                "b3", "c4");
        GroupComparison g = GroupComparison.ofClusters(a, b, "overall", "clinic", s -> of.get(s.value()));
        GroupComparison byHand = GroupComparison.of(new double[] {4.5, 3}, new double[] {2, 1.5});
        assertEquals(byHand.t(), g.t(), 1e-12);
        assertEquals(byHand.p(), g.p(), 1e-12);
        assertEquals(2, g.nA());
        assertEquals(4, g.clustering().orElseThrow().clusters());
    }

    /** A PACIC report whose every item, and so overall score, is the given value. */
    private static ScoreReport report(Instrument pacic, String subject, LocalDate date, double value) {
        org.ccmcoach.assessment.AssessmentResponse.Builder b = Fixtures.response("pacic-20", subject, date, Map.of());
        pacic.items().forEach(i -> b.answer(i.id(), value));
        if (value != Math.rint(value)) {
            // half points are off the PACIC scale: answer half the items with floor and half with ceiling
            int k = 0;
            for (var i : pacic.items()) {
                b.answer(i.id(), (k++ % 2 == 0) ? Math.floor(value) : Math.ceil(value));
            }
        }
        return pacic.score(b.build());
    }

    @Test
    void non_finite_values_are_refused_by_name_not_reported_as_a_finding() {
        IllegalArgumentException paired = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(new double[] {1, 2, Double.NaN}, new double[] {2, 3, 4}));
        assertEquals("before[2] is NaN; a comparison needs finite values, so leave a missing one out rather than"
                + " passing NaN", paired.getMessage());
        IllegalArgumentException group = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GroupComparison.of(new double[] {1, 2}, new double[] {3, Double.POSITIVE_INFINITY}));
        assertEquals("groupB[1] is Infinity; a comparison needs finite values, so leave a missing one out rather than"
                + " passing NaN", group.getMessage());
        IllegalArgumentException holm = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ComparisonFamily.holm("acic", java.util.Map.of("organization", Double.NaN)));
        assertEquals("organization has p = NaN; need 0 to 1", holm.getMessage());
    }
}

package org.ccmcoach.assessment.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.TTest;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Invariants;

/**
 * Pre/post change within one group of subjects: the mean change of a score, its 95 % confidence
 * interval and the paired t test.
 *
 * <p>Reports are paired by subject. A subject without both reports, or whose measure was not
 * scored in either, is left out and listed in {@link #excluded()}, never dropped silently. The
 * confidence interval is {@code mean ± t(0.975, n-1) · sd / √n}; the test is two-sided. Both come
 * from Apache Commons Statistics.
 *
 * <pre>{@code
 * PairedComparison c = PairedComparison.of(baselineReports, followUpReports, "overall");
 * c.meanChange();               // 1.04
 * c.lower95(); c.upper95();     // the 95 % confidence interval
 * c.p();                        // two-sided p of the paired t test
 * }</pre>
 *
 * <p>A record: immutable and thread-safe.
 *
 * @param measure  the measure compared, not null
 * @param n  the number of pairs, 2 or more
 * @param meanBefore  the mean at baseline over the pairs
 * @param meanAfter  the mean at follow-up over the pairs
 * @param meanChange  the mean of follow-up minus baseline, within the interval
 * @param sdChange  the sample standard deviation of the changes, more than 0
 * @param lower95  the lower end of the 95 % confidence interval of the mean change
 * @param upper95  the upper end of the 95 % confidence interval of the mean change
 * @param t  the paired t statistic
 * @param degreesOfFreedom  the degrees of freedom, n - 1
 * @param p  the two-sided p value, 0 to 1
 * @param excluded  the subjects left out, each with the reason, such as {@code "p-3: no follow-up report"}
 * @param clustering  how subjects were clustered, when the comparison ran on cluster means
 */
public record PairedComparison(String measure, int n, double meanBefore, double meanAfter, double meanChange,
        double sdChange, double lower95, double upper95, double t, double degreesOfFreedom, double p,
        List<String> excluded, Optional<Clustering> clustering) implements Comparison {

    /**
     * Checks what a comparison must hold; {@link #of} and {@link #ofClusters} compute one.
     *
     * @param measure  the measure compared, not null
     * @param n  the number of pairs, 2 or more
     * @param meanBefore  the mean at baseline over the pairs
     * @param meanAfter  the mean at follow-up over the pairs
     * @param meanChange  the mean of follow-up minus baseline, within the interval
     * @param sdChange  the sample standard deviation of the changes, more than 0
     * @param lower95  the lower end of the 95 % confidence interval of the mean change
     * @param upper95  the upper end of the 95 % confidence interval of the mean change
     * @param t  the paired t statistic
     * @param degreesOfFreedom  the degrees of freedom, n - 1
     * @param p  the two-sided p value, 0 to 1
     * @param excluded  the subjects left out, each with the reason, such as {@code "p-3: no follow-up report"}
     * @param clustering  how subjects were clustered, when the comparison ran on cluster means
     */
    public PairedComparison {
        Objects.requireNonNull(measure, "measure");
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(clustering, "clustering");
        Invariants.of(PairedComparison.class)
                .require(n >= 2, "n", "must be at least 2", n)
                .require(sdChange > 0, "sdChange", "must be more than 0", sdChange)
                .require(lower95 <= meanChange && meanChange <= upper95, "meanChange",
                        "must be from lower95 to upper95", meanChange)
                .require(p >= 0 && p <= 1, "p", "must be from 0 to 1", p)
                .check();
    }

    /** Computes the comparison of paired values. */
    private static PairedComparison compute(String measure, double[] before, double[] after, List<String> excluded,
                                            Clustering clustering) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("before has " + before.length + " values and after " + after.length
                    + "; pairs need both");
        }
        if (before.length < 2) {
            throw new IllegalArgumentException("a paired comparison needs at least 2 pairs (has " + before.length
                    + (excluded.isEmpty() ? "" : "; left out: " + excluded) + ")");
        }
        Samples.requireFinite("before", before);
        Samples.requireFinite("after", after);
        double[] change = new double[before.length];
        for (int i = 0; i < change.length; i++) {
            change[i] = after[i] - before[i];
        }
        int n = change.length;
        double meanBefore = Mean.of(before).getAsDouble();
        double meanAfter = Mean.of(after).getAsDouble();
        double meanChange = Mean.of(change).getAsDouble();
        double sdChange = StandardDeviation.of(change).getAsDouble();
        if (!(sdChange > 0)) {
            throw new IllegalArgumentException("all " + n + " changes equal " + meanChange
                    + "; a t test is undefined without variation, so report the change itself");
        }
        double margin = TDistribution.of(n - 1.0).inverseSurvivalProbability(0.025) * sdChange / Math.sqrt(n);
        double lower95 = meanChange - margin;
        double upper95 = meanChange + margin;
        TTest.Result result = TTest.withDefaults().pairedTest(after, before);
        return new PairedComparison(measure, n, meanBefore, meanAfter, meanChange, sdChange, lower95, upper95,
                result.getStatistic(), result.getDegreesOfFreedom(), result.getPValue(), excluded,
                Optional.ofNullable(clustering));
    }

    /**
     * Compares one measure between baseline and follow-up reports, paired by subject.
     *
     * @param baseline  the baseline reports, one per subject, not null
     * @param followUp  the follow-up reports, one per subject, not null
     * @param measure  a subscale identifier or {@code "overall"}, not null
     * @return the comparison, not null
     * @throws IllegalArgumentException if fewer than 2 pairs remain, a subject has two reports in one
     *     list, the reports' instruments differ, or every change is the same
     */
    public static PairedComparison of(List<ScoreReport> baseline, List<ScoreReport> followUp, String measure) {
        Pairs pairs = Pairs.of(baseline, followUp, measure);
        return compute(measure, pairs.before(), pairs.after(), pairs.excluded(), null);
    }

    /**
     * Compares one measure between baseline and follow-up at the level of clusters, such as teams
     * within clinics: subjects are paired as in {@link #of(List, List, String)}, each cluster's pairs
     * are averaged, and the paired t test runs on the cluster means, so n is the number of clusters.
     *
     * <p>Subjects in one cluster share their clinic's leadership, systems and patients, so their
     * changes are not independent; testing them as if they were overstates the evidence. Analysing
     * cluster means is the simplest valid analysis (a cluster-level analysis, as in Donner &amp; Klar's
     * guidance for cluster trials); each cluster counts once, whatever its size, by this library's
     * choice, so that a large clinic cannot stand for the program. The result names the clustering.
     *
     * @param baseline  the baseline reports, one per subject, not null
     * @param followUp  the follow-up reports, one per subject, not null
     * @param measure  a subscale identifier or {@code "overall"}, not null
     * @param unit  what a cluster is, such as {@code "clinic"}, not blank
     * @param clusterOf  each subject's cluster, not null for any subject compared
     * @return the comparison over cluster means, not null
     * @throws IllegalArgumentException as {@link #of(List, List, String)} does, if a subject has no
     *     cluster, or if fewer than 2 clusters remain
     */
    public static PairedComparison ofClusters(List<ScoreReport> baseline, List<ScoreReport> followUp, String measure,
                                              String unit, Function<SubjectId, String> clusterOf) {
        Pairs pairs = Pairs.of(baseline, followUp, measure);
        Map<String, List<Integer>> byCluster = Clustering.group(pairs.subjects(), unit, clusterOf);
        double[] b = new double[byCluster.size()];
        double[] a = new double[byCluster.size()];
        int k = 0;
        for (List<Integer> members : byCluster.values()) {
            b[k] = members.stream().mapToDouble(i -> pairs.before()[i]).average().orElseThrow();
            a[k++] = members.stream().mapToDouble(i -> pairs.after()[i]).average().orElseThrow();
        }
        return compute(measure, b, a, pairs.excluded(), Clustering.of(unit, byCluster));
    }

    /**
     * Compares paired values a caller already has.
     *
     * @param before  the baseline values, not null
     * @param after  the follow-up values, in the same order, not null
     * @return the comparison of the measure {@code "value"}, not null
     * @throws IllegalArgumentException if the arrays differ in length, have fewer than 2 pairs, hold a value
     *     that is not finite, or every change is the same
     */
    public static PairedComparison of(double[] before, double[] after) {
        return compute("value", before.clone(), after.clone(), List.of(), null);
    }

    /**
     * Returns {@code overall: n=9, 4.21 → 5.25, change +1.04 (95% CI 0.61 to 1.47), t(8)=5.53, p<0.001},
     * then the clustering and who was left out and why.
     *
     * @return the comparison in one line
     */
    @Override
    public String toString() {
        return measure + ": n=" + n + clustering.map(c -> " " + c.unit() + (n == 1 ? "" : "s")).orElse("") + ", "
                + Decimals.fixed(meanBefore, 2) + " → " + Decimals.fixed(meanAfter, 2) + ", change " + Decimals.signed(meanChange, 2)
                + " (95% CI " + Decimals.fixed(lower95, 2) + " to " + Decimals.fixed(upper95, 2) + "), t(" + (long) degreesOfFreedom
                + ")=" + Decimals.fixed(t, 2) + ", " + Decimals.pValue(p)
                + clustering.map(c -> "; " + c).orElse("") + Samples.leftOut(excluded);
    }
}

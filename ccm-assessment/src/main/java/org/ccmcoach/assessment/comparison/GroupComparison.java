package org.ccmcoach.assessment.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Invariants;

/**
 * Two independent groups compared on one score: the difference of means with its 95 % confidence
 * interval and Welch's t test, and Hedges' g as the effect size.
 *
 * <p>Welch's test does not assume equal variances; its degrees of freedom follow
 * Welch–Satterthwaite, and the interval is {@code diff ± t(0.975, df) · √(va/na + vb/nb)}. Hedges'
 * g is Cohen's d on the pooled standard deviation times the small-sample correction
 * {@code J = 1 - 3 / (4(na + nb) - 9)}. Reports whose measure was not scored are left out and listed in
 * {@link #excluded()}.
 *
 * <pre>{@code
 * GroupComparison c = GroupComparison.of(interventionReports, controlReports, "overall");
 * c.difference();     // mean of the first group minus mean of the second
 * c.p();              // two-sided Welch p
 * c.hedgesG();
 * }</pre>
 *
 * <p>A record: immutable and thread-safe.
 *
 * @param measure  the measure compared, not null
 * @param nA  the number of values in the first group, 2 or more
 * @param nB  the number of values in the second group, 2 or more
 * @param meanA  the first group's mean
 * @param meanB  the second group's mean
 * @param sdA  the first group's sample standard deviation
 * @param sdB  the second group's sample standard deviation
 * @param difference  the first group's mean minus the second's, within the interval
 * @param lower95  the lower end of the 95 % confidence interval of the difference
 * @param upper95  the upper end of the 95 % confidence interval of the difference
 * @param t  Welch's t statistic
 * @param degreesOfFreedom  the Welch–Satterthwaite degrees of freedom
 * @param p  the two-sided p value, 0 to 1
 * @param hedgesG  Hedges' g, the bias-corrected standardised difference
 * @param excluded  the reports left out, each with the reason
 * @param clustering  how subjects were clustered, when the comparison ran on cluster means
 */
public record GroupComparison(String measure, int nA, int nB, double meanA, double meanB, double sdA, double sdB,
        double difference, double lower95, double upper95, double t, double degreesOfFreedom, double p, double hedgesG,
        List<String> excluded, Optional<Clustering> clustering) implements Comparison {

    /**
     * Checks what a comparison must hold; {@link #of} and {@link #ofClusters} compute one.
     *
     * @param measure  the measure compared, not null
     * @param nA  the number of values in the first group, 2 or more
     * @param nB  the number of values in the second group, 2 or more
     * @param meanA  the first group's mean
     * @param meanB  the second group's mean
     * @param sdA  the first group's sample standard deviation
     * @param sdB  the second group's sample standard deviation
     * @param difference  the first group's mean minus the second's, within the interval
     * @param lower95  the lower end of the 95 % confidence interval of the difference
     * @param upper95  the upper end of the 95 % confidence interval of the difference
     * @param t  Welch's t statistic
     * @param degreesOfFreedom  the Welch–Satterthwaite degrees of freedom
     * @param p  the two-sided p value, 0 to 1
     * @param hedgesG  Hedges' g, the bias-corrected standardised difference
     * @param excluded  the reports left out, each with the reason
     * @param clustering  how subjects were clustered, when the comparison ran on cluster means
     */
    public GroupComparison {
        Objects.requireNonNull(measure, "measure");
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(clustering, "clustering");
        Invariants.of(GroupComparison.class)
                .require(nA >= 2, "nA", "must be at least 2", nA)
                .require(nB >= 2, "nB", "must be at least 2", nB)
                .require(lower95 <= difference && difference <= upper95, "difference",
                        "must be from lower95 to upper95", difference)
                .require(p >= 0 && p <= 1, "p", "must be from 0 to 1", p)
                .check();
    }

    /** Computes the comparison of two groups' values. */
    private static GroupComparison compute(String measure, double[] a, double[] b, List<String> excluded,
                                           Clustering clustering) {
        if (a.length < 2 || b.length < 2) {
            throw new IllegalArgumentException("each group needs at least 2 values (has " + a.length + " and "
                    + b.length + (excluded.isEmpty() ? "" : "; left out: " + excluded) + ")");
        }
        Samples.requireFinite("groupA", a);
        Samples.requireFinite("groupB", b);
        double va = Variance.of(a).getAsDouble();
        double vb = Variance.of(b).getAsDouble();
        if (!(va + vb > 0)) {
            throw new IllegalArgumentException("neither group varies; a t test is undefined");
        }
        int nA = a.length;
        int nB = b.length;
        double meanA = Mean.of(a).getAsDouble();
        double meanB = Mean.of(b).getAsDouble();
        double sdA = Math.sqrt(va);
        double sdB = Math.sqrt(vb);
        double difference = meanA - meanB;
        TTest.Result result = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(a, b);
        double df = result.getDegreesOfFreedom();
        double margin = TDistribution.of(df).inverseSurvivalProbability(0.025) * Math.sqrt(va / nA + vb / nB);
        double lower95 = difference - margin;
        double upper95 = difference + margin;
        double pooled = Math.sqrt(((nA - 1) * va + (nB - 1) * vb) / (nA + nB - 2));
        double hedgesG = difference / pooled * (1 - 3.0 / (4.0 * (nA + nB) - 9));
        return new GroupComparison(measure, nA, nB, meanA, meanB, sdA, sdB, difference, lower95, upper95,
                result.getStatistic(), df, result.getPValue(), hedgesG, excluded, Optional.ofNullable(clustering));
    }

    /**
     * Compares one measure between two groups of reports.
     *
     * @param groupA  the first group's reports, not null
     * @param groupB  the second group's reports, not null
     * @param measure  a subscale identifier or {@code "overall"}, not null
     * @return the comparison, not null
     * @throws IllegalArgumentException if a group has fewer than 2 scored reports or neither varies
     */
    public static GroupComparison of(List<ScoreReport> groupA, List<ScoreReport> groupB, String measure) {
        Objects.requireNonNull(measure, "measure");
        List<String> excluded = new ArrayList<>();
        double[] a = Samples.scores(groupA, measure, "group A", excluded);
        double[] b = Samples.scores(groupB, measure, "group B", excluded);
        return compute(measure, a, b, excluded, null);
    }

    /**
     * Compares one measure between two groups at the level of clusters (teams within clinics): each
     * group's scored reports are averaged per cluster and Welch's test runs on the cluster means, each
     * cluster counted once. See {@link PairedComparison#ofClusters} for why; the result names the clustering.
     *
     * @param groupA  the first group's reports, not null
     * @param groupB  the second group's reports, not null
     * @param measure  a subscale identifier or {@code "overall"}, not null
     * @param unit  what a cluster is, such as {@code "clinic"}, not blank
     * @param clusterOf  each subject's cluster; a cluster belongs to one group
     * @return the comparison over cluster means, not null
     * @throws IllegalArgumentException if a subject has no cluster, a cluster is in both groups, or a
     *     group has fewer than 2 clusters
     */
    public static GroupComparison ofClusters(List<ScoreReport> groupA, List<ScoreReport> groupB, String measure,
                                             String unit, java.util.function.Function<SubjectId, String> clusterOf) {
        Objects.requireNonNull(measure, "measure");
        List<String> excluded = new ArrayList<>();
        java.util.Map<String, List<Integer>> all = new java.util.LinkedHashMap<>();
        double[][] means = new double[2][];
        List<List<ScoreReport>> groups = List.of(groupA, groupB);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int g = 0; g < 2; g++) {
            List<ScoreReport> scored = new ArrayList<>();
            for (ScoreReport r : groups.get(g)) {
                if (r.score(measure).isPresent()) {
                    scored.add(r);
                } else {
                    excluded.add((g == 0 ? "group A " : "group B ") + r.subject() + ": " + measure + " not scored");
                }
            }
            java.util.Map<String, List<Integer>> byCluster = Clustering.group(
                    scored.stream().map(ScoreReport::subject).toList(), unit, clusterOf);
            means[g] = new double[byCluster.size()];
            int k = 0;
            for (java.util.Map.Entry<String, List<Integer>> e : byCluster.entrySet()) {
                if (!seen.add(e.getKey())) {
                    throw new IllegalArgumentException(unit + " " + e.getKey() + " has subjects in both groups; "
                            + "a cluster-level comparison needs each " + unit + " in one group");
                }
                means[g][k++] = e.getValue().stream().mapToDouble(i -> scored.get(i).score(measure).getAsDouble())
                        .average().orElseThrow();
                all.put(e.getKey(), e.getValue());
            }
        }
        return compute(measure, means[0], means[1], excluded, Clustering.of(unit, all));
    }

    /**
     * Compares two samples a caller already has.
     *
     * @param groupA  the first sample, at least 2 values, not null
     * @param groupB  the second sample, at least 2 values, not null
     * @return the comparison of the measure {@code "value"}, not null
     * @throws IllegalArgumentException if a sample has fewer than 2 values or one that is not finite, or neither varies
     */
    public static GroupComparison of(double[] groupA, double[] groupB) {
        return compute("value", groupA.clone(), groupB.clone(), List.of(), null);
    }

    /**
     * Returns {@code overall: A 5.20 (n=9) vs B 4.30 (n=8), difference +0.90 (95% CI …), Welch t(14.2)=…, p=…, g=…},
     * then the clustering and who was left out and why.
     *
     * @return the comparison in one line
     */
    @Override
    public String toString() {
        return measure + ": A " + Decimals.fixed(meanA, 2) + " (n=" + nA + ") vs B " + Decimals.fixed(meanB, 2) + " (n=" + nB
                + "), difference " + Decimals.signed(difference, 2) + " (95% CI " + Decimals.fixed(lower95, 2) + " to "
                + Decimals.fixed(upper95, 2) + "), Welch t(" + Decimals.fixed(degreesOfFreedom, 1) + ")=" + Decimals.fixed(t, 2)
                + ", " + Decimals.pValue(p) + ", Hedges' g=" + Decimals.fixed(hedgesG, 2)
                + clustering.map(c -> "; " + c).orElse("") + Samples.leftOut(excluded);
    }
}

package org.ccmcoach.assessment.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.core.value.Decimals;

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
 * <p>Immutable and thread-safe.
 */
public final class GroupComparison implements Comparison {

    private final String measure;
    private final int nA;
    private final int nB;
    private final double meanA;
    private final double meanB;
    private final double sdA;
    private final double sdB;
    private final double difference;
    private final double lower95;
    private final double upper95;
    private final double t;
    private final double df;
    private final double p;
    private final double hedgesG;
    private final List<String> excluded;
    private final Clustering clustering;

    private GroupComparison(String measure, double[] a, double[] b, List<String> excluded, Clustering clustering) {
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
        this.measure = measure;
        this.nA = a.length;
        this.nB = b.length;
        this.meanA = Mean.of(a).getAsDouble();
        this.meanB = Mean.of(b).getAsDouble();
        this.sdA = Math.sqrt(va);
        this.sdB = Math.sqrt(vb);
        this.difference = meanA - meanB;
        TTest.Result result = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(a, b);
        this.t = result.getStatistic();
        this.df = result.getDegreesOfFreedom();
        this.p = result.getPValue();
        double margin = TDistribution.of(df).inverseSurvivalProbability(0.025) * Math.sqrt(va / nA + vb / nB);
        this.lower95 = difference - margin;
        this.upper95 = difference + margin;
        double pooled = Math.sqrt(((nA - 1) * va + (nB - 1) * vb) / (nA + nB - 2));
        this.hedgesG = difference / pooled * (1 - 3.0 / (4.0 * (nA + nB) - 9));
        this.excluded = List.copyOf(excluded);
        this.clustering = clustering;
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
        return new GroupComparison(measure, a, b, excluded, null);
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
        return new GroupComparison(measure, means[0], means[1], excluded, Clustering.of(unit, all));
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
        return new GroupComparison("value", groupA.clone(), groupB.clone(), List.of(), null);
    }

    /**
     * The measure compared.
     *
     * @return the measure compared
     */
    public String measure() {
        return measure;
    }

    /**
     * The size of the first group.
     *
     * @return the size of the first group
     */
    public int nA() {
        return nA;
    }

    /**
     * The size of the second group.
     *
     * @return the size of the second group
     */
    public int nB() {
        return nB;
    }

    /**
     * The first group's mean.
     *
     * @return the first group's mean
     */
    public double meanA() {
        return meanA;
    }

    /**
     * The second group's mean.
     *
     * @return the second group's mean
     */
    public double meanB() {
        return meanB;
    }

    /**
     * The first group's sample standard deviation.
     *
     * @return the first group's sample standard deviation
     */
    public double sdA() {
        return sdA;
    }

    /**
     * The second group's sample standard deviation.
     *
     * @return the second group's sample standard deviation
     */
    public double sdB() {
        return sdB;
    }

    /**
     * The first group's mean minus the second's.
     *
     * @return the first group's mean minus the second's
     */
    public double difference() {
        return difference;
    }

    /**
     * The lower end of the 95 % confidence interval of the difference.
     *
     * @return the lower end of the 95 % confidence interval of the difference
     */
    public double lower95() {
        return lower95;
    }

    /**
     * The upper end of the 95 % confidence interval of the difference.
     *
     * @return the upper end of the 95 % confidence interval of the difference
     */
    public double upper95() {
        return upper95;
    }

    /**
     * Welch's t statistic.
     *
     * @return welch's t statistic
     */
    public double t() {
        return t;
    }

    /**
     * The Welch–Satterthwaite degrees of freedom.
     *
     * @return the Welch–Satterthwaite degrees of freedom
     */
    public double degreesOfFreedom() {
        return df;
    }

    /**
     * The two-sided p value.
     *
     * @return the two-sided p value
     */
    public double p() {
        return p;
    }

    /**
     * Hedges' g, the bias-corrected standardized difference.
     *
     * @return hedges' g, the bias-corrected standardized difference
     */
    public double hedgesG() {
        return hedgesG;
    }

    /**
     * The reports left out, each with the reason.
     *
     * @return the reports left out, each with the reason
     */
    public List<String> excluded() {
        return excluded;
    }

    /**
     * How subjects were clustered, when the comparison ran on cluster means.
     *
     * @return the clustering, empty for subjects compared one by one
     */
    public java.util.Optional<Clustering> clustering() {
        return java.util.Optional.ofNullable(clustering);
    }

    /**
     * Returns {@code overall: A 5.20 (n=9) vs B 4.30 (n=8), difference +0.90 (95% CI …), Welch t(14.2)=…, p=…, g=…},
     * then the clustering and who was left out and why.
     *
     * @return the comparison in one line
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "%s: A %.2f (n=%d) vs B %.2f (n=%d), difference %+.2f (95%% CI %.2f to %.2f), Welch t(%.1f)=%.2f, %s, Hedges' g=%.2f%s",
                measure, meanA, nA, meanB, nB, difference, lower95, upper95, df, t, Decimals.pValue(p), hedgesG,
                (clustering == null ? "" : "; " + clustering) + Samples.leftOut(excluded));
    }
}

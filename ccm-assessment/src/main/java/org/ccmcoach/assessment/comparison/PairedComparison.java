package org.ccmcoach.assessment.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>Immutable and thread-safe.
 */
public final class PairedComparison implements Comparison {

    private final String measure;
    private final int n;
    private final double meanBefore;
    private final double meanAfter;
    private final double meanChange;
    private final double sdChange;
    private final double lower95;
    private final double upper95;
    private final double t;
    private final double df;
    private final double p;
    private final List<String> excluded;
    private final Clustering clustering;

    private PairedComparison(String measure, double[] before, double[] after, List<String> excluded,
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
        this.measure = measure;
        this.n = change.length;
        this.meanBefore = Mean.of(before).getAsDouble();
        this.meanAfter = Mean.of(after).getAsDouble();
        this.meanChange = Mean.of(change).getAsDouble();
        this.sdChange = StandardDeviation.of(change).getAsDouble();
        if (!(sdChange > 0)) {
            throw new IllegalArgumentException("all " + n + " changes equal " + meanChange
                    + "; a t test is undefined without variation, so report the change itself");
        }
        double margin = TDistribution.of(n - 1.0).inverseSurvivalProbability(0.025) * sdChange / Math.sqrt(n);
        this.lower95 = meanChange - margin;
        this.upper95 = meanChange + margin;
        TTest.Result result = TTest.withDefaults().pairedTest(after, before);
        this.t = result.getStatistic();
        this.df = result.getDegreesOfFreedom();
        this.p = result.getPValue();
        this.excluded = List.copyOf(excluded);
        this.clustering = clustering;
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
        return new PairedComparison(measure, pairs.before(), pairs.after(), pairs.excluded(), null);
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
        return new PairedComparison(measure, b, a, pairs.excluded(), Clustering.of(unit, byCluster));
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
        return new PairedComparison("value", before.clone(), after.clone(), List.of(), null);
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
     * The number of pairs.
     *
     * @return the number of pairs
     */
    public int n() {
        return n;
    }

    /**
     * The mean at baseline over the pairs.
     *
     * @return the mean at baseline over the pairs
     */
    public double meanBefore() {
        return meanBefore;
    }

    /**
     * The mean at follow-up over the pairs.
     *
     * @return the mean at follow-up over the pairs
     */
    public double meanAfter() {
        return meanAfter;
    }

    /**
     * The mean of follow-up minus baseline.
     *
     * @return the mean of follow-up minus baseline
     */
    public double meanChange() {
        return meanChange;
    }

    /**
     * The sample standard deviation of the changes.
     *
     * @return the sample standard deviation of the changes
     */
    public double sdChange() {
        return sdChange;
    }

    /**
     * The lower end of the 95 % confidence interval of the mean change.
     *
     * @return the lower end of the 95 % confidence interval of the mean change
     */
    public double lower95() {
        return lower95;
    }

    /**
     * The upper end of the 95 % confidence interval of the mean change.
     *
     * @return the upper end of the 95 % confidence interval of the mean change
     */
    public double upper95() {
        return upper95;
    }

    /**
     * The paired t statistic.
     *
     * @return the paired t statistic
     */
    public double t() {
        return t;
    }

    /**
     * The degrees of freedom, n - 1.
     *
     * @return the degrees of freedom, n - 1
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
     * The subjects left out, each with the reason, such as {@code "p-3: no follow-up report"}.
     *
     * @return the subjects left out, each with the reason
     */
    public List<String> excluded() {
        return excluded;
    }

    /**
     * How subjects were clustered, when the comparison ran on cluster means.
     *
     * @return the clustering, empty for subjects compared one by one
     */
    public Optional<Clustering> clustering() {
        return Optional.ofNullable(clustering);
    }

    /**
     * Returns {@code overall: n=9, 4.21 → 5.25, change +1.04 (95% CI 0.61 to 1.47), t(8)=5.53, p<0.001},
     * then the clustering and who was left out and why.
     *
     * @return the comparison in one line
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: n=%d%s, %.2f → %.2f, change %+.2f (95%% CI %.2f to %.2f), t(%d)=%.2f, %s%s",
                measure, n, clustering == null ? "" : " " + clustering.unit() + (n == 1 ? "" : "s"), meanBefore, meanAfter,
                meanChange, lower95, upper95, (long) df, t, Decimals.pValue(p),
                (clustering == null ? "" : "; " + clustering) + Samples.leftOut(excluded));
    }
}

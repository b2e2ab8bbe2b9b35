package org.ccmcoach.pdsa.chart;

/**
 * A named, versioned rule set a signal can come from: a {@link RunChartRuleSet} or a
 * {@link ControlChartRuleSet}.
 *
 * <p>The two kinds are separate types so that a chart accepts only its own: a run chart filters
 * its signals by a {@code RunChartRuleSet}, a control chart is tested under a
 * {@code ControlChartRuleSet}, and a control chart under the Anhøj rules alone does not compile.
 * A {@link Signal} names its rule set through this common type.
 *
 * <pre>{@code
 * RuleSet set = chart.signals().get(0).ruleSet();
 * set.displayName();   // "Anhøj rules"
 * set.version();       // "Anhøj & Olesen 2014, as qicharts2 runs.analysis"
 * set.name();          // "ANHOEJ", the constant's name, as in CSV files
 * }</pre>
 */
public sealed interface RuleSet permits RunChartRuleSet, ControlChartRuleSet {

    /**
     * {@return the constant's name, such as {@code ANHOEJ}: the rule set's name in files}
     */
    String name();

    /**
     * {@return the rule set's name for a person, such as "Anhøj rules"}
     */
    String displayName();

    /**
     * {@return the source and version the rules follow}
     */
    String version();

    /**
     * The fewest points a part needs before its verdict means anything; fewer give
     * {@link Verdict#TOO_FEW_POINTS}.
     *
     * <ul>
     * <li>Run-chart rule sets: 10 useful points (off the centre line). qicharts2's best-box and
     *     cut-box tables start at n = 10 and the IHI runs table is usually quoted from 10 useful
     *     points; below that the rules have little power.</li>
     * <li>Control-chart rule sets: 12 points under the centre line and limits (the frozen baseline,
     *     or the whole part). This is the library's choice: the sources give no single figure;
     *     12 keeps the estimate of sigma from a handful of moving ranges out of publication. A
     *     control chart's part also needs the run-chart minimum of 10 useful points off its centre
     *     line for its run rules; {@link ControlChart#verdicts()} checks both.</li>
     * </ul>
     *
     * @return the minimum, 10 or 12
     */
    int minimumPoints();
}

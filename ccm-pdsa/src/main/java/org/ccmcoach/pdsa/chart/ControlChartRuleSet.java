package org.ccmcoach.pdsa.chart;

/**
 * The special-cause rule sets a {@link ControlChart} can be tested under, one at a time
 * ({@link ControlChart#withRules(ControlChartRuleSet)}).
 *
 * <pre>{@code
 * ControlChart.individuals(values).withRules(ControlChartRuleSet.NELSON).signals();
 * ControlChartRuleSet.NELSON.displayName();   // "Nelson rules"
 * }</pre>
 */
public enum ControlChartRuleSet implements RuleSet {
    /** Special causes on control charts, as in The Health Care Data Guide. */
    HEALTHCARE("Healthcare rules", "Provost & Murray 2011"),
    /** The Western Electric zone rules. */
    WESTERN_ELECTRIC("Western Electric rules", "Western Electric 1956"),
    /** Nelson's eight rules. */
    NELSON("Nelson rules", "Nelson 1984"),
    /** qicharts2's control-chart rules: one point beyond 3 sigma, plus the Anhøj rules. */
    QICHARTS2("3-sigma + Anhøj rules", "qicharts2");

    private final String displayName;
    private final String version;

    ControlChartRuleSet(String displayName, String version) {
        this.displayName = displayName;
        this.version = version;
    }

    /**
     * {@return 12 points under the centre line and limits, as {@link RuleSet#minimumPoints()} explains}
     */
    @Override
    public int minimumPoints() {
        return 12;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String version() {
        return version;
    }
}

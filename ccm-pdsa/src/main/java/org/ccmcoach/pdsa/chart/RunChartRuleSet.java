package org.ccmcoach.pdsa.chart;

/**
 * The rule sets of a run chart, each a named, versioned source; a {@link RunChart} applies both.
 *
 * <pre>{@code
 * RunChart chart = RunChart.of(values);
 * chart.signals(RunChartRuleSet.ANHOEJ);   // the Anhøj signals only
 * RunChartRuleSet.ANHOEJ.version();        // "Anhøj & Olesen 2014, as qicharts2 runs.analysis"
 * }</pre>
 */
public enum RunChartRuleSet implements RuleSet {
    /**
     * Shift, trend and runs on run charts; the trend rule adds false alarms (Anhøj &amp; Olesen 2014)
     * and is kept. The runs limits are computed from the Swed–Eisenhart distribution, not copied
     * from Perla's printed table, which can differ by one in some rows; the version says so.
     */
    IHI_RUN_CHART("IHI run-chart rules",
            "Perla, Provost & Murray 2011; runs limits computed from the Swed-Eisenhart distribution"),
    /**
     * Longest run and crossings against the median. Control charts apply the same rules against
     * their centre line as part of {@link ControlChartRuleSet#QICHARTS2}.
     */
    ANHOEJ("Anhøj rules", "Anhøj & Olesen 2014, as qicharts2 runs.analysis");

    private final String displayName;
    private final String version;

    RunChartRuleSet(String displayName, String version) {
        this.displayName = displayName;
        this.version = version;
    }

    /**
     * {@return 10 useful points (off the centre line), as {@link RuleSet#minimumPoints()} explains}
     */
    @Override
    public int minimumPoints() {
        return 10;
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

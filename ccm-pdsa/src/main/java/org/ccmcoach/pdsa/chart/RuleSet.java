package org.ccmcoach.pdsa.chart;

/**
 * The named, versioned rule sets a signal can come from.
 *
 * <pre>{@code
 * RuleSet.ANHOEJ.displayName();   // "Anhøj rules"
 * RuleSet.ANHOEJ.version();       // "Anhøj & Olesen 2014, as qicharts2 runs.analysis"
 * }</pre>
 */
public enum RuleSet {
    /**
     * Shift, trend and runs on run charts; the trend rule adds false alarms (Anhøj &amp; Olesen 2014)
     * and is kept. The runs limits are computed from the Swed–Eisenhart distribution, not copied
     * from Perla's printed table, which can differ by one in some rows; the version says so.
     */
    IHI_RUN_CHART("IHI run-chart rules",
            "Perla, Provost & Murray 2011; runs limits computed from the Swed-Eisenhart distribution", 10),
    /** Longest run and crossings, against the centre line of any chart but the moving-range chart. */
    ANHOEJ("Anhøj rules", "Anhøj & Olesen 2014, as qicharts2 runs.analysis", 10),
    /** Special causes on control charts, as in The Health Care Data Guide. */
    HEALTHCARE("Healthcare rules", "Provost & Murray 2011", 12),
    /** The Western Electric zone rules. */
    WESTERN_ELECTRIC("Western Electric rules", "Western Electric 1956", 12),
    /** Nelson's eight rules. */
    NELSON("Nelson rules", "Nelson 1984", 12),
    /** qicharts2's control-chart rules: one point beyond 3 sigma, plus the Anhøj rules. */
    QICHARTS2("3-sigma + Anhøj rules", "qicharts2", 12);

    private final String displayName;
    private final String version;
    private final int minimumPoints;

    RuleSet(String displayName, String version, int minimumPoints) {
        this.displayName = displayName;
        this.version = version;
        this.minimumPoints = minimumPoints;
    }

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
    public int minimumPoints() {
        return minimumPoints;
    }

    /**
     * The rule set's name.
     *
     * @return the rule set's name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The source and version the rules follow.
     *
     * @return the source and version the rules follow
     */
    public String version() {
        return version;
    }
}

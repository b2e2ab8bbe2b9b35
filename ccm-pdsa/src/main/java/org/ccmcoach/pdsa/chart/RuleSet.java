package org.ccmcoach.pdsa.chart;

/**
 * The named, versioned rule sets a signal can come from.
 *
 * <pre>{@code
 * RuleSet.ANHOEJ.displayName();   // "Anhøj rules"
 * RuleSet.ANHOEJ.version();       // "Anhøj & Olesen 2014 (qicharts2 runs.analysis)"
 * }</pre>
 */
public enum RuleSet {
    /** Shift, trend and runs on run charts; the trend rule adds false alarms (Anhøj &amp; Olesen 2014) and is kept. */
    IHI_RUN_CHART("IHI run-chart rules", "Perla, Provost & Murray 2011"),
    /** Longest run and crossings, against the centre line of any chart but the moving-range chart. */
    ANHOEJ("Anhøj rules", "Anhøj & Olesen 2014 (qicharts2 runs.analysis)"),
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

    RuleSet(String displayName, String version) {
        this.displayName = displayName;
        this.version = version;
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

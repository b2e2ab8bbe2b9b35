package org.ccmcoach.pdsa.chart;

/**
 * What a signal means for the measure, from its direction of improvement and where it lies against
 * the chart's first change ({@link ProcessChart#firstChange()}: its first PDSA cycle, first part
 * boundary or the end of its frozen baseline, whichever comes first).
 *
 * <p>A chart's sides are read against a centre line. Where one centre line spans a change that
 * moved the measure, the baseline lies on the far side of a line the change itself moved, and the
 * rules fire on it too: one change, seen twice. So a signal whose first point comes before the
 * first change is reported by where it lies (its {@link Signal#detail()}: "9 points below the
 * median", "below the lower limit") as {@link #BEFORE_CHANGE} or {@link #ACROSS_CHANGE}, never as
 * improvement or deterioration; a chart that marks no change and freezes no baseline is all before
 * any change. Direction words belong to signals at or after the change, and to charts whose
 * baseline is frozen, where the points after it are read against the baseline's own centre line.
 *
 * <p>[V] qicharts2 marks non-random variation without a direction ("Non-random variation found by
 * the Anhøj rules is visualised by {@code qic()} using a red and dashed centre line") and reads a
 * direction against a baseline: "we can strengthen the analysis by using the median of the
 * before-intervention period to test for non-random variation in the after period", then "An
 * unusually long run of 15 data points below the median proves that the CDI rate is reduced"
 * (Anhøj, qicharts2 vignette, Case 2; {@code freeze}: "the last data point to include in
 * calculation of baseline parameters"). [V] The IHI's run chart carries "a baseline median, a goal
 * line, and annotations" of the tests of change (IHI Open School QI 104), so that run charts show
 * "if the changes we make to a process or system over time lead to improvements" (Perla, Provost
 * &amp; Murray 2011). ccm's choice: withholding the direction from signals before the first
 * change, and the rule for a signal across it ({@link #ACROSS_CHANGE}).
 *
 * <pre>{@code
 * signal.meaning();   // IMPROVEMENT: a falling no-show rate below the median after the reminders
 * signal.meaning();   // BEFORE_CHANGE: the months before them, above that median
 * }</pre>
 */
public enum Meaning {
    /** The process moved the better way, at or after the chart's first change. */
    IMPROVEMENT("improvement"),
    /** The process moved the worse way, at or after the chart's first change. */
    DETERIORATION("deterioration"),
    /** The rule has no side (too many runs, alternation), or the measure has no direction. */
    UNCLASSIFIED("unclassified"),
    /**
     * The signal's points all lie before the chart's first change (on a chart that marks no change
     * and freezes no baseline, every point does): it says where the baseline lies against the
     * centre line or limits, not which way the measure moved.
     */
    BEFORE_CHANGE("before the change: no direction"),
    /**
     * The signal begins before the chart's first change and ends at or after it. ccm's choice: no
     * direction, since a change explains only what came after it (the rule {@link ProcessChart#cycle}
     * follows too): a baseline run that goes on for a month or two after a change, before the change
     * takes effect, is not a deterioration, and a run that began before the change is not its
     * effect; the run's side is in its detail. To credit such a run to the change, start a part at
     * the change ({@link Part}) or freeze the baseline.
     */
    ACROSS_CHANGE("across the change: no direction");

    private final String label;

    Meaning(String label) {
        this.label = label;
    }

    /** {@return the meaning in words, as a signal's text ends: "improvement", "before the change: no direction"} */
    public String label() {
        return label;
    }

    /** {@return whether the meaning is a direction: improvement or deterioration} */
    public boolean hasDirection() {
        return this == IMPROVEMENT || this == DETERIORATION;
    }
}

package org.ccmcoach.pdsa.chart;

/**
 * The rules that can fire on a chart, each with a short description.
 *
 * <pre>{@code
 * Rule.SHIFT.description();   // "6 or more consecutive points on one side of the median"
 * }</pre>
 */
public enum Rule {
    /** IHI: 6 or more consecutive points on one side of the median; points on it are skipped. */
    SHIFT("shift", "6 or more consecutive points on one side of the median"),
    /** IHI and others: consecutive points all going up or all going down. */
    TREND("trend", "consecutive points all going up or all going down"),
    /** IHI: fewer runs than chance allows (Swed-Eisenhart, 2.5 % tail). */
    TOO_FEW_RUNS("too few runs", "fewer runs than chance allows"),
    /** IHI: more runs than chance allows (Swed-Eisenhart, 2.5 % tail). */
    TOO_MANY_RUNS("too many runs", "more runs than chance allows"),
    /** Anhøj: a run longer than round(log2(n)) + 3. */
    LONGEST_RUN("longest run", "a run longer than round(log2 n) + 3"),
    /** Anhøj: fewer crossings than the 5 % binomial quantile. */
    TOO_FEW_CROSSINGS("too few crossings", "fewer crossings of the centre line than the 5 % binomial quantile"),
    /** The user's mark of an obviously different value; no computation. */
    ASTRONOMICAL_POINT("astronomical point", "marked by the user as obviously different"),
    /** A point outside the control limits. */
    BEYOND_LIMITS("point beyond limits", "a point outside the control limits"),
    /** Consecutive points on one side of the centre line. */
    RUN_ON_ONE_SIDE("run on one side", "consecutive points on one side of the centre line"),
    /** 2 of 3 consecutive points beyond 2 sigma (the outer third) on one side. */
    TWO_OF_THREE_BEYOND_2_SIGMA("2 of 3 beyond 2 sigma", "2 of 3 consecutive points beyond 2 sigma on one side"),
    /** 4 of 5 consecutive points beyond 1 sigma on one side. */
    FOUR_OF_FIVE_BEYOND_1_SIGMA("4 of 5 beyond 1 sigma", "4 of 5 consecutive points beyond 1 sigma on one side"),
    /** 15 or more consecutive points within 1 sigma (the inner third). */
    FIFTEEN_WITHIN_1_SIGMA("15 within 1 sigma", "15 or more consecutive points within 1 sigma"),
    /** 14 consecutive points alternating up and down. */
    FOURTEEN_ALTERNATING("14 alternating", "14 consecutive points alternating up and down"),
    /** 8 consecutive points beyond 1 sigma, either side. */
    EIGHT_BEYOND_1_SIGMA("8 beyond 1 sigma", "8 consecutive points beyond 1 sigma on either side");

    private final String label;
    private final String description;

    Rule(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** {@return a short name, as signals print it} */
    public String label() {
        return label;
    }

    /** {@return what the rule looks for} */
    public String description() {
        return description;
    }
}

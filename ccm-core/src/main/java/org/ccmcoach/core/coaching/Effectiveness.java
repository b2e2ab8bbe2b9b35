package org.ccmcoach.core.coaching;

/**
 * EvidenceNOW's classing of a facilitator by the share of their practices that improved on at
 * least one outcome; only facilitators with at least 4 practices are classed (Sweeney et al., Ann
 * Fam Med 2022;20:414: "more effective" at 75 % or more, "less effective" below 50 %).
 *
 * <pre>{@code
 * Effectiveness.of(7, 9);   // MORE_EFFECTIVE: 78 %
 * Effectiveness.of(1, 3);   // NOT_CLASSED: fewer than 4 practices
 * }</pre>
 */
public enum Effectiveness {
    /** 75 % or more of the practices improved. */
    MORE_EFFECTIVE,
    /** From 50 % to under 75 %. */
    NEITHER,
    /** Under 50 %. */
    LESS_EFFECTIVE,
    /** Fewer than 4 practices. */
    NOT_CLASSED;

    /** The fewest practices for a classing. */
    public static final int MIN_PRACTICES = 4;

    /**
     * Classes a facilitator.
     *
     * @param improved  practices that improved on at least one outcome, 0 to practices
     * @param practices  practices in the portfolio, 0 or more
     * @return the class, not null
     * @throws IllegalArgumentException if improved is negative or more than practices
     */
    public static Effectiveness of(int improved, int practices) {
        if (improved < 0 || improved > practices) {
            throw new IllegalArgumentException("improved must be from 0 to " + practices + " (was " + improved + ")");
        }
        if (practices < MIN_PRACTICES) {
            return NOT_CLASSED;
        }
        // Compare in integers: improved / practices >= 3/4, < 1/2.
        if (4L * improved >= 3L * practices) {
            return MORE_EFFECTIVE;
        }
        return 2L * improved < practices ? LESS_EFFECTIVE : NEITHER;
    }
}

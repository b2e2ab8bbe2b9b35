package org.ccmcoach.core.coaching;

import java.util.Objects;
import org.ccmcoach.core.CoachId;

/**
 * A coach's share of practices that improved, and its EvidenceNOW class.
 *
 * <pre>{@code
 * Map<CoachId, CoachEffectiveness> byCoach = MonthlyReview.effectiveness(engagements, progress, m -> true);
 * byCoach.get(ana).effectiveness();   // MORE_EFFECTIVE, NEITHER, LESS_EFFECTIVE or NOT_CLASSED
 * }</pre>
 *
 * @param coach  the coach
 * @param practices  practices in the portfolio (as point of contact)
 * @param improved  practices that improved on at least one indicator
 * @param effectiveness  the class
 */
public record CoachEffectiveness(CoachId coach, int practices, int improved, Effectiveness effectiveness) {

    /**
     * Checks the counts.
     *
     * @param coach  the coach
     * @param practices  practices in the portfolio (as point of contact)
     * @param improved  practices that improved on at least one indicator
     * @param effectiveness  the class
     */
    public CoachEffectiveness {
        Objects.requireNonNull(coach, "coach");
        Objects.requireNonNull(effectiveness, "effectiveness");
        if (improved < 0 || improved > practices) {
            throw new IllegalArgumentException("improved must be from 0 to " + practices + " (was " + improved + ")");
        }
    }

    /**
     * The share improved, 0 to 1.
     *
     * @return the share improved, 0 to 1
     */
    public double share() {
        return practices == 0 ? 0 : (double) improved / practices;
    }

    @Override
    public String toString() {
        return coach + ": " + improved + " of " + practices + " improved, " + effectiveness;
    }
}

package org.ccmcoach.core.coaching;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.Invariants;

/**
 * A coach's share of practices that improved, and its EvidenceNOW class, with the indicator set it
 * rests on and what was done with practices that had no data.
 *
 * <pre>{@code
 * Map<CoachId, CoachEffectiveness> byCoach = MonthlyReview.effectiveness(engagements, progress,
 *         IndicatorSet.evidenceNow(), MissingIndicators.LEAVE_OUT);
 * byCoach.get(ana).effectiveness();   // MORE_EFFECTIVE, NEITHER, LESS_EFFECTIVE or NOT_CLASSED
 * byCoach.get(ana).toString();        // "coach-ana: 3 of 4 practices improved on EvidenceNOW outcomes, ..."
 * }</pre>
 *
 * @param coach  the coach
 * @param practices  practices counted (as point of contact): all, or those with data under {@link MissingIndicators#LEAVE_OUT}
 * @param improved  practices that improved on at least one indicator of the set
 * @param effectiveness  the class
 * @param indicatorSet  the name of the indicator set "improved" was judged on
 * @param missing  what was done with practices without data
 * @param withoutData  the coach's practices without a change on any indicator of the set
 */
public record CoachEffectiveness(CoachId coach, int practices, int improved, Effectiveness effectiveness,
                                 String indicatorSet, MissingIndicators missing, List<PracticeId> withoutData) {

    /**
     * Checks the counts and copies the list.
     *
     * @param coach  the coach
     * @param practices  practices counted
     * @param improved  practices that improved, 0 to practices
     * @param effectiveness  the class
     * @param indicatorSet  the indicator set's name
     * @param missing  the policy for practices without data
     * @param withoutData  the practices without data
     */
    public CoachEffectiveness {
        Objects.requireNonNull(coach, "coach");
        Objects.requireNonNull(effectiveness, "effectiveness");
        Objects.requireNonNull(indicatorSet, "indicatorSet");
        Objects.requireNonNull(missing, "missing");
        withoutData = List.copyOf(withoutData);
        if (improved < 0 || improved > practices) {
            Invariants.require(false, CoachEffectiveness.class, "improved", "must be from 0 to " + practices, improved);
        }
    }

    /** {@return the share improved, 0 to 1} */
    public double share() {
        return practices == 0 ? 0 : (double) improved / practices;
    }

    /**
     * Returns {@code coach-ana: 3 of 4 practices improved on EvidenceNOW outcomes, MORE_EFFECTIVE; without
     * data, left out: c2-team4}.
     *
     * @return the classing in words
     */
    @Override
    public String toString() {
        return coach + ": " + improved + " of " + practices + (practices == 1 ? " practice" : " practices")
                + " improved on " + indicatorSet + ", " + effectiveness
                + (withoutData.isEmpty() ? "" : "; without data, " + (missing == MissingIndicators.LEAVE_OUT
                ? "left out: " : "counted as not improved: ")
                + withoutData.stream().map(PracticeId::value).collect(Collectors.joining(", ")));
    }
}

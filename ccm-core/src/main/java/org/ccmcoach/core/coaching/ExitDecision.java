package org.ccmcoach.core.coaching;

import java.util.List;
import java.util.Objects;
import org.ccmcoach.core.PracticeId;

/**
 * Whether a practice graduates, continues, or exits early, with each criterion's result.
 *
 * <pre>{@code
 * ExitDecision d = ExitRules.defaults().decide(progress, engagement);
 * d.outcome();    // GRADUATE, CONTINUE or EARLY_EXIT
 * d.results();    // each criterion met or not, observed value and threshold
 * }</pre>
 *
 * @param practice  the practice
 * @param outcome  the decision
 * @param results  each graduation criterion's result, in the rules' order
 * @param reason  why, in a sentence
 */
public record ExitDecision(PracticeId practice, Outcome outcome, List<CriterionResult> results, String reason) {

    /** What is decided. */
    public enum Outcome {
        /** Every criterion met: withdraw in phases, keep on the registry. */
        GRADUATE,
        /** Keep coaching. */
        CONTINUE,
        /** End early: the three-month readiness follow-up failed. */
        EARLY_EXIT
    }

    /**
     * Copies the results and checks no part is null.
     *
     * @param practice  the practice
     * @param outcome  the decision
     * @param results  each graduation criterion's result, in the rules' order
     * @param reason  why, in a sentence
     */
    public ExitDecision {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(outcome, "outcome");
        results = List.copyOf(results);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(practice + ": " + outcome + " — " + reason);
        results.forEach(r -> out.append("\n  ").append(r));
        return out.toString();
    }
}

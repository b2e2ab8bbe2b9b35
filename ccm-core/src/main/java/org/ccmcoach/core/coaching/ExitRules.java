package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Decimals;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A program's graduation criteria and early-exit rule, applied to a {@link PracticeProgress}.
 *
 * <p>Programs define their own graduation criteria (AF4Q, "When do practice coaches end
 * engagement?": graduation is internal capacity to run QI continuously, with no numbers); a practice
 * graduates when it meets every one. It exits early when its three-month readiness follow-up counts
 * fewer "yes" answers than {@link #minReadinessFollowUp()}: an inference from the handbook's
 * reassessment at three months, so the threshold is the program's to set (3 of 4 by default, ccm's
 * choice).
 *
 * <pre>{@code
 * ExitRules rules = ExitRules.builder()
 *         .addCriteria(Criterion.minPdsaCycles(3), Criterion.minAcicChange(1.0),
 *                 Criterion.of(Criterion.Kind.QI_LEAD_NAMED), Criterion.of(Criterion.Kind.INTERVENTION_ENDED))
 *         .minReadinessFollowUp(3).build();
 * ExitDecision d = rules.decide(progress, engagement);
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableExitRules.class)
public abstract class ExitRules implements WithExitRules {

    ExitRules() {
    }

    /** {@return the graduation criteria, all of which must be met} */
    public abstract List<Criterion> criteria();

    /**
     * {@return the fewest "yes" of 4 on the three-month readiness follow-up that avoid early exit; empty for no such
     * rule}
     */
    @PositiveOrZero
    @Max(4)
    public abstract OptionalInt minReadinessFollowUp();

    /**
     * Example defaults, to adjust; every threshold is ccm's choice, as no source gives one:
     * <ul>
     *   <li>ACIC overall up by at least 1.0: ccm's choice, one whole point of the 0 to 11 scale, a bar
     *       a program can state. It is above the mean gain of facilitated practices in Parchman et al.
     *       2013 (Implement Sci 8:93, ACIC 5.58 to 6.33, +0.75; the South Texas study Culler et al.
     *       costed), so it asks more than that study's facilitation achieved on average: probably most
     *       of its facilitated practices would not have graduated on this bar (the paper gives means,
     *       not how many gained 1.0). Graduation means a practice carries on without its coach, so
     *       ccm sets the bar above an average gain; lower it to graduate more.</li>
     *   <li>At least 3 PDSA cycles: ccm's choice, evidence that the team ran the Model for
     *       Improvement's cycle more than once, beyond a first test with its coach.</li>
     *   <li>A QI lead named and regular team meetings: ccm's choice of signs of AF4Q's "internal
     *       capacity to run QI continuously", after the toolkit's first key change (1.1, organize
     *       your lead QI team).</li>
     *   <li>The intervention's end: ccm's choice, so that no practice graduates before the length
     *       its template set.</li>
     *   <li>Early exit below 3 of 4 "yes" at three months: ccm's choice, a majority of the
     *       readiness checklist.</li>
     * </ul>
     *
     * @return the rules, not null
     */
    public static ExitRules defaults() {
        return builder().addCriteria(Criterion.minPdsaCycles(3), Criterion.minAcicChange(1.0),
                        Criterion.of(Criterion.Kind.QI_LEAD_NAMED), Criterion.of(Criterion.Kind.REGULAR_TEAM_MEETINGS),
                        Criterion.of(Criterion.Kind.INTERVENTION_ENDED))
                .minReadinessFollowUp(3).build();
    }

    /**
     * Starts building rules.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ExitRules}. */
    public static final class Builder extends ImmutableExitRules.Builder {
        Builder() {
        }
    }

    /**
     * Decides for a practice.
     *
     * @param progress  the practice's snapshot, not null
     * @param engagement  its engagement, for the intervention's end, not null
     * @return the decision, listing every criterion with its observed value and threshold
     * @throws IllegalArgumentException if the snapshot and the engagement are about different practices
     */
    public final ExitDecision decide(PracticeProgress progress, Engagement engagement) {
        if (!progress.practice().equals(engagement.practice())) {
            throw new IllegalArgumentException("progress of " + progress.practice() + " but engagement of "
                    + engagement.practice());
        }
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : criteria()) {
            results.add(evaluate(c, progress, engagement));
        }
        if (minReadinessFollowUp().isPresent() && progress.readinessFollowUp().isPresent()
                && progress.readinessFollowUp().getAsInt() < minReadinessFollowUp().getAsInt()) {
            return new ExitDecision(progress.practice(), ExitDecision.Outcome.EARLY_EXIT, results,
                    "three-month readiness follow-up " + progress.readinessFollowUp().getAsInt() + " of 4 yes, below "
                            + minReadinessFollowUp().getAsInt());
        }
        long unmet = results.stream().filter(r -> !r.met()).count();
        if (unmet == 0 && !results.isEmpty()) {
            return new ExitDecision(progress.practice(), ExitDecision.Outcome.GRADUATE, results,
                    "every criterion met");
        }
        return new ExitDecision(progress.practice(), ExitDecision.Outcome.CONTINUE, results,
                results.isEmpty() ? "no graduation criteria set" : unmet + " of " + results.size() + " criteria not met");
    }

    private static CriterionResult evaluate(Criterion c, PracticeProgress p, Engagement e) {
        return switch (c.kind()) {
            case MIN_PDSA_CYCLES -> new CriterionResult(c, p.pdsaCyclesCompleted() >= c.threshold().getAsDouble(),
                    String.valueOf(p.pdsaCyclesCompleted()), String.valueOf((long) c.threshold().getAsDouble()));
            case MIN_ACIC_CHANGE -> new CriterionResult(c,
                    p.acicChange().isPresent() && p.acicChange().getAsDouble() >= c.threshold().getAsDouble(),
                    p.acicChange().isPresent() ? Decimals.signed(p.acicChange().getAsDouble(), 2) : "not assessed",
                    Decimals.signed(c.threshold().getAsDouble(), 2));
            case QI_LEAD_NAMED -> new CriterionResult(c, p.qiLeadNamed(), yes(p.qiLeadNamed()), "yes");
            case REGULAR_TEAM_MEETINGS -> new CriterionResult(c, p.regularTeamMeetings(), yes(p.regularTeamMeetings()), "yes");
            case INTERVENTION_ENDED -> {
                boolean ended = !p.asOf().isBefore(e.end());
                yield new CriterionResult(c, ended, p.asOf().toString(), "on or after " + e.end());
            }
        };
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }
}

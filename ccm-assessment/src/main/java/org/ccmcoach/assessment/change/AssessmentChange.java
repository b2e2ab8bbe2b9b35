package org.ccmcoach.assessment.change;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubscaleScore;
import org.ccmcoach.core.value.Invariants;

/**
 * How one subject's scores moved from a baseline to a follow-up assessment: the change per
 * subscale and overall, level transitions, and the days between.
 *
 * <pre>{@code
 * AssessmentChange change = AssessmentChange.between(baselineReport, followUpReport);
 * change.days();                          // 303
 * change.overall().delta();               // OptionalDouble[1.04]
 * change.measure("organization").levelTransition();   // Optional["C → B"]
 * System.out.println(change);             // a table
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AssessmentChange {

    private final ScoreReport baseline;
    private final ScoreReport followUp;
    private final List<ScoreChange> subscales;
    private final ScoreChange overall;

    private AssessmentChange(ScoreReport baseline, ScoreReport followUp) {
        // The follow-up's subscales are looked up by the baseline's: the instruments must agree first.
        boolean sameInstrument = baseline.instrument().equals(followUp.instrument());
        boolean sameSubject = baseline.subject().equals(followUp.subject());
        boolean inOrder = !followUp.date().isBefore(baseline.date());
        boolean samePolicy = baseline.policy().equals(followUp.policy());
        if (!(sameInstrument && sameSubject && inOrder && samePolicy)) {
            Invariants.of(AssessmentChange.class)
                    .require(sameInstrument, "followUp.instrument", "must be the baseline's, " + baseline.instrument(),
                            followUp.instrument())
                    .require(sameSubject, "followUp.subject", "must be the baseline's, " + baseline.subject(),
                            followUp.subject())
                    .require(inOrder, "followUp.date", "must not be before the baseline's, " + baseline.date(),
                            followUp.date())
                    .require(samePolicy, "followUp.policy", "must be the baseline's, " + baseline.policy().name()
                            + "; score both alike", followUp.policy().name())
                    .check();
        }
        this.baseline = baseline;
        this.followUp = followUp;
        List<ScoreChange> changes = new ArrayList<>();
        for (SubscaleScore before : baseline.subscales()) {
            SubscaleScore after = followUp.subscale(before.id());
            changes.add(new ScoreChange(before.id(), before.score(), after.score(), before.level(), after.level()));
        }
        this.subscales = List.copyOf(changes);
        this.overall = new ScoreChange("overall", baseline.overall(), followUp.overall(), baseline.overallLevel(),
                followUp.overallLevel());
    }

    /**
     * Compares a baseline with a follow-up report.
     *
     * @param baseline  the earlier report, not null
     * @param followUp  the later report of the same instrument and subject, not null
     * @return the change, not null
     * @throws org.ccmcoach.core.value.CcmValidationException if the reports concern different instruments
     *     or subjects, were scored under different missing-data policies, or the follow-up is dated before
     *     the baseline
     */
    public static AssessmentChange between(ScoreReport baseline, ScoreReport followUp) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(followUp, "followUp");
        return new AssessmentChange(baseline, followUp);
    }

    /** {@return the earlier report} */
    public ScoreReport baseline() {
        return baseline;
    }

    /** {@return the later report} */
    public ScoreReport followUp() {
        return followUp;
    }

    /** {@return days from baseline to follow-up} */
    public long days() {
        return ChronoUnit.DAYS.between(baseline.date(), followUp.date());
    }

    /** {@return the change of each subscale, in the instrument's order} */
    public List<ScoreChange> subscales() {
        return subscales;
    }

    /** {@return the change of the overall score} */
    public ScoreChange overall() {
        return overall;
    }

    /**
     * The change of one subscale, or of the overall score for {@code "overall"}.
     *
     * @param measure  a subscale identifier or {@code "overall"}, not null
     * @return the change, not null
     * @throws IllegalArgumentException if there is no such subscale
     */
    public ScoreChange measure(String measure) {
        if (measure.equals("overall")) {
            return overall;
        }
        return subscales.stream().filter(c -> c.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no subscale \"" + measure + "\"; subscales: "
                        + subscales.stream().map(ScoreChange::measure).collect(Collectors.joining(", "))));
    }

    /** {@return a table: one line per subscale and one for the overall score} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(baseline.instrument()).append(' ').append(baseline.subject()).append(": ")
                .append(baseline.date()).append(" → ").append(followUp.date()).append(" (").append(days())
                .append(" days)\n");
        subscales.forEach(c -> out.append("  ").append(c).append('\n'));
        out.append("  ").append(overall);
        return out.toString();
    }
}

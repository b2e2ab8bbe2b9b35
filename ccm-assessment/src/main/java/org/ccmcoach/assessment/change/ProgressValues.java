package org.ccmcoach.assessment.change;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ccmcoach.assessment.ScoreReport;

/**
 * Assessment results as the plain numbers of a coaching {@code PracticeProgress} in ccm-core.
 *
 * <pre>{@code
 * PracticeProgress.builder()...
 *         .acicChange(ProgressValues.acicChange(AssessmentChange.between(baseline, followUp)))
 *         .readinessFollowUp(ProgressValues.readinessFollowUp(threeMonthReport))
 * }</pre>
 */
public final class ProgressValues {

    private ProgressValues() {
    }

    /**
     * The ACIC overall change of an ACIC baseline/follow-up pair.
     *
     * @param change  a change between two {@code acic-3.5} reports, not null
     * @return the overall change, empty if either overall score is missing
     * @throws IllegalArgumentException if the reports are not ACIC reports
     */
    public static OptionalDouble acicChange(AssessmentChange change) {
        if (!change.baseline().instrument().value().equals("acic-3.5")) {
            throw new IllegalArgumentException("an ACIC change needs acic-3.5 reports, not " + change.baseline().instrument());
        }
        return change.overall().delta();
    }

    /**
     * The count of "yes" on the three-month readiness follow-up.
     *
     * @param report  a {@code readiness-3-month} report, not null
     * @return the count, 0 to 4, empty if not scored
     * @throws IllegalArgumentException if the report is of another instrument
     */
    public static OptionalInt readinessFollowUp(ScoreReport report) {
        if (!report.instrument().value().equals("readiness-3-month")) {
            throw new IllegalArgumentException("a readiness follow-up needs a readiness-3-month report, not "
                    + report.instrument());
        }
        return report.overall().isPresent() ? OptionalInt.of((int) Math.round(report.overall().getAsDouble()))
                : OptionalInt.empty();
    }
}

package org.ccmcoach.assessment.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;

/**
 * Baseline and follow-up scores of one measure paired by subject, with every subject left out and why.
 *
 * @param subjects  the paired subjects, in baseline order
 * @param before  their baseline scores
 * @param after  their follow-up scores
 * @param excluded  the subjects left out, each as {@code "id: reason"}
 */
record Pairs(List<SubjectId> subjects, double[] before, double[] after, List<String> excluded) {

    static Pairs of(List<ScoreReport> baseline, List<ScoreReport> followUp, String measure) {
        Objects.requireNonNull(measure, "measure");
        Map<SubjectId, ScoreReport> before = Samples.bySubject(baseline, "baseline");
        Map<SubjectId, ScoreReport> after = Samples.bySubject(followUp, "follow-up");
        List<SubjectId> subjects = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Double> a = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (Map.Entry<SubjectId, ScoreReport> e : before.entrySet()) {
            ScoreReport earlier = e.getValue();
            ScoreReport later = after.get(e.getKey());
            if (later == null) {
                excluded.add(e.getKey() + ": no follow-up report");
                continue;
            }
            if (!later.instrument().equals(earlier.instrument())) {
                throw new IllegalArgumentException(e.getKey() + " was assessed with " + earlier.instrument()
                        + " at baseline and " + later.instrument() + " at follow-up");
            }
            if (measure.equals("overall") && earlier.overallRule().isPresent() && later.overallRule().isPresent()
                    && earlier.overallRule().get() != later.overallRule().get()) {
                throw new IllegalArgumentException(e.getKey() + "'s overall score was made by "
                        + earlier.overallRule().get() + " at baseline and " + later.overallRule().get()
                        + " at follow-up; score both times with one rule");
            }
            OptionalDouble x = earlier.score(measure);
            OptionalDouble y = later.score(measure);
            if (x.isEmpty() || y.isEmpty()) {
                excluded.add(e.getKey() + ": " + measure + " not scored at "
                        + (x.isEmpty() && y.isEmpty() ? "either time" : x.isEmpty() ? "baseline" : "follow-up"));
                continue;
            }
            subjects.add(e.getKey());
            b.add(x.getAsDouble());
            a.add(y.getAsDouble());
        }
        for (SubjectId s : after.keySet()) {
            if (!before.containsKey(s)) {
                excluded.add(s + ": no baseline report");
            }
        }
        return new Pairs(List.copyOf(subjects), b.stream().mapToDouble(Double::doubleValue).toArray(),
                a.stream().mapToDouble(Double::doubleValue).toArray(), List.copyOf(excluded));
    }
}

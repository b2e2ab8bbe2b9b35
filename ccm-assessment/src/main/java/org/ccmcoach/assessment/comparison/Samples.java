package org.ccmcoach.assessment.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;

/** Picks one measure out of score reports, keeping account of every report left out and why. */
final class Samples {

    private Samples() {
    }

    /**
     * The reports by subject; a subject twice is an error, since pairing would be ambiguous.
     *
     * @return the reports by subject; a subject twice is an error, since pairing would be ambiguous
     */
    static Map<SubjectId, ScoreReport> bySubject(List<ScoreReport> reports, String which) {
        Map<SubjectId, ScoreReport> bySubject = new LinkedHashMap<>();
        for (ScoreReport r : reports) {
            if (bySubject.put(r.subject(), r) != null) {
                throw new IllegalArgumentException(which + " has two reports about " + r.subject()
                        + "; keep one per subject");
            }
        }
        return bySubject;
    }

    /**
     * The measure's scores of a group, recording reports where it was not scored.
     *
     * @return the measure's scores of a group, recording reports where it was not scored
     */
    static double[] scores(List<ScoreReport> reports, String measure, String group, List<String> excluded) {
        List<Double> values = new ArrayList<>();
        for (ScoreReport r : reports) {
            OptionalDouble v = r.score(measure);
            if (v.isPresent()) {
                values.add(v.getAsDouble());
            } else {
                excluded.add(group + " " + r.subject() + ": " + measure + " not scored");
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

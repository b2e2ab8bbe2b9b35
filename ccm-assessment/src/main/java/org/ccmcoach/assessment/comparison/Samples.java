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

    /** {@return the reports by subject; a subject twice is an error, since pairing would be ambiguous} */
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

    /** {@return the measure's scores of a group, recording reports where it was not scored} */
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

    /** At most this many left-out subjects are named in a comparison's one-line text. */
    static final int NAMED_LEFT_OUT = 10;

    /**
     * Refuses a sample holding NaN or an infinity, naming the first: statistics over it would be NaN
     * and read as a finding ("all changes equal NaN").
     */
    static void requireFinite(String which, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(which + "[" + i + "] is " + values[i] + "; a comparison needs finite"
                        + " values, so leave a missing one out rather than passing NaN");
            }
        }
    }

    /** {@code "; left out 2: p-3: no follow-up report; p-5: overall not scored at baseline"}, or empty. */
    static String leftOut(List<String> excluded) {
        if (excluded.isEmpty()) {
            return "";
        }
        String named = String.join("; ", excluded.subList(0, Math.min(NAMED_LEFT_OUT, excluded.size())));
        int more = excluded.size() - NAMED_LEFT_OUT;
        return "; left out " + excluded.size() + ": " + named + (more > 0 ? "; and " + more + " more" : "");
    }
}

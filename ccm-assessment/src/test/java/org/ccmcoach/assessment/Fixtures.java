package org.ccmcoach.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Responses with hand-computed scores, shared by the tests of this module. */
public final class Fixtures {

    public static final LocalDate BASELINE = LocalDate.of(2026, 1, 15);
    public static final LocalDate FOLLOW_UP = LocalDate.of(2026, 11, 15);

    /**
     * ACIC answers whose scores are, by hand:
     * organization (5+6+7+4+8+6)/6 = 6.0 B; community (3+4+2)/3 = 3.0 C; self-management-support
     * (2+3+2+2)/4 = 2.25 D; decision-support (9+8+7+10)/4 = 8.5 B (floor: 6 &le; 8.5 &lt; 9);
     * delivery-system-design (6+5+6+5+6+5)/6 = 5.5 C; clinical-information-systems
     * (10+11+9+10+11)/5 = 10.2 A; integration (1+2+3+4+5+6)/6 = 3.5 C;
     * overall (6.0+3.0+2.25+8.5+5.5+10.2+3.5)/7 = 38.95/7 = 5.564285714285714 C.
     */
    public static Map<String, Double> acicAnswers() {
        Map<String, Double> a = new LinkedHashMap<>();
        put(a, "1.", 5, 6, 7, 4, 8, 6);
        put(a, "2.", 3, 4, 2);
        put(a, "3a.", 2, 3, 2, 2);
        put(a, "3b.", 9, 8, 7, 10);
        put(a, "3c.", 6, 5, 6, 5, 6, 5);
        put(a, "3d.", 10, 11, 9, 10, 11);
        put(a, "4.", 1, 2, 3, 4, 5, 6);
        return a;
    }

    /**
     * PACIC answers 1..20 whose scores are, by hand: patient-activation (3+4+5)/3 = 4.0;
     * delivery-system-design (2+2+3)/3 = 7/3; goal-setting (1+2+3+4+5)/5 = 3.0; problem-solving
     * (5+5+4+4)/4 = 4.5; follow-up (1+1+2+2+3)/5 = 1.8; overall 61/20 = 3.05.
     */
    public static Map<String, Double> pacicAnswers() {
        double[] v = {3, 4, 5, 2, 2, 3, 1, 2, 3, 4, 5, 5, 5, 4, 4, 1, 1, 2, 2, 3};
        Map<String, Double> a = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            a.put(String.valueOf(i + 1), v[i]);
        }
        return a;
    }

    public static AssessmentResponse.Builder response(String instrument, String subject, LocalDate date,
                                                      Map<String, Double> answers) {
        AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(InstrumentId.of(instrument))
                .subject(SubjectId.of(subject)).date(date);
        answers.forEach(b::answer);
        return b;
    }

    private static void put(Map<String, Double> answers, String prefix, double... values) {
        for (int i = 0; i < values.length; i++) {
            answers.put(prefix + (i + 1), values[i]);
        }
    }

    private Fixtures() {
    }
}

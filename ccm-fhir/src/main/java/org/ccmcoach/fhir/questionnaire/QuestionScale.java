package org.ccmcoach.fhir.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import org.ccmcoach.assessment.ScaleAnchor;

/** The scale one question is answered on, as its form gives it; every scored question must share the first's. */
record QuestionScale(boolean integer, BigDecimal min, BigDecimal max, List<ScaleAnchor> anchors) {

    /** {@return whether another question's scale is the same range, in the same kind of points} */
    boolean sameAs(QuestionScale other) {
        return integer == other.integer && min.compareTo(other.min) == 0 && max.compareTo(other.max) == 0;
    }

    /** {@return {@code 0..3 in whole points}, for messages} */
    @Override
    public String toString() {
        return min.toPlainString() + ".." + max.toPlainString() + (integer ? " in whole points" : "");
    }
}

package org.ccmcoach.assessment;

import org.ccmcoach.core.value.CcmValidator;
import tools.jackson.databind.util.StdConverter;

/**
 * Where a document names an instrument by id, and only there, the registry is consulted: a response
 * or report read from JSON that names a built-in or registered instrument is checked against it
 * ({@link Instrument#check}). Values built in code are checked against the instrument they are
 * scored with or checked by, never against the registry, so the same builder call passes or fails
 * the same way whatever has been registered.
 */
final class KnownInstrument {

    private KnownInstrument() {
    }

    /** Checks a response read from a document against the instrument it names, when that is known. */
    static final class Responses extends StdConverter<AssessmentResponse, AssessmentResponse> {

        @Override
        public AssessmentResponse convert(AssessmentResponse response) {
            return Instruments.find(response.instrument()).map(i -> i.check(response)).orElse(response);
        }
    }

    /** Checks a report read from a document against the instrument it names, when that is known. */
    static final class Reports extends StdConverter<ScoreReport, ScoreReport> {

        @Override
        public ScoreReport convert(ScoreReport report) {
            // Outside input: every constraint, which a report ccm computes does not pay for.
            CcmValidator.check(report);
            return Instruments.find(report.instrument()).map(i -> i.check(report)).orElse(report);
        }
    }

    /** Checks a subscale score read from a document fully: it is outside input. */
    static final class SubscaleScores extends StdConverter<SubscaleScore, SubscaleScore> {

        @Override
        public SubscaleScore convert(SubscaleScore score) {
            return CcmValidator.check(score);
        }
    }
}

package org.ccmcoach.examples.service;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Violation;
import org.ccmcoach.json.CcmJson;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scores an assessment response against the instrument it names (ACIC 3.5, PACIC-20 and the
 * readiness checklists are built in).
 *
 * <p>The body is read by {@link CcmJson}, not by Spring's converter, so that every fault, in the
 * JSON or against the instrument, comes back with the JSON Pointer, line and column of the value
 * at fault (see {@link Problems}). The report is written by Spring's own JsonMapper, which finds
 * ccm's Jackson module by itself.
 */
@RestController
class ScoreController {

    @PostMapping(path = "/scores", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ScoreReport score(InputStream request) {
        // Bytes, not a String: CcmJson checks the encoding is UTF-8; the service bounds the length.
        byte[] body = RequestBodies.read(request);
        AssessmentResponse response = CcmJson.parse(body, AssessmentResponse.class);
        String text = new String(body, StandardCharsets.UTF_8);
        Instrument instrument = Instruments.find(response.instrument()).orElseThrow(() -> CcmJson.locate(text,
                AssessmentResponse.class, CcmValidationException.of(java.util.List.of(Violation.of("AssessmentResponse",
                        "instrument", "must name a known instrument (" + Instruments.all().stream()
                                .map(i -> i.id().value()).sorted().toList() + ")", response.instrument().value())))));
        try {
            return instrument.score(response);
        } catch (CcmValidationException e) {
            // An answer outside the scale, an unknown item: valid JSON, refused by the instrument.
            throw CcmJson.locate(text, AssessmentResponse.class, e);
        }
    }
}

package org.ccmcoach.examples.service;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.CcmJson;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scores an assessment response against the instrument it names (ACIC 3.5, PACIC-20 and the
 * readiness checklists are built in).
 *
 * <p>The body is read by {@link CcmJson}, not by Spring's converter, so that every fault, in the
 * JSON, in the value or against its instrument, comes back with the JSON Pointer, line and column
 * of the value at fault (see {@link Problems}). The report is written by Spring's own JsonMapper, which finds
 * ccm's Jackson module by itself.
 */
@RestController
class ScoreController {

    @PostMapping(path = "/scores", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ScoreReport score(InputStream request) {
        // Bytes, not a String: CcmJson checks the encoding is UTF-8; the service bounds the length.
        byte[] body = RequestBodies.read(request);
        // A response naming a built-in or registered instrument is checked against it while it is read
        // (answers outside the scale, unknown items), so what is left to refuse here is an instrument
        // the service does not know: valid JSON, placed in the document by CcmJson.locate.
        AssessmentResponse response = CcmJson.parse(body, AssessmentResponse.class);
        Instrument instrument = Instruments.find(response.instrument()).orElseThrow(() -> CcmJson.locate(
                new String(body, StandardCharsets.UTF_8), AssessmentResponse.class,
                CcmValidationException.of(List.of(Problem.of("AssessmentResponse", "instrument",
                        "must name an instrument the service knows (" + Instruments.all().stream()
                                .map(i -> i.id().value()).sorted().collect(Collectors.joining(", ")) + ")",
                        response.instrument().value())))));
        return instrument.score(response);
    }
}

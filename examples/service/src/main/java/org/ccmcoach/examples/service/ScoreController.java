package org.ccmcoach.examples.service;

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
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scores an assessment response against the instrument it names (ACIC 3.5, PACIC-20 and the
 * readiness checklists are built in).
 *
 * <p>Spring binds the body with its own JsonMapper, which finds ccm's Jackson module by itself and
 * reads strictly with {@link CcmServiceApplication#ccm()}. Every fault, in the JSON, in the value or
 * against its instrument, is a Jackson exception that Spring answers 400, and {@link Problems} writes
 * with the JSON Pointer, line and column of the value at fault. What is left to refuse here is an
 * instrument the service does not know: valid JSON and a valid response, placed in the body
 * {@link RequestBodies} kept by {@link CcmJson#locate}.
 */
@RestController
class ScoreController {

    @PostMapping(path = "/scores", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ScoreReport score(@RequestBody AssessmentResponse response, @RequestAttribute(RequestBodies.BODY) byte[] body) {
        Instrument instrument = Instruments.find(response.instrument()).orElseThrow(() -> CcmJson.locate(
                new String(body, StandardCharsets.UTF_8), AssessmentResponse.class,
                CcmValidationException.of(List.of(Problem.of("AssessmentResponse", "instrument",
                        "must name an instrument the service knows (" + Instruments.all().stream()
                                .map(i -> i.id().value()).sorted().collect(Collectors.joining(", ")) + ")",
                        response.instrument().value())))));
        return instrument.score(response);
    }
}

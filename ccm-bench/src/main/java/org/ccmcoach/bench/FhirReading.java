package org.ccmcoach.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.fhir.questionnaire.FhirResponses;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One PACIC-20 QuestionnaireResponse from the synthetic portal (2.6 KB): read by ccm (bounds, a
 * strict JSON pre-check, HAPI's parser with a collecting error handler, the walk for invalid values,
 * the mapping) against HAPI's JSON parser alone, with its default, lenient error handler (the
 * baseline: what an application parsing FHIR without ccm pays). Issue 19 sets no target: the ratio
 * says what ccm's checks cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FhirReading {

    /** HAPI's shared R4 context, as an application without ccm would use it. */
    private static final ca.uhn.fhir.context.FhirContext HAPI = ca.uhn.fhir.context.FhirContext.forR4Cached();

    private byte[] json;
    private String text;
    private Instrument pacic;

    @Setup
    public void setUp() {
        try {
            json = Files.readAllBytes(Path.of("examples/data/fhir/pacic-c1-team1/pacic-c1-team1-f01.json")); // bin/ccm-bench runs in the root
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = new String(json, java.nio.charset.StandardCharsets.UTF_8);
        pacic = Instruments.pacic20();
        FhirResponses.parse(json, pacic); // the FHIR context is built once, outside the measurement
    }

    /** ccm: a QuestionnaireResponse read, checked and mapped to an assessment response. */
    @Benchmark
    public AssessmentResponse readAndMap() {
        return FhirResponses.parse(json, pacic);
    }

    /** Baseline: HAPI's parser alone, nothing checked beyond what it does by default. */
    @Benchmark
    public QuestionnaireResponse hapiParseOnly() {
        return HAPI.newJsonParser().parseResource(QuestionnaireResponse.class, text);
    }
}

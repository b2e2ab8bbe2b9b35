package org.ccmcoach.bench;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.json.CcmJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * One ACIC response (34 items, an individual's ratings): read and validated by ccm, bound to a
 * plain record by a default Jackson 3 mapper (the baseline: no validation, no strictness), and
 * scored (a computed report checks its own invariants in plain code, no reflection). Targets: reading
 * ≥ 0.6× the baseline's throughput (issue 16); scoring ≥ 5× reading's (issue 28).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AcicReading {

    /** The same document as a plain record: what an application without ccm would bind. */
    public record PlainResponse(String instrument, String subject, String respondent, String role, LocalDate date,
                                Map<String, Double> answers) {
    }

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private Instrument acic;
    private byte[] json;
    private AssessmentResponse response;

    @Setup
    public void setUp() {
        acic = Instruments.acic35();
        AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(acic.id())
                .subject(SubjectId.of("c1-team1")).respondent("c1-team1-m1").role("nurse").date(LocalDate.of(2026, 1, 20));
        int i = 0;
        for (Item item : acic.items()) {
            b.answer(item.id(), (i++ * 7) % 12);
        }
        response = b.build();
        json = CcmJson.toJson(response).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** ccm: strict reading, every constraint and the instrument's item ranges checked. */
    @Benchmark
    public AssessmentResponse readValidated() {
        return CcmJson.parse(json, AssessmentResponse.class);
    }

    /** Baseline: Jackson 3 binding the same bytes to a record, nothing checked. */
    @Benchmark
    public PlainResponse bindPlainRecord() {
        return PLAIN.readValue(json, PlainResponse.class);
    }

    /** Scoring a response already read: subscale means, levels, overall. */
    @Benchmark
    public ScoreReport score() {
        return acic.score(response);
    }
}

package org.ccmcoach.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.csv.ErrorMode;
import org.ccmcoach.assessment.csv.ResponseCsv;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.Practice;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.InterventionTemplate;
import org.ccmcoach.core.coaching.PracticeProgress;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.ccmcoach.json.csv.CsvException;
import org.ccmcoach.json.csv.CsvReader;
import org.ccmcoach.json.csv.CsvTable;
import org.ccmcoach.json.JsonLines;
import org.ccmcoach.pdsa.ImprovementProject;
import org.ccmcoach.pdsa.Measure;
import org.ccmcoach.pdsa.PdsaCycle;
import org.ccmcoach.pdsa.PdsaRamp;
import org.ccmcoach.pdsa.chart.Series;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every reader of untrusted input, fed what the fuzzer makes: the only exception that may leave a
 * JSON reader is {@link CcmJsonException}, a CSV reader {@link CsvException}, and a FHIR reader
 * {@link org.ccmcoach.fhir.CcmFhirException}. Anything else (a
 * NullPointerException, a StackOverflowError, an IllegalStateException from a half-built value) is
 * a finding, saved by Jazzer under src/test/resources and replayed by every later run.
 */
class ReadersFuzzTest {

    /** The top-level document types an application reads. */
    private static final List<Class<?>> DOCUMENTS = List.of(Practice.class, Coach.class, Engagement.class,
            InterventionTemplate.class, PracticeProgress.class, PracticeProfile.class, CoachProfile.class,
            AllocationProblem.class, Allocation.class, AssessmentResponse.class, ScoreReport.class, Instrument.class,
            Measure.class, PdsaCycle.class, PdsaRamp.class, ImprovementProject.class, Series.class,
            org.ccmcoach.core.cost.CostModel.class, org.ccmcoach.core.cost.Workload.class,
            org.ccmcoach.core.cost.Trip.class, org.ccmcoach.pdsa.businesscase.BusinessCase.class,
            org.ccmcoach.core.coaching.Encounter.class, org.ccmcoach.pdsa.driver.KeyDriverDiagram.class);

    /** A reader of text, with the one exception it may throw. */
    record Reader(String name, Class<? extends RuntimeException> allowed, Consumer<byte[]> read) {
    }

    static final List<Reader> READERS = readers();

    private static List<Reader> readers() {
        List<Reader> all = new java.util.ArrayList<>();
        for (Class<?> type : DOCUMENTS) {
            all.add(new Reader(type.getSimpleName(), CcmJsonException.class, bytes -> CcmJson.parse(bytes, type)));
            all.add(new Reader(type.getSimpleName() + " lines", CcmJsonException.class,
                    bytes -> JsonLines.parse(new String(bytes, StandardCharsets.UTF_8), type)));
            // The bytes as they are: any encoding, any length of line.
            all.add(new Reader(type.getSimpleName() + " line bytes", CcmJsonException.class, bytes -> {
                try (java.util.stream.Stream<?> values = JsonLines.stream(new ByteArrayInputStream(bytes), type)) {
                    values.forEach(v -> { });
                }
            }));
        }
        all.add(new Reader("instrument definition", CcmJsonException.class,
                bytes -> Instrument.read(new ByteArrayInputStream(bytes))));
        all.add(new Reader("CSV table", CsvException.class,
                bytes -> CsvTable.parse(new String(bytes, StandardCharsets.UTF_8))));
        all.add(new Reader("CSV bytes", CsvException.class, bytes -> {
            try (CsvReader csv = CsvReader.open(new ByteArrayInputStream(bytes));
                 java.util.stream.Stream<org.ccmcoach.json.csv.CsvRow> rows = csv.rows()) {
                rows.forEach(r -> { });
            }
        }));
        // FHIR: HAPI's parser behind ccm's checks, then the mapping; only CcmFhirException may escape.
        all.add(new Reader("FHIR QuestionnaireResponse", org.ccmcoach.fhir.CcmFhirException.class,
                bytes -> org.ccmcoach.fhir.questionnaire.FhirResponses.toAssessment(org.ccmcoach.fhir.FhirJson.parse(bytes,
                        org.hl7.fhir.r4.model.QuestionnaireResponse.class), Instruments.pacic20())));
        all.add(new Reader("FHIR Questionnaire", org.ccmcoach.fhir.CcmFhirException.class,
                bytes -> org.ccmcoach.fhir.questionnaire.InstrumentQuestionnaires.toInstrument(org.ccmcoach.fhir.FhirJson
                        .parse(bytes, org.hl7.fhir.r4.model.Questionnaire.class))));
        all.add(new Reader("FHIR Bundle of Observations", org.ccmcoach.fhir.CcmFhirException.class,
                bytes -> org.ccmcoach.fhir.observation.MeasureBundles.toSeries(org.ccmcoach.fhir.FhirJson.parse(bytes,
                        org.hl7.fhir.r4.model.Bundle.class), "fuzzed")));
        all.add(new Reader("facilitation log CSV", CsvException.class,
                bytes -> org.ccmcoach.json.csv.EncounterCsv.parse(new String(bytes, StandardCharsets.UTF_8))));
        all.add(new Reader("ACIC responses CSV", CsvException.class, bytes -> ResponseCsv.read(
                CsvTable.parse(new String(bytes, StandardCharsets.UTF_8)), Instruments.acic35(), ErrorMode.COLLECT_ALL)));
        return List.copyOf(all);
    }

    private static void read(FuzzedDataProvider data) {
        read(READERS, data);
    }

    /** One of the readers, chosen by the fuzzer, on the rest of its bytes: only the reader's own exception may leave. */
    static void read(List<Reader> readers, FuzzedDataProvider data) {
        Reader reader = readers.get(data.consumeInt(0, readers.size() - 1));
        byte[] input = data.consumeRemainingAsBytes();
        try {
            reader.read().accept(input);
        } catch (RuntimeException e) {
            if (!reader.allowed().isInstance(e)) {
                throw new AssertionError(reader.name() + " let " + e.getClass().getName() + " escape: " + e.getMessage(), e);
            }
        }
    }

    /** 12 seconds of fuzzing in every verify (after replaying the saved inputs). */
    @FuzzTest(maxDuration = "12s")
    @DisabledIfSystemProperty(named = "ccm.fuzz.long", matches = "true")
    void readers_throw_only_their_own_exception(FuzzedDataProvider data) {
        read(data);
    }

    /** Ten minutes, on demand: {@code ./mvnw -B -pl ccm-fuzz -am verify -Dccm.fuzz.long=true}. */
    @FuzzTest(maxDuration = "10m")
    @EnabledIfSystemProperty(named = "ccm.fuzz.long", matches = "true")
    void readers_throw_only_their_own_exception_long_run(FuzzedDataProvider data) {
        read(data);
    }
}

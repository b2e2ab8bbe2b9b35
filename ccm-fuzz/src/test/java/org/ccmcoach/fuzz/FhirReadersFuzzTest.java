package org.ccmcoach.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The FHIR readers of {@link ReadersFuzzTest} fuzzed alone, from a QuestionnaireResponse, a
 * Questionnaire and a Bundle (the inputs directory): in the run over every reader they get 3 draws
 * in 70. A class of its own because Jazzer fuzzes one test per JVM; surefire forks one per class.
 */
class FhirReadersFuzzTest {

    /** 10 seconds in every verify: only CcmFhirException may leave a FHIR reader. */
    @FuzzTest(maxDuration = "10s")
    @DisabledIfSystemProperty(named = "ccm.fuzz.long", matches = "true")
    void fhir_readers_throw_only_ccms_exception(FuzzedDataProvider data) {
        ReadersFuzzTest.read(ReadersFuzzTest.READERS.stream().filter(r -> r.name().startsWith("FHIR")).toList(), data);
    }
}

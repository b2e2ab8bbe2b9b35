package org.ccmcoach.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.observation.MeasureBundles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FHIR reproductions end in CcmFhirException in a 256 MB heap (the small-heap surefire
 * execution sets {@code -Xmx256m}; an OutOfMemoryError fails the test), and the largest documents
 * FhirJson accepts are read in it: each of these needed gigabytes, or any heap, before.
 */
@Tag("small-heap")
class SmallHeapTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void the_heap_is_small() {
        assertTrue(Runtime.getRuntime().maxMemory() <= 300L * 1024 * 1024,
                "run with -Xmx256m (was " + Runtime.getRuntime().maxMemory() + " bytes)");
    }

    private static byte[] utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Was an OutOfMemoryError at 256 MB and at 4 GB: HAPI's parser writes the number out in a billion digits. */
    @Test
    void a_twelve_byte_number() {
        byte[] json = utf8("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"1\","
                + "\"answer\":[{\"valueInteger\":1e999999999}]}]}");
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirJson.parse(json, QuestionnaireResponse.class));
        assertTrue(e.problems().get(0).rule().startsWith("a number is longer than 1,000 digits written out"), e.getMessage());
        byte[] total = utf8("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"total\":1e100000000}");
        assertThrows(CcmFhirException.class, () -> FhirJson.parse(total, Bundle.class));
    }

    /** 10,000,000 empty entries (30 MB) needed 3.4 GB; refused at the 100,001st, before HAPI's parser runs. */
    @Test
    void a_30_megabyte_bundle_of_empty_entries() {
        StringBuilder json = new StringBuilder(30_000_100).append("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{}");
        for (int i = 1; i < 10_000_000; i++) {
            json.append(",{}");
        }
        byte[] bytes = utf8(json.append("]}"));
        json = null;
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirJson.parse(bytes, Bundle.class));
        assertTrue(e.problems().get(0).rule().startsWith("the Bundle holds more than 100,000 entries"), e.getMessage());
    }

    @Test
    void a_25_mebibyte_string() {
        byte[] json = utf8("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"language\":\""
                + "a".repeat(25 << 20) + "\"}");
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirJson.parse(json, QuestionnaireResponse.class));
        assertTrue(e.problems().get(0).rule().startsWith("a string is longer than 1,048,576 characters"), e.getMessage());
    }

    /**
     * One entry's code system of 1,000,000 characters, 300 entries with other codes: each "must be
     * the code of most" copied the megabyte (300 MB). Every code differs, so the first, the long
     * one, is the commonest; each of the 300 others names it as an excerpt: 80 characters and its length.
     */
    @Test
    void a_one_megabyte_bundle_amplified_by_its_messages() throws IOException {
        StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i <= 300; i++) {
            json.append(i == 0 ? "" : ",").append("{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\","
                    + "\"code\":{\"coding\":[{\"system\":\"").append(i == 0 ? "http://x/" + "s".repeat(1_000_000) : "http://loinc.org")
                    .append("\",\"code\":\"c").append(i).append("\"}]},\"subject\":{\"reference\":\"Organization/o1\"},"
                            + "\"effectiveDateTime\":\"2026-01-01\",\"valueInteger\":1}}");
        }
        Path file = Files.write(dir.resolve("amplified.json"), utf8(json.append("]}")));
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> MeasureBundles.read(file, "x"));
        assertEquals(300, e.problems().size());
        String shown = "\"http://x/" + "s".repeat(Problem.MAX_SHOWN_CHARS - "http://x/".length()) + "… (1000012 chars)\"";
        for (Problem p : e.problems()) {
            assertEquals("must be " + shown + ", the code of most Observations: select one measure with"
                    + " toSeries(bundle, name, system, code)", p.rule());
        }
    }

    /**
     * The largest documents read: 100,000 empty entries, and 499,996 empty extensions (with the root,
     * resourceType, status and the list, 500,000 values), the shape whose model and problems cost the
     * most heap a value of those measured (docs/limits.md).
     */
    @Test
    void the_largest_documents_accepted_are_read() {
        StringBuilder entries = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{}");
        for (int i = 1; i < FhirJson.MAX_ENTRIES; i++) {
            entries.append(",{}");
        }
        assertEquals(FhirJson.MAX_ENTRIES, FhirJson.parseCollecting(utf8(entries.append("]}")), Bundle.class).resource()
                .getEntry().size());
        StringBuilder extensions = new StringBuilder("{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"extension\":[{}");
        for (int i = 1; i < FhirJson.MAX_VALUES - 4; i++) {
            extensions.append(",{}");
        }
        byte[] bytes = utf8(extensions.append("]}"));
        extensions = null;
        FhirJson.Parsed<Questionnaire> parsed = FhirJson.parseCollecting(bytes, Questionnaire.class);
        assertEquals(FhirJson.MAX_VALUES - 4, parsed.resource().getExtension().size());
        assertEquals(1, parsed.problems().size()); // "must have element url", once
    }

    /** 31 strings of a mebibyte: a document near 32 MiB spent on text is read. */
    @Test
    void a_32_mebibyte_document_of_long_strings_is_read() {
        StringBuilder json = new StringBuilder(33 << 20).append("{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"item\":[");
        for (int i = 0; i < 31; i++) {
            json.append(i == 0 ? "" : ",").append("{\"linkId\":\"q").append(i).append("\",\"type\":\"display\",\"text\":\"")
                    .append("x".repeat((1 << 20) - 10)).append("\"}");
        }
        byte[] bytes = utf8(json.append("]}"));
        json = null;
        assertTrue(bytes.length > 32_000_000 && bytes.length <= FhirJson.MAX_DOCUMENT_LENGTH, bytes.length + " bytes");
        assertEquals(31, FhirJson.parse(bytes, Questionnaire.class).getItem().size());
    }
}

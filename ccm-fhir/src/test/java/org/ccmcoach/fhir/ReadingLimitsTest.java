package org.ccmcoach.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/**
 * FhirJson's reading limits, each broken by the reproduction or one value past the bound,
 * and kept by the value at it. Each refusal is located at the line and column where the value
 * breaking the limit starts (column = its index in the text + 1, as computed here from the text).
 */
class ReadingLimitsTest {

    private static final String QR = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",";

    private static Problem only(CcmFhirException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private static Location at(String json, String value) {
        return Location.text(1, json.indexOf(value) + 1);
    }

    /** 1e999999999 would be a billion digits written out, which HAPI's parser writes before reading. */
    @Test
    void a_number_with_a_huge_exponent_is_refused_where_it_stands() {
        String json = QR + "\"item\":[{\"linkId\":\"1\",\"answer\":[{\"valueInteger\":1e999999999}]}]}";
        Problem p = only(assertThrows(CcmFhirException.class, () -> FhirJson.parse(json, QuestionnaireResponse.class)));
        assertEquals(at(json, "1e999999999"), p.location());
        assertEquals("a number is longer than 1,000 digits written out (1e999999999), the most ccm reads"
                + " (CcmJson.MAX_NUMBER_LENGTH): no FHIR value needs more", p.rule());

        String form = "{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"item\":[{\"linkId\":\"1\",\"type\":\"integer\","
                + "\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/minValue\",\"valueInteger\":1e999999999}]}]}";
        assertEquals(at(form, "1e999999999"), only(assertThrows(CcmFhirException.class,
                () -> FhirJson.parse(form, Questionnaire.class))).location());
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"total\":1e100000000}";
        assertEquals(at(bundle, "1e100000000"), only(assertThrows(CcmFhirException.class,
                () -> FhirJson.parse(bundle, Bundle.class))).location());
        String tiny = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"valueQuantity\":{\"value\":-1e-999999999}}";
        assertEquals(at(tiny, "-1e-999999999"), only(assertThrows(CcmFhirException.class,
                () -> FhirJson.parse(tiny, Observation.class))).location());
        String beyond = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"valueQuantity\":{\"value\":1e99999999999}}";
        assertThrows(CcmFhirException.class, () -> FhirJson.parse(beyond, Observation.class));
    }

    /** 1e999 is 1,000 digits written out, the most read; 1e1000 is one more. */
    @Test
    void the_plain_length_bound_is_exact() {
        String head = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"valueQuantity\":{\"value\":";
        Observation o = FhirJson.parse(head + "1e999}}", Observation.class);
        assertEquals(0, new BigDecimal("1e999").compareTo(o.getValueQuantity().getValue()));
        assertThrows(CcmFhirException.class, () -> FhirJson.parse(head + "1e1000}}", Observation.class));
        assertThrows(CcmFhirException.class, () -> FhirJson.parse(head + "1e-999}}", Observation.class)); // 0.000…1: 1,001
    }

    /** The length HAPI's toPlainString writes, against the JDK's own for numbers small enough to write. */
    @Test
    void the_plain_length_is_that_of_to_plain_string() {
        for (String n : List.of("1", "-7", "1.5e3", "-1e-3", "12345e-2", "9.99E+20", "123.456", "0.001", "-0.5", "1e999",
                "31415926535897932384626e-10", "2E-7")) {
            assertEquals(new BigDecimal(n).toPlainString().length(), FhirPreCheck.plainLength(n), n);
        }
        assertTrue(FhirPreCheck.plainLength("0e5") >= new BigDecimal("0e5").toPlainString().length()); // an upper bound for 0
        assertEquals(Long.MAX_VALUE, FhirPreCheck.plainLength("1e99999999999"));
    }

    @Test
    void a_string_longer_than_a_mebibyte_is_refused_in_ccms_words() {
        String json = QR + "\"language\":\"" + "a".repeat((1 << 20) + 1) + "\"}";
        Problem p = only(assertThrows(CcmFhirException.class, () -> FhirJson.parse(json, QuestionnaireResponse.class)));
        assertEquals(at(json, "\"aaa"), p.location());
        assertEquals("a string is longer than 1,048,576 characters, the most read (CcmJson.MAX_STRING_LENGTH)", p.rule());
        // one mebibyte is read
        String most = QR + "\"identifier\":{\"value\":\"" + "a".repeat(1 << 20) + "\"}}";
        assertEquals(1 << 20, FhirJson.parse(most, QuestionnaireResponse.class).getIdentifier().getValue().length());
    }

    /** Root, resourceType, status and the list are 4 values: 499,996 extensions are the most, one more is refused at its brace. */
    @Test
    void more_json_values_than_the_bound_are_refused_before_hap_is_parser_runs() {
        String head = "{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"extension\":[";
        int most = FhirJson.MAX_VALUES - 4;
        String json = head + "{},".repeat(most) + "{}]}";
        Problem p = only(assertThrows(CcmFhirException.class, () -> FhirJson.parse(json, Questionnaire.class)));
        assertEquals(Location.text(1, head.length() + 3L * most + 1), p.location());
        assertEquals("the document holds more than 500,000 JSON values, the most ccm reads as one FHIR resource"
                + " (FhirJson.MAX_VALUES): split it, such as a Bundle into several", p.rule());
    }

    @Test
    void more_entries_than_the_bound_are_refused_at_the_first_too_many() {
        String head = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[";
        String json = head + "{},".repeat(FhirJson.MAX_ENTRIES) + "{}]}";
        Problem p = only(assertThrows(CcmFhirException.class, () -> FhirJson.parse(json, Bundle.class)));
        assertEquals(Location.text(1, head.length() + 3L * FhirJson.MAX_ENTRIES + 1), p.location());
        assertEquals("the Bundle holds more than 100,000 entries, the most ccm reads in one (FhirJson.MAX_ENTRIES):"
                + " split it into several", p.rule());
        // the same where resourceType comes last
        String last = "{\"type\":\"collection\",\"entry\":[" + "{},".repeat(FhirJson.MAX_ENTRIES) + "{}],\"resourceType\":\"Bundle\"}";
        assertEquals(Location.text(1, "{\"type\":\"collection\",\"entry\":[".length() + 3L * FhirJson.MAX_ENTRIES + 1),
                only(assertThrows(CcmFhirException.class, () -> FhirJson.parse(last, Bundle.class))).location());
        // entries of a Bundle within are counted as values only
        String nested = "{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"contained\":[{\"resourceType\":\"Bundle\","
                + "\"id\":\"b\",\"type\":\"collection\",\"entry\":[" + "{},".repeat(3) + "{}]}]}";
        FhirJson.parseCollecting(nested.getBytes(StandardCharsets.UTF_8), Questionnaire.class);
    }

    /** HAPI's parser took the mark for content ("HAPI-1859: Content does not appear to be FHIR JSON"). */
    @Test
    void a_utf8_byte_order_mark_is_skipped() {
        String json = QR + "\"id\":\"r1\"}";
        QuestionnaireResponse marked = FhirJson.parse(("\uFEFF" + json).getBytes(StandardCharsets.UTF_8), QuestionnaireResponse.class);
        assertEquals(FhirJson.toJson(FhirJson.parse(json, QuestionnaireResponse.class)), FhirJson.toJson(marked));
    }

    /** As ccm's other readers: the line and column of the first foreign character, and advice to save as UTF-8. */
    @Test
    void windows_1252_and_utf16_fail_where_they_start_with_advice() {
        String text = "{\"resourceType\":\"QuestionnaireResponse\",\n\"status\":\"completed\",\"language\":\"caf\u00e9\"}";
        Problem latin = only(assertThrows(CcmFhirException.class, () -> FhirJson.parse(
                text.getBytes(Charset.forName("windows-1252")), QuestionnaireResponse.class)));
        // line 2 is "status":"completed","language":"café"}; é is its 36th character
        assertEquals(Location.text(2, "\"status\":\"completed\",\"language\":\"caf".length() + 1), latin.location());
        assertEquals("is not UTF-8 (byte 0xE9), as Windows-1252 or Latin-1 text has; FHIR JSON is UTF-8: save the file"
                + " as UTF-8", latin.rule());
        for (Charset utf16 : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Problem p = only(assertThrows(CcmFhirException.class, () -> FhirJson.parse(text.getBytes(utf16),
                    QuestionnaireResponse.class)));
            // UTF_16 writes a big-endian mark; without a mark, '{' is 00 7B (big-endian: a NUL first) or 7B 00
            assertEquals(Location.text(1, utf16.equals(StandardCharsets.UTF_16LE) ? 2 : 1), p.location(), utf16.name());
            assertEquals(utf16.equals(StandardCharsets.UTF_16) ? "is UTF-16 text, not UTF-8; FHIR JSON is UTF-8: save the file as UTF-8"
                    : "holds a NUL character, as UTF-16 text does; FHIR JSON is UTF-8: save the file as UTF-8", p.rule(), utf16.name());
        }
    }

    /** HAPI names only the parent of a fault: the same fault of many siblings is one problem, kept once. */
    @Test
    void the_same_fault_of_many_siblings_is_one_problem() {
        String json = "{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"extension\":[" + "{},".repeat(999) + "{}]}";
        FhirJson.Parsed<Questionnaire> parsed = FhirJson.parseCollecting(json.getBytes(StandardCharsets.UTF_8), Questionnaire.class);
        assertEquals(List.of("Questionnaire, within element extension: must have element url"),
                parsed.problems().stream().map(Problem::toString).toList());
    }
}

package org.ccmcoach.fuzz.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.observation.MeasureBundles;
import org.ccmcoach.fhir.questionnaire.InstrumentQuestionnaires;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * Issue 33's FHIR reproductions, each in a JVM of its own with a 256 MB heap: each ends in a
 * CcmFhirException or is read, within its seconds. Before the fix the numbers and the Bundle of empty
 * entries ran out of any heap, the amplified Bundle out of 256 MB, and a UTF-8 byte-order mark or
 * UTF-16 failed in HAPI's words. Measured on a shared 2-core machine, FHIR's context built in each
 * (about 2 s): the refusals 0.2–1.7 s, the byte-order mark 5.3 s, the amplified Bundle 6.8 s, the
 * 80,000 options 8.6 s, the largest accepted document 11 s; the seconds allow for a busy machine.
 */
final class FhirProbes {

    private FhirProbes() {
    }

    private static final String QR = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",";

    /** {@code "valueInteger":1e999999999} in a QuestionnaireResponse: OutOfMemoryError at 256 MB and at 4 GB; refused. */
    @Probe(heapMb = 256, seconds = 10)
    static String numberWithHugeExponentInResponse() {
        FhirJson.parse((QR + "\"item\":[{\"linkId\":\"1\",\"answer\":[{\"valueInteger\":1e999999999}]}]}").getBytes(UTF_8),
                QuestionnaireResponse.class);
        return "read";
    }

    /** The same number as a Questionnaire's minValue; refused. */
    @Probe(heapMb = 256, seconds = 10)
    static String numberWithHugeExponentInQuestionnaire() {
        FhirJson.parse(("{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"item\":[{\"linkId\":\"1\",\"type\":\"integer\","
                + "\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/minValue\",\"valueInteger\":1e999999999}]}]}")
                .getBytes(UTF_8), Questionnaire.class);
        return "read";
    }

    /** A Bundle's {@code "total":1e100000000}; refused. */
    @Probe(heapMb = 256, seconds = 10)
    static String bundleTotalWithHugeExponent() {
        FhirJson.parse("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"total\":1e100000000}".getBytes(UTF_8), Bundle.class);
        return "read";
    }

    /** {@code "total":"x"}: a NullPointerException in MeasureBundles once; a problem at Bundle.total. */
    @Probe(heapMb = 256, seconds = 10)
    static String bundleTotalNotANumber() {
        return "read " + FhirJson.parseCollecting("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"total\":\"x\"}"
                .getBytes(UTF_8), Bundle.class).map(b -> MeasureBundles.toSeries(b, "x")).observations().size() + " points";
    }

    /**
     * 1 MB: one code system of 1,000,000 characters and 300 entries with other codes, each of whose
     * problems copied the megabyte (out of memory at 256 MB); 300 problems, each with an excerpt.
     */
    @Probe(heapMb = 256, seconds = 15, everyVerify = false)
    static String amplifiedBundle() {
        StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i <= 300; i++) {
            json.append(i == 0 ? "" : ",").append("{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\","
                    + "\"code\":{\"coding\":[{\"system\":\"").append(i == 0 ? "http://x/" + "s".repeat(1_000_000) : "http://loinc.org")
                    .append("\",\"code\":\"c").append(i).append("\"}]},\"subject\":{\"reference\":\"Organization/o1\"},"
                            + "\"effectiveDateTime\":\"2026-01-01\",\"valueInteger\":1}}");
        }
        byte[] bytes = json.append("]}").toString().getBytes(UTF_8);
        return "read " + FhirJson.parseCollecting(bytes, Bundle.class).map(b -> MeasureBundles.toSeries(b, "x"))
                .observations().size() + " points";
    }

    /** 30 MB, 10,000,000 empty entries: 3.4 GB of heap before; refused at the 100,001st entry. */
    @Probe(heapMb = 256, seconds = 10, everyVerify = false)
    static String bundleOfEmptyEntries() {
        StringBuilder json = new StringBuilder(30_000_100).append("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{}");
        for (int i = 1; i < 10_000_000; i++) {
            json.append(",{}");
        }
        byte[] bytes = json.append("]}").toString().getBytes(UTF_8);
        json = null;
        return "read " + FhirJson.parse(bytes, Bundle.class).getEntry().size() + " entries";
    }

    /** A 25 MiB {@code language}: refused at its line and column, over 1 MiB. */
    @Probe(heapMb = 256, seconds = 10)
    static String languageOf25Mebibytes() {
        FhirJson.parse((QR + "\"language\":\"" + "a".repeat(25 << 20) + "\"}").getBytes(UTF_8), QuestionnaireResponse.class);
        return "read";
    }

    /** A UTF-8 byte-order mark: "HAPI-1859: Content does not appear to be FHIR JSON" before; skipped and read. */
    @Probe(heapMb = 256, seconds = 10)
    static String byteOrderMark() {
        return "read " + FhirJson.parse(("\uFEFF" + QR + "\"id\":\"r1\"}").getBytes(UTF_8), QuestionnaireResponse.class)
                .getIdElement().getIdPart();
    }

    /** Windows-1252 text: refused at the line and column of the é, with advice to save as UTF-8. */
    @Probe(heapMb = 256, seconds = 10)
    static String windows1252() {
        FhirJson.parse((QR + "\n\"language\":\"caf\u00e9\"}").getBytes(Charset.forName("windows-1252")), QuestionnaireResponse.class);
        return "read";
    }

    /** UTF-16 with and without a byte-order mark: refused at line 1 (HAPI's words before, without one). */
    @Probe(heapMb = 256, seconds = 10)
    static String utf16() {
        String json = QR + "\"id\":\"r1\"}";
        for (Charset utf16 : new Charset[] {java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16}) {
            try {
                FhirJson.parse(json.getBytes(utf16), QuestionnaireResponse.class);
                return "read as " + utf16;
            } catch (org.ccmcoach.fhir.CcmFhirException e) {
                if (utf16 == java.nio.charset.StandardCharsets.UTF_16) {
                    throw e;
                }
            }
        }
        return "unreachable";
    }

    /** A choice of 80,000 weighted options: 27.9 s when each option searched the anchors before it; read. */
    @Probe(heapMb = 256, seconds = 15, everyVerify = false)
    static String choiceOf80000Options() {
        Questionnaire q = new Questionnaire();
        q.setUrl("http://example.org/Questionnaire/big-choice").setTitle("Big").setStatus(Enumerations.PublicationStatus.ACTIVE);
        Questionnaire.QuestionnaireItemComponent item = q.addItem().setLinkId("1").setText("Choose")
                .setType(Questionnaire.QuestionnaireItemType.CHOICE);
        for (int i = 0; i < 80_000; i++) {
            item.addAnswerOption().setValue(new Coding("http://example.org/options", "o" + i, "Option " + i))
                    .addExtension("http://hl7.org/fhir/StructureDefinition/itemWeight", new DecimalType(i));
        }
        Instrument read = InstrumentQuestionnaires.toInstrument(q, OverallRule.SUM_OF_ITEMS);
        return "read " + read.scale().codes().size() + " codes";
    }

    /** The largest document FhirJson accepts, 499,996 empty extensions (500,000 values), the most heap a value measured: read. */
    @Probe(heapMb = 256, seconds = 30, everyVerify = false)
    static String largestAcceptedDocument() {
        StringBuilder json = new StringBuilder("{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"extension\":[{}");
        for (int i = 1; i < FhirJson.MAX_VALUES - 4; i++) {
            json.append(",{}");
        }
        byte[] bytes = json.append("]}").toString().getBytes(UTF_8);
        json = null;
        FhirJson.Parsed<Questionnaire> parsed = FhirJson.parseCollecting(bytes, Questionnaire.class);
        return "read " + parsed.resource().getExtension().size() + " extensions, " + parsed.problems().size() + " problem";
    }
}

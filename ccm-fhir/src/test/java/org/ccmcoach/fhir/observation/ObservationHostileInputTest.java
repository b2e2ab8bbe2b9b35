package org.ccmcoach.fhir.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R4 JSON lets any primitive be an extension in place of its value ({@code "_status": {…}}); a
 * hostile sender puts one, or a value of the wrong type, at every primitive MeasureBundles and
 * ChartObservations.toChart read. Each read ends in a CcmFhirException or a series, never a
 * NullPointerException.
 */
class ObservationHostileInputTest {

    private static final String X = "{\"extension\": [{\"url\": \"http://example.org/x\", \"valueString\": \"x\"}]}";

    private static String entry(String observation) {
        return "{\"resource\": {\"resourceType\": \"Observation\"" + observation + "}}";
    }

    private static String bundle(String head, String... entries) {
        return "{\"resourceType\": \"Bundle\", \"type\": \"collection\"" + head + ", \"entry\": [" + String.join(", ", entries)
                + "]}";
    }

    static List<String> documents() {
        String ok = ", \"status\": \"final\", \"code\": {\"coding\": [{\"system\": \"http://x.org\", \"code\": \"m\"}]},"
                + " \"effectiveDateTime\": \"2026-01\", \"valueInteger\": 3";
        String chart = ", \"status\": \"final\", \"code\": {\"coding\": [{\"system\": \"http://ccmcoach.org/fhir/CodeSystem/chart-line\","
                + " \"code\": \"chart\"}]}";
        String observedOnly = ", \"status\": \"final\", \"code\": {\"text\": \"m\"}, \"effectiveDateTime\": \"2026-01\","
                + " \"component\": [{\"code\": {\"coding\": [{\"system\": \"http://x.org\"}, {\"system\":"
                + " \"http://ccmcoach.org/fhir/CodeSystem/chart-line\", \"code\": \"observed-rate\"}]}, \"valueRatio\":"
                + " {\"numerator\": {\"_value\": " + X + "}, \"denominator\": {\"_value\": " + X + "}}}]";
        return List.of(
                bundle(", \"_total\": " + X, entry(ok)),
                bundle(", \"_type\": " + X, entry(ok)),
                bundle(", \"total\": \"x\"", entry(ok)),
                bundle(", \"total\": -1", entry(ok)),
                bundle(", \"link\": [{\"_relation\": " + X + ", \"_url\": " + X + "}]", entry(ok)),
                bundle(", \"link\": [{\"relation\": \"next\", \"_url\": " + X + "}]", entry(ok)),
                bundle("", "{\"search\": {\"_mode\": " + X + "}, " + entry(ok).substring(1)),
                bundle("", entry(", \"_status\": " + X + ", \"code\": {\"text\": \"m\"}, \"valueInteger\": 3")),
                bundle("", entry(ok.replace("\"effectiveDateTime\": \"2026-01\"", "\"_effectiveDateTime\": " + X))),
                bundle("", entry(ok.replace("\"effectiveDateTime\": \"2026-01\"", "\"effectivePeriod\": {\"_start\": " + X + "}"))),
                bundle("", entry(ok.replace("\"effectiveDateTime\": \"2026-01\"", "\"_effectiveInstant\": " + X))),
                bundle("", entry(ok.replace("\"system\": \"http://x.org\", \"code\": \"m\"", "\"_system\": " + X + ", \"_code\": " + X))),
                bundle("", entry(ok + ", \"subject\": {\"_reference\": " + X + "}")),
                bundle("", entry(ok + ", \"subject\": {\"identifier\": {\"_system\": " + X + ", \"_value\": " + X + "}}")),
                bundle("", entry(ok + ", \"focus\": [{\"_reference\": " + X + "}, {\"_type\": " + X + "}]")),
                bundle("", entry(ok.replace("\"valueInteger\": 3", "\"_valueInteger\": " + X))),
                bundle("", entry(ok.replace("\"valueInteger\": 3", "\"valueQuantity\": {\"_value\": " + X + ", \"_code\": " + X
                        + ", \"_system\": " + X + ", \"_unit\": " + X + ", \"_comparator\": " + X + "}"))),
                bundle("", entry(ok.replace("\"valueInteger\": 3", "\"valueRatio\": {\"numerator\": {\"_value\": " + X
                        + "}, \"denominator\": {\"value\": 3, \"comparator\": \">=\"}}"))),
                bundle("", entry(ok.replace("\"valueInteger\": 3", "\"valueQuantity\": {\"value\": 1e999}"))),
                bundle("", entry(observedOnly)),
                bundle("", entry(ok + ", \"component\": [{\"code\": {\"coding\": [{\"system\":"
                        + " \"http://ccmcoach.org/fhir/CodeSystem/chart-line\", \"_code\": " + X + "}]}}]")),
                bundle("", entry(ok), entry(chart + ", \"_method\": " + X)),
                bundle("", entry(ok), entry(chart.replace("}]}", "}], \"_text\": " + X + "}") + ", \"method\": {\"coding\":"
                        + " [{\"system\": \"http://ccmcoach.org/fhir/CodeSystem/chart-type\", \"_code\": " + X + "}]}")),
                bundle("", entry(ok), entry(chart.replace("}]}", "}], \"text\": \"m: run chart\"}") + ", \"method\": {\"coding\":"
                        + " [{\"system\": \"http://ccmcoach.org/fhir/CodeSystem/chart-type\", \"code\": \"run\"}]}, \"component\":"
                        + " [{\"code\": {\"coding\": [{\"system\": \"http://ccmcoach.org/fhir/CodeSystem/chart-line\", \"code\":"
                        + " \"part\"}], \"_text\": " + X + "}, \"_valueDateTime\": " + X + "}, {\"code\": {\"coding\": [{\"system\":"
                        + " \"http://ccmcoach.org/fhir/CodeSystem/chart-line\", \"code\": \"baseline-points\"}]}, \"_valueInteger\": "
                        + X + "}, {\"code\": {\"coding\": [{\"system\": \"http://ccmcoach.org/fhir/CodeSystem/chart-line\", \"code\":"
                        + " \"direction\"}]}, \"_valueString\": " + X + "}], \"note\": [{\"_text\": " + X + ", \"_time\": " + X + "}]")),
                bundle("", entry(ok), entry(chart.replace("}]}", "}], \"text\": \"m: run chart\"}") + ", \"method\": {\"coding\":"
                        + " [{\"system\": \"http://ccmcoach.org/fhir/CodeSystem/chart-type\", \"code\": \"run\"}]}, \"component\":"
                        + " [{\"code\": {\"coding\": [{\"system\": \"http://ccmcoach.org/fhir/CodeSystem/chart-line\", \"code\":"
                        + " \"part\"}], \"text\": \"" + "r".repeat(600) + "\"}, \"valueDateTime\": \"2026-02-01\"}]")));
    }

    /** Read as a file is read, and mapped alone from the model HAPI made: only ccm's exception, or a series. */
    @ParameterizedTest
    @MethodSource("documents")
    void only_ccms_exception_escapes(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        read(() -> FhirJson.parseCollecting(bytes, Bundle.class).map(b -> MeasureBundles.toSeries(b, "x")));
        read(() -> FhirJson.parseCollecting(bytes, Bundle.class).map(ChartObservations::toChart));
        Bundle model = FhirJson.parseCollecting(bytes, Bundle.class).resource(); // each document is well-formed JSON
        read(() -> MeasureBundles.toSeries(model, "x"));
        read(() -> MeasureBundles.toSeries(model, "x", "http://x.org", "m"));
        read(() -> ChartObservations.toChart(model));
    }

    private static void read(Runnable reading) {
        try {
            reading.run();
        } catch (CcmFhirException e) {
            assertEquals(false, e.problems().isEmpty());
        }
    }

    /** The last document: a part's reason of 600 characters is over the 500 a Part allows, named, not thrown raw. */
    @org.junit.jupiter.api.Test
    void a_part_reason_too_long_is_a_problem() {
        List<String> all = documents();
        Bundle model = FhirJson.parse(all.get(all.size() - 1), Bundle.class);
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> ChartObservations.toChart(model));
        assertEquals("Bundle.entry[1].resource.component[0]", e.problems().get(0).location().toString(), e.getMessage());
    }
}

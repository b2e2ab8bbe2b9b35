package org.ccmcoach.fhir.observation;

import org.ccmcoach.fhir.FhirProblems;

import org.ccmcoach.core.value.Problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.R4Conformance;
import org.ccmcoach.json.csv.CsvRow;
import org.ccmcoach.json.csv.CsvTable;
import org.ccmcoach.pdsa.chart.ChartType;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.SeriesPoint;
import org.ccmcoach.pdsa.chart.Series;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.junit.jupiter.api.Test;

class MeasureBundlesTest {

    private static final Path BUNDLE = Path.of("../examples/data/fhir/no-shows-c1-team1.json");

    /** The portal's Bundle gives the same 24 proportions as monthly-measures.csv. */
    @Test
    void a_bundle_of_ratio_observations_is_the_series_of_proportions_in_the_csv() {
        Bundle bundle = FhirJson.read(BUNDLE, Bundle.class);
        assertEquals(List.of(), R4Conformance.problems(bundle));
        Series series = MeasureBundles.toSeries(bundle, "No-show rate");
        List<SeriesPoint> expected = CsvTable.read(Path.of("../examples/data/monthly-measures.csv")).rows().stream()
                .filter(r -> r.get("practice").orElseThrow().equals("c1-team1"))
                .map(MeasureBundlesTest::proportion).toList();
        assertEquals(24, expected.size());
        assertEquals(expected, series.observations());
        assertEquals(24, ControlChart.of(ChartType.P, series).size());
    }

    private static SeriesPoint proportion(CsvRow row) {
        return SeriesPoint.proportion(java.time.LocalDate.parse(row.get("month").orElseThrow()),
                Long.parseLong(row.get("numerator").orElseThrow()), Long.parseLong(row.get("denominator").orElseThrow()));
    }

    @Test
    void withdrawn_points_are_left_out_and_unfinished_or_mixed_ones_refused_with_their_place() {
        Bundle bundle = FhirJson.read(BUNDLE, Bundle.class);
        ((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(0).getResource())
                .setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.ENTEREDINERROR);
        assertEquals(23, MeasureBundles.toSeries(bundle, "No-show rate").observations().size());
        ((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(1).getResource())
                .setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.PRELIMINARY);
        ((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(2).getResource()).setValue(new IntegerType(4));
        ((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(3).getResource()).getValueRatio().getNumerator()
                .setValue(200);
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> MeasureBundles.toSeries(bundle, "No-show rate"));
        assertEquals(List.of("Bundle.entry[1].resource.status", "Bundle.entry[2].resource.value",
                        "Bundle.entry[3].resource.value"),
                e.problems().stream().map(p -> p.location().toString()).toList(), e.getMessage());
    }

    @Test
    void observations_of_two_codes_need_a_code_to_select_one() {
        Bundle bundle = FhirJson.read(BUNDLE, Bundle.class);
        ((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(5).getResource()).getCode().getCodingFirstRep()
                .setCode("other");
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> MeasureBundles.toSeries(bundle, "x"));
        assertEquals("Bundle.entry[5].resource.code", e.problems().get(0).location().toString());
        Coding noShows = new Coding("http://clinic.example.org/measures", "no-show-rate", null);
        assertEquals(23, MeasureBundles.toSeries(bundle, "x", noShows.getSystem(), noShows.getCode()).observations().size());
    }

    /** The first page of a search is not the series: 10 of 24 months would chart without complaint. */
    @Test
    void one_page_of_a_search_is_refused() {
        Bundle bundle = FhirJson.read(BUNDLE, Bundle.class);
        bundle.getEntry().subList(10, 24).clear();
        bundle.addLink().setRelation("next").setUrl("http://clinic.example.org/fhir/Observation?_page=2");
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> MeasureBundles.toSeries(bundle, "x"));
        assertEquals(List.of("Bundle.link[0]", "Bundle.total"), e.problems().stream().map(p -> p.location().toString()).toList(),
                e.getMessage());
    }

    /**
     * A search across two practices, or one lab value in two units, would chart as one plausible
     * series; each Observation that differs from most is named instead.
     */
    @Test
    void another_subject_or_unit_than_most_is_refused() {
        Bundle bundle = FhirJson.read(BUNDLE, Bundle.class);
        ((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(20).getResource())
                .setSubject(new org.hl7.fhir.r4.model.Reference("Organization/c1-team3"));
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> MeasureBundles.toSeries(bundle, "x"));
        assertEquals(List.of(FhirProblems.of("Bundle.entry[20].resource.subject", "must be \"Organization/c1-team1\", the"
                + " subject of most Observations: a series is one subject's", "Organization/c1-team3")), e.problems());

        Bundle glucose = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (int month = 1; month <= 4; month++) {
            org.hl7.fhir.r4.model.Observation o = new org.hl7.fhir.r4.model.Observation()
                    .setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL)
                    .setCode(new org.hl7.fhir.r4.model.CodeableConcept(new Coding("http://loinc.org", "2345-7", "Glucose")))
                    .setEffective(new org.hl7.fhir.r4.model.DateTimeType("2026-0" + month));
            o.setValue(month == 3 ? new org.hl7.fhir.r4.model.Quantity().setValue(6.1).setSystem("http://unitsofmeasure.org")
                    .setCode("mmol/L") : new org.hl7.fhir.r4.model.Quantity().setValue(110).setSystem("http://unitsofmeasure.org")
                    .setCode("mg/dL"));
            glucose.addEntry().setResource(o);
        }
        CcmFhirException units = assertThrows(CcmFhirException.class, () -> MeasureBundles.toSeries(glucose, "Glucose"));
        assertEquals(List.of("Bundle.entry[2].resource.value"), units.problems().stream().map(p -> p.location().toString()).toList());
        assertEquals("valueQuantity in http://unitsofmeasure.org|mmol/L", units.problems().get(0).value().orElseThrow());
    }

    private static String observation(String extra) {
        return "{\"resource\": {\"resourceType\": \"Observation\", \"status\": \"final\", \"code\": {\"coding\":"
                + " [{\"system\": \"http://x.org\", \"code\": \"m\"}]}, \"effectiveDateTime\": \"2026-0%d\"" + extra + "}}";
    }

    private static String bundle(String head, String... entries) {
        return "{\"resourceType\": \"Bundle\", \"type\": \"collection\"" + head + ", \"entry\": ["
                + String.join(", ", entries) + "]}";
    }

    /** A bound ("below 5") is not a measurement: charting it would plot 5 as if measured. */
    @Test
    void a_quantity_with_a_comparator_is_refused() {
        String json = bundle("", observation(", \"valueQuantity\": {\"value\": 4}").formatted(1),
                observation(", \"valueQuantity\": {\"value\": 5, \"comparator\": \"<\"}").formatted(2));
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> MeasureBundles.toSeries(
                FhirJson.parse(json, Bundle.class), "x"));
        assertEquals(List.of("Bundle.entry[1].resource.value.comparator"), e.problems().stream()
                .map(p -> p.location().toString()).toList(), e.getMessage());
        assertEquals("<", e.problems().get(0).value().orElseThrow());
    }

    /**
     * R4 JSON lets a primitive carry an extension in place of its value ("_total", "_reference",
     * "_url"): each reads as absent, no NullPointerException. Two points, 3 and 4, dated January and
     * February 2026, make the series.
     */
    @Test
    void primitives_with_only_an_extension_read_as_absent() {
        String ext = "{\"extension\": [{\"url\": \"http://hl7.org/fhir/StructureDefinition/data-absent-reason\","
                + " \"valueCode\": \"masked\"}]}";
        String json = bundle(", \"_total\": " + ext + ", \"link\": [{\"relation\": \"self\", \"_url\": " + ext + "}]",
                observation(", \"subject\": {\"_reference\": " + ext + "}, \"valueInteger\": 3").formatted(1),
                observation(", \"subject\": {\"_reference\": " + ext + "}, \"valueInteger\": 4").formatted(2));
        Series s = MeasureBundles.toSeries(FhirJson.parse(json, Bundle.class), "x");
        assertEquals(List.of(SeriesPoint.count(java.time.LocalDate.of(2026, 1, 1), 3),
                SeriesPoint.count(java.time.LocalDate.of(2026, 2, 1), 4)), s.observations());
        // a next link whose url is an extension only is still a next page, named without a value
        String paged = bundle(", \"link\": [{\"relation\": \"next\", \"_url\": " + ext + "}]",
                observation(", \"valueInteger\": 3").formatted(1));
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> MeasureBundles.toSeries(
                FhirJson.parse(paged, Bundle.class), "x"));
        assertEquals("Bundle.link[0]", e.problems().get(0).location().toString());
    }

    /** A total that is no number ("x") is reported by the JSON reading, and the mapping does not trip on it. */
    @Test
    void a_total_that_is_not_a_number_is_a_problem_not_a_crash() {
        byte[] json = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"total\":\"x\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FhirJson.Parsed<Bundle> parsed = FhirJson.parseCollecting(json, Bundle.class);
        assertEquals(List.of("Bundle.total"), parsed.problems().stream().map(p -> p.location().toString()).toList());
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> parsed.map(b -> MeasureBundles.toSeries(b, "x")));
        assertEquals("Bundle.total", e.problems().get(0).location().toString());
        // the model HAPI made, mapped alone: no entry is the problem, the total is read as absent
        CcmFhirException alone = assertThrows(CcmFhirException.class, () -> MeasureBundles.toSeries(parsed.resource(), "x"));
        assertEquals(List.of("Bundle.entry"), alone.problems().stream().map(p -> p.location().toString()).toList());
    }
}

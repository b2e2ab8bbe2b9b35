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
        assertEquals(List.of(FhirProblems.of("Bundle.entry[20].resource.subject", "must be Organization/c1-team1, the"
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
}

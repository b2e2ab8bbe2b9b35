package org.ccmcoach.fhir.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.R4Conformance;
import org.ccmcoach.fhir.Canonicals;
import org.ccmcoach.pdsa.Direction;
import org.ccmcoach.pdsa.MeasureId;
import org.ccmcoach.pdsa.chart.Annotation;
import org.ccmcoach.pdsa.chart.ChartType;
import org.ccmcoach.pdsa.chart.ControlChartRuleSet;
import org.ccmcoach.pdsa.chart.Part;
import org.ccmcoach.pdsa.chart.ProcessChart;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.SeriesPoint;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.chart.Series;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class ChartObservationsTest {

    /**
     * A p chart of 4 months, 10 of 100 each and then 40 of 100. By hand: p̄ = 70/400 = 0.175;
     * σ = √(0.175·0.825/100) = 0.0379967; limits 0.175 ± 0.1139901 = 0.0610099 and 0.2889901; the
     * fourth point, 0.4, is above the upper limit: a signal on that point only.
     */
    @Test
    void each_point_carries_its_limits_centre_line_and_signals_and_the_chart_its_verdict() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        Series series = Series.builder().name("No-show rate").observations(List.of(
                SeriesPoint.proportion(d, 10, 100), SeriesPoint.proportion(d.plusMonths(1), 10, 100),
                SeriesPoint.proportion(d.plusMonths(2), 10, 100), SeriesPoint.proportion(d.plusMonths(3), 40, 100))).build();
        ControlChart chart = ControlChart.of(ChartType.P, series);
        Bundle bundle = ChartObservations.toBundle(chart, new Coding("http://clinic.example.org/measures", "no-show-rate",
                "No-show rate"), new Reference("Organization/c1-team1"));
        assertEquals(List.of(), R4Conformance.problems(bundle));
        assertEquals(5, bundle.getEntry().size());
        org.hl7.fhir.r4.model.Observation last = (org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(3).getResource();
        assertEquals("2026-04-01", last.getEffectiveDateTimeType().getValueAsString());
        assertEquals(new BigDecimal("0.4"), last.getValueQuantity().getValue());
        assertEquals(new BigDecimal("0.175"), ((Quantity) last.getComponentFirstRep().getValue()).getValue());
        assertEquals(0.0610099, last.getReferenceRangeFirstRep().getLow().getValue().doubleValue(), 1e-6);
        assertEquals(0.2889901, last.getReferenceRangeFirstRep().getHigh().getValue().doubleValue(), 1e-6);
        assertEquals(1, last.getInterpretation().size());
        org.hl7.fhir.r4.model.Observation first = (org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(0).getResource();
        assertFalse(first.hasInterpretation());
        org.hl7.fhir.r4.model.Observation summary = (org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(4).getResource();
        assertEquals(4, summary.getHasMember().size());
        assertEquals(bundle.getEntry().get(0).getFullUrl(), summary.getHasMember().get(0).getReference());
        assertEquals("chart", summary.getCode().getCodingFirstRep().getCode());
        // Same chart, same Bundle: the full URLs derive from the measure, date and point.
        assertEquals(FhirJson.toJson(bundle), FhirJson.toJson(ChartObservations.toBundle(chart, new Coding(
                "http://clinic.example.org/measures", "no-show-rate", "No-show rate"), new Reference("Organization/c1-team1"))));
    }

    /**
     * The same four months of a no-show rate (lower is better), the reminders' cycle annotated on the
     * fourth: the 0.4 above the upper limit 0.289 comes after the change, a deterioration. Annotated
     * on a fifth month that never came, the chart marks no change before it and the 0.4 is a point
     * of the baseline: no direction. Each is said once.
     */
    @Test
    void a_signal_is_said_with_its_meaning_once_and_a_baseline_one_without_a_direction() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        Series.Builder b = Series.builder().name("No-show rate").direction(org.ccmcoach.pdsa.Direction.DOWN).observations(List.of(
                SeriesPoint.proportion(d, 10, 100), SeriesPoint.proportion(d.plusMonths(1), 10, 100),
                SeriesPoint.proportion(d.plusMonths(2), 10, 100), SeriesPoint.proportion(d.plusMonths(3), 40, 100)));
        String after = lastInterpretation(b.addAnnotations(org.ccmcoach.pdsa.chart.Annotation.of(d.plusMonths(3),
                "cycle 1: reminders", org.ccmcoach.pdsa.CycleId.of("reminders-1"))).build());
        assertTrue(after.contains("above the upper limit (deterioration)"), after);
        assertEquals(after.indexOf("deterioration"), after.lastIndexOf("deterioration"), after);
        // Four points are too few for the rules: the signal is provisional, and says so once.
        assertTrue(after.contains("provisional"), after);
        assertEquals(after.indexOf("provisional"), after.lastIndexOf("provisional"), after);
        String before = lastInterpretation(b.annotations(List.of(org.ccmcoach.pdsa.chart.Annotation.of(d.plusMonths(4),
                "cycle 1: reminders", org.ccmcoach.pdsa.CycleId.of("reminders-1")))).build());
        assertTrue(before.contains("above the upper limit (before the change: no direction)"), before);
        assertFalse(before.contains("deterioration") || before.contains("BEFORE_CHANGE") || before.contains("before_change"), before);
    }

    private static String lastInterpretation(Series series) {
        Bundle bundle = ChartObservations.toBundle(ControlChart.of(ChartType.P, series), new Coding(
                "http://clinic.example.org/measures", "no-show-rate", "No-show rate"), new Reference("Organization/c1-team1"));
        return ((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(3).getResource()).getInterpretationFirstRep().getText();
    }

    /** Three points cannot support a run-chart verdict: the chart says so, not "no signal". */
    @Test
    void a_chart_of_too_few_points_says_so_in_its_value() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        Series series = Series.builder().name("Visits").observations(List.of(SeriesPoint.of(d, 3),
                SeriesPoint.of(d.plusMonths(1), 4), SeriesPoint.of(d.plusMonths(2), 5))).build();
        Bundle bundle = ChartObservations.toBundle(RunChart.of(series));
        assertEquals(List.of(), R4Conformance.problems(bundle));
        org.hl7.fhir.r4.model.Observation summary = (org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(3).getResource();
        assertTrue(summary.getValueStringType().getValue().startsWith("too few points"), summary.getValueStringType().getValue());
        assertEquals("visits", ((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(0).getResource())
                .getCode().getCodingFirstRep().getCode());
    }

    /**
     * 14 months of no-shows as proportions, the third excluded, a part from month 8, the first 4
     * points frozen as the baseline, lower is better, under Nelson's rules; written to the Organization
     * of the README's example, it is a focus, and every number carries its UCUM unit.
     */
    @Test
    void a_p_chart_comes_back_from_its_bundle_with_its_series_type_limits_and_signals() {
        LocalDate d = LocalDate.of(2025, 1, 1);
        long[] missed = {10, 12, 30, 9, 11, 13, 10, 4, 5, 3, 4, 6, 5, 4};
        List<SeriesPoint> points = new java.util.ArrayList<>();
        for (int m = 0; m < missed.length; m++) {
            SeriesPoint p = SeriesPoint.proportion(d.plusMonths(m), missed[m], 80 + m);
            points.add(m == 2 ? p.exclude("EHR outage: bookings lost") : p);
        }
        Series series = Series.builder().name("No-show rate").measure(MeasureId.of("no-show-rate")).direction(Direction.DOWN)
                .observations(points).addParts(Part.of(d.plusMonths(7), "reminders adopted"))
                .addAnnotations(Annotation.of(d.plusMonths(6), "reminder pilot")).baselinePoints(4).build();
        ControlChart chart = ControlChart.of(ChartType.P, series).withRules(ControlChartRuleSet.NELSON);

        Bundle bundle = ChartObservations.toBundle(chart);
        assertEquals(List.of(), R4Conformance.problems(bundle));
        ProcessChart back = ChartObservations.toChart(FhirJson.parse(FhirJson.toJson(bundle), Bundle.class));
        assertEquals(series, back.series().orElseThrow());
        ControlChart control = (ControlChart) back;
        assertEquals(ChartType.P, control.type());
        assertEquals(ControlChartRuleSet.NELSON, control.rules());
        for (int i = 0; i < chart.size(); i++) { // the same data make the same doubles
            assertEquals(chart.centreLine(i), control.centreLine(i), "centre " + i);
            assertEquals(chart.lowerLimit(i), control.lowerLimit(i), "lower " + i);
            assertEquals(chart.upperLimit(i), control.upperLimit(i), "upper " + i);
        }
        assertEquals(chart.signals(), back.signals());
        assertEquals(chart.verdicts(), back.verdicts());
        // ccm reads its own chart Bundle as the series: the chart's Observation is no point
        assertEquals(series.observations(), MeasureBundles.toSeries(bundle, "No-show rate").observations());

        Bundle toTeam = ChartObservations.toBundle(chart, new Coding("http://clinic.example.org/measures", "no-show-rate",
                "No-show rate"), new Reference("Organization/c1-team1"));
        assertEquals(List.of(), R4Conformance.problems(toTeam));
        org.hl7.fhir.r4.model.Observation first = (org.hl7.fhir.r4.model.Observation) toTeam.getEntry().get(0).getResource();
        assertFalse(first.hasSubject()); // R4 Observation.subject: Patient, Group, Device or Location only
        assertEquals("Organization/c1-team1", first.getFocusFirstRep().getReference());
        // 10/80 = 0.125, a proportion: UCUM 1 (unity), as are its centre line and limits
        assertEquals(new BigDecimal("0.125"), first.getValueQuantity().getValue());
        assertEquals("1", first.getValueQuantity().getCode());
        assertEquals("1", ((Quantity) first.getComponentFirstRep().getValue()).getCode());
        assertEquals("1", first.getReferenceRangeFirstRep().getHigh().getCode());
        assertEquals(series.observations(), ChartObservations.toChart(toTeam).series().orElseThrow().observations());
        assertEquals(java.util.Optional.empty(), ChartObservations.toChart(toTeam).series().orElseThrow().measure());
    }

    /**
     * A run chart of measured glucose in mg/dL: the unit the caller gives is on every value; a value
     * with more than 10 digits (0.1 + 0.2 = 0.30000000000000004 in doubles) is written as given, so
     * it reads back the same; the user's astronomical mark travels with its point.
     */
    @Test
    void a_run_chart_comes_back_from_its_bundle() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        double[] values = {110, 0.1 + 0.2, 121.5, 98, 130, 101, 99, 140, 115, 104, 108, 119};
        List<SeriesPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            SeriesPoint p = SeriesPoint.of(d.plusDays(7L * i), values[i]);
            points.add(i == 7 ? p.withAstronomical(true) : p);
        }
        Series series = Series.builder().name("Glucose").observations(points).build();
        RunChart chart = RunChart.of(series);
        Bundle bundle = ChartObservations.toBundle(chart, new Coding("http://loinc.org", "2345-7", "Glucose"),
                new Reference("Patient/p-7"), new Coding("http://unitsofmeasure.org", "mg/dL", "mg/dL"));
        assertEquals(List.of(), R4Conformance.problems(bundle));
        org.hl7.fhir.r4.model.Observation second = (org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(1).getResource();
        assertEquals("Patient/p-7", second.getSubject().getReference());
        assertEquals(new BigDecimal("0.30000000000000004"), second.getValueQuantity().getValue());
        assertEquals("mg/dL", second.getValueQuantity().getCode());
        ProcessChart back = ChartObservations.toChart(bundle);
        assertTrue(back instanceof RunChart);
        assertEquals(series, back.series().orElseThrow());
        assertEquals(chart.signals(), back.signals());

        // Without a measure, the code is the series' name in ccm's series code system, which is no measure id.
        Bundle unnamed = ChartObservations.toBundle(chart);
        assertEquals(Canonicals.SERIES, ((org.hl7.fhir.r4.model.Observation) unnamed.getEntry().get(0).getResource())
                .getCode().getCodingFirstRep().getSystem());
        assertEquals(series, ChartObservations.toChart(unnamed).series().orElseThrow());
    }

    /** A c chart's counts are UCUM {count}; a u chart's rates keep count and exposure. */
    @Test
    void counts_and_rates_carry_their_units_and_come_back() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        List<SeriesPoint> counts = new java.util.ArrayList<>();
        List<SeriesPoint> rates = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            counts.add(SeriesPoint.count(d.plusMonths(i), 3 + i % 3));
            rates.add(SeriesPoint.rate(d.plusMonths(i), 2 + i % 2, 1250.5 + i));
        }
        Series c = Series.builder().name("Falls").observations(counts).build();
        Bundle cb = ChartObservations.toBundle(ControlChart.of(ChartType.C, c));
        assertEquals(List.of(), R4Conformance.problems(cb));
        assertEquals("{count}", ((org.hl7.fhir.r4.model.Observation) cb.getEntry().get(0).getResource())
                .getValueQuantity().getCode());
        assertEquals(c, ChartObservations.toChart(cb).series().orElseThrow());
        Series u = Series.builder().name("Falls per bed-day").observations(rates).build();
        Bundle ub = ChartObservations.toBundle(ControlChart.of(ChartType.U, u));
        assertEquals(List.of(), R4Conformance.problems(ub));
        assertEquals(u, ChartObservations.toChart(ub).series().orElseThrow());
        assertEquals(ChartType.U, ((ControlChart) ChartObservations.toChart(ub)).type());
    }

    @Test
    void a_bundle_without_the_charts_observation_is_refused() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        Series series = Series.builder().name("Visits").observations(List.of(SeriesPoint.of(d, 3),
                SeriesPoint.of(d.plusMonths(1), 4))).build();
        Bundle bundle = ChartObservations.toBundle(RunChart.of(series));
        bundle.getEntry().remove(bundle.getEntry().size() - 1);
        org.ccmcoach.fhir.CcmFhirException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.ccmcoach.fhir.CcmFhirException.class, () -> ChartObservations.toChart(bundle));
        assertEquals("Bundle.entry", e.problems().get(0).location().toString());

        // A chart type ccm does not know, or one the points do not fit (a p chart of measured values), is named.
        Bundle typed = ChartObservations.toBundle(RunChart.of(series));
        org.hl7.fhir.r4.model.Observation chart = (org.hl7.fhir.r4.model.Observation) typed.getEntry().get(2).getResource();
        chart.getMethod().getCodingFirstRep().setCode("xbar");
        e = org.junit.jupiter.api.Assertions.assertThrows(org.ccmcoach.fhir.CcmFhirException.class,
                () -> ChartObservations.toChart(typed));
        assertEquals(List.of("Bundle.entry[2].resource.method"), e.problems().stream().map(p -> p.location().toString())
                .toList(), e.getMessage());
        chart.getMethod().getCodingFirstRep().setCode("p");
        e = org.junit.jupiter.api.Assertions.assertThrows(org.ccmcoach.fhir.CcmFhirException.class,
                () -> ChartObservations.toChart(typed));
        assertEquals("Bundle.entry[2].resource.method", e.problems().get(0).location().toString(), e.getMessage());
    }

    /**
     * Every unit ccm writes on a chart is a valid UCUM code, checked with the UCUM library's own
     * essence (org.fhir:ucum, the one HAPI's validator uses), not with ccm's code.
     */
    @Test
    void every_unit_written_is_valid_ucum() throws Exception {
        org.fhir.ucum.UcumEssenceService ucum;
        try (java.io.InputStream in = org.fhir.ucum.UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            ucum = new org.fhir.ucum.UcumEssenceService(in);
        }
        LocalDate d = LocalDate.of(2026, 1, 1);
        List<SeriesPoint> p = new java.util.ArrayList<>();
        List<SeriesPoint> u = new java.util.ArrayList<>();
        List<SeriesPoint> c = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            p.add(SeriesPoint.proportion(d.plusMonths(i), 3 + i, 40));
            u.add(SeriesPoint.rate(d.plusMonths(i), 3 + i, 400.5));
            c.add(SeriesPoint.count(d.plusMonths(i), 3 + i));
        }
        List<Bundle> bundles = List.of(
                ChartObservations.toBundle(ControlChart.of(ChartType.P, Series.builder().name("p").observations(p).build())),
                ChartObservations.toBundle(ControlChart.of(ChartType.U, Series.builder().name("u").observations(u).build())),
                ChartObservations.toBundle(ControlChart.of(ChartType.C, Series.builder().name("c").observations(c).build())),
                ChartObservations.toBundle(ControlChart.of(ChartType.MR, Series.builder().name("c").observations(c).build())));
        int checked = 0;
        for (Bundle b : bundles) {
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                org.hl7.fhir.r4.model.Observation o = (org.hl7.fhir.r4.model.Observation) e.getResource();
                List<org.hl7.fhir.r4.model.Type> values = new java.util.ArrayList<>();
                values.add(o.getValue());
                o.getComponent().forEach(k -> values.add(k.getValue()));
                o.getReferenceRange().forEach(r -> {
                    values.add(r.getLow());
                    values.add(r.getHigh());
                });
                for (org.hl7.fhir.r4.model.Type v : values) {
                    List<Quantity> quantities = v instanceof Quantity q ? List.of(q) : v instanceof org.hl7.fhir.r4.model.Ratio r
                            ? List.of(r.getNumerator(), r.getDenominator()) : List.of();
                    for (Quantity q : quantities) {
                        if (q.hasValue() || q.hasCode()) {
                            assertEquals("http://unitsofmeasure.org", q.getSystem(), q.toString());
                            assertEquals(null, ucum.validate(q.getCode()), q.getCode());
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 60, "checked " + checked);
    }
}

package org.ccmcoach.fhir.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.R4Conformance;
import org.ccmcoach.pdsa.chart.ChartType;
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
}

package org.ccmcoach.fhir.observation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ccmcoach.fhir.Canonicals;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.Meaning;
import org.ccmcoach.pdsa.chart.PartVerdict;
import org.ccmcoach.pdsa.chart.ProcessChart;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.chart.Signal;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A run or control chart as FHIR R4 {@code Observation}s, in a {@code Bundle} of type
 * {@code collection}: one Observation per point and one for the chart.
 *
 * <p>The shape, and why (docs/fhir.md says the same):
 * <ul>
 * <li><b>One Observation per point</b>, coded as the measure and dated as the point: an EHR shows
 *     a measure's Observations over time, and on a p or u chart the limits differ at every point,
 *     so they belong to the point.
 * <li><b>The limits as the point's {@code referenceRange}</b> (low and high, text naming the
 *     chart, as "3-sigma limits of the P chart"): FHIR's element for the range a value is judged
 *     against. A run chart has none; a limit that does not exist (the lower limit of a c chart
 *     clipped at 0 is still one; a non-finite one is left out) is not written.
 * <li><b>The centre line as a {@code component}</b> ({@link Canonicals#CHART_LINES}
 *     {@code centre-line}): the median of a run chart's part or the centre of a control chart's.
 * <li><b>Signals as the point's {@code interpretation}</b>, one per signal that includes the point,
 *     coded by rule ({@link Canonicals#CHART_RULES}) with the signal in words, its meaning
 *     (improvement, deterioration) and whether it is provisional: a signal is a judgement on
 *     values, which is what FHIR's interpretation holds.
 * <li><b>One Observation for the chart</b> (code {@code chart-line#chart}), whose
 *     {@code hasMember} lists the points (FHIR's panel pattern), with the verdict as its value,
 *     each part's verdict as an interpretation and the chart type and rule set as its method; so
 *     "too few points" travels with the chart and cannot be read as "no signal".
 * </ul>
 * Points a user excluded keep their value, with a note of why. Entries are identified by
 * {@code urn:uuid} full URLs derived from the measure's code, the date and the point's number,
 * so the same chart gives the same Bundle.
 *
 * <pre>{@code
 * Bundle out = ChartObservations.toBundle(ControlChart.of(ChartType.P, series),
 *         new Coding("http://loinc.org", "...", "No-show rate"), new Reference("Organization/c1-team1"));
 * }</pre>
 */
public final class ChartObservations {

    private ChartObservations() {
    }

    /**
     * A chart as Observations coded with ccm's measure code system: the series' measure id, else its name.
     *
     * @param chart  a chart made from a series with dates, not null
     * @return a new Bundle
     * @throws IllegalArgumentException if the chart was made from bare values, without dates
     */
    public static Bundle toBundle(ProcessChart chart) {
        String code = chart.series().flatMap(s -> s.measure()).map(Object::toString)
                .orElse(chart.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        return toBundle(chart, new Coding(Canonicals.MEASURES, code.isEmpty() ? "measure" : code, chart.title()), null);
    }

    /**
     * A chart as Observations of a measure, about a subject.
     *
     * @param chart  a chart made from a series with dates, not null
     * @param measure  the measure's code, such as a LOINC code or the EHR's own, not null
     * @param subject  whom the measure is about, such as the practice; null for none
     * @return a new Bundle
     * @throws IllegalArgumentException if the chart was made from bare values, without dates
     */
    public static Bundle toBundle(ProcessChart chart, Coding measure, Reference subject) {
        if (chart.series().isEmpty()) {
            throw new IllegalArgumentException("chart: must be made from a Series, whose dates the Observations carry");
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Observation summary = new Observation();
        String seed = measure.getSystem() + "|" + measure.getCode();
        List<Observation> points = new ArrayList<>();
        // Each signal put in words once, then indexed by point: a chart may have thousands of points.
        Map<Integer, List<CodeableConcept>> signalsAt = new HashMap<>();
        for (Signal s : chart.signals()) {
            CodeableConcept said = new CodeableConcept(new Coding(Canonicals.CHART_RULES, s.rule().name(), s.rule().label()))
                    .setText(chart.describe(s)
                            + (s.meaning() == Meaning.UNCLASSIFIED ? "" : " (" + s.meaning().name().toLowerCase(Locale.ROOT) + ")")
                            + (s.provisional() ? "; provisional: too few points in its part" : ""));
            s.points().forEach(point -> signalsAt.computeIfAbsent(point, k -> new ArrayList<>()).add(said));
        }
        for (int p = 0; p < chart.size(); p++) {
            LocalDate date = chart.date(p).orElseThrow();
            Observation o = new Observation().setStatus(ObservationStatus.FINAL)
                    .setCode(new CodeableConcept(measure.copy()))
                    .setEffective(new DateTimeType(date.toString()));
            if (subject != null) {
                o.setSubject(subject.copy());
            }
            number(chart.value(p)).ifPresent(v -> o.setValue(new Quantity().setValue(v)));
            if (!o.hasValue()) {
                o.setDataAbsentReason(new CodeableConcept(new Coding(ScoreObservations.DATA_ABSENT, "not-applicable",
                        "Not Applicable")).setText("no value at this point (the first point of a moving-range chart)"));
            }
            if (chart.excluded(p)) {
                int point = p;
                o.addNote().setText("Excluded from the centre line and the rules" + chart.series().get().observations()
                        .get(point).excluded().map(r -> ": " + r).orElse("."));
            }
            number(chart.centreLine(p)).ifPresent(c -> o.addComponent()
                    .setCode(line("centre-line", "Centre line")).setValue(new Quantity().setValue(c)));
            if (chart instanceof ControlChart control) {
                Observation.ObservationReferenceRangeComponent range = new Observation.ObservationReferenceRangeComponent();
                number(control.lowerLimit(p)).ifPresent(l -> range.setLow(new Quantity().setValue(l)));
                number(control.upperLimit(p)).ifPresent(h -> range.setHigh(new Quantity().setValue(h)));
                if (range.hasLow() || range.hasHigh()) {
                    range.setText("3-sigma limits of the " + control.type() + " chart: " + control.type().description());
                    o.addReferenceRange(range);
                }
            }
            signalsAt.getOrDefault(p, List.of()).forEach(said -> o.addInterpretation(said.copy()));
            String fullUrl = "urn:uuid:" + UUID.nameUUIDFromBytes((seed + "|" + date + "|" + p).getBytes(StandardCharsets.UTF_8));
            bundle.addEntry().setFullUrl(fullUrl).setResource(o);
            summary.addHasMember(new Reference(fullUrl));
            points.add(o);
        }
        summary.setStatus(ObservationStatus.FINAL).setCode(line("chart", "Process chart")
                .setText(chart.title() + ": " + (chart instanceof ControlChart c ? c.type() + " control chart" : "run chart")));
        if (subject != null) {
            summary.setSubject(subject.copy());
        }
        if (!points.isEmpty()) {
            summary.setEffective(new Period().setStartElement(new DateTimeType(chart.date(0).orElseThrow().toString()))
                    .setEndElement(new DateTimeType(chart.date(chart.size() - 1).orElseThrow().toString())));
        }
        summary.setValue(new StringType(verdict(chart)));
        for (PartVerdict part : chart.verdicts()) {
            summary.addInterpretation(new CodeableConcept(new Coding(Canonicals.CHART_VERDICTS,
                    Canonicals.code(part.verdict()), null)).setText(part.toString()));
        }
        summary.setMethod(new CodeableConcept().setText(chart instanceof ControlChart c
                ? c.type() + " chart (" + c.type().description() + "), " + c.rules().displayName()
                : "run chart, " + ((RunChart) chart).parts().size() + " part(s), median centre lines"));
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes((seed + "|chart").getBytes(StandardCharsets.UTF_8)))
                .setResource(summary);
        return bundle;
    }

    private static String verdict(ProcessChart chart) {
        return switch (chart.verdict()) {
            case SIGNAL -> "signal: " + chart.signals().size() + " rule(s) fired; see each point's interpretation";
            case NO_SIGNAL -> "no signal: only common-cause variation is evident";
            case TOO_FEW_POINTS -> "too few points: no conclusion either way";
        };
    }

    private static CodeableConcept line(String code, String display) {
        return new CodeableConcept(new Coding(Canonicals.CHART_LINES, code, display));
    }

    /**
     * A finite value to 10 significant digits (so 0.1 + 0.2 is written 0.3, and a rate of 0.0000032
     * per patient-day keeps its digits), else nothing.
     */
    private static java.util.Optional<BigDecimal> number(double value) {
        return Double.isFinite(value) ? java.util.Optional.of(new BigDecimal(value, new MathContext(10, RoundingMode.HALF_UP))
                .stripTrailingZeros()) : java.util.Optional.empty();
    }
}

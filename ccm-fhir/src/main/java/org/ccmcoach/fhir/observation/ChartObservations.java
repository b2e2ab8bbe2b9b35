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
import java.util.Optional;
import java.util.UUID;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.Canonicals;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirProblems;
import org.ccmcoach.pdsa.Direction;
import org.ccmcoach.pdsa.MeasureId;
import org.ccmcoach.pdsa.chart.ChartType;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.ControlChartRuleSet;
import org.ccmcoach.pdsa.chart.Meaning;
import org.ccmcoach.pdsa.chart.PartVerdict;
import org.ccmcoach.pdsa.chart.ProcessChart;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.chart.Series;
import org.ccmcoach.pdsa.chart.SeriesPoint;
import org.ccmcoach.pdsa.chart.Signal;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
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
 *     (improvement, deterioration, or before the chart's first change with no direction:
 *     {@link Meaning}) and whether it is provisional: a signal is a judgement on
 *     values, which is what FHIR's interpretation holds.
 * <li><b>One Observation for the chart</b> (code {@code chart-line#chart}), whose
 *     {@code hasMember} lists the points (FHIR's panel pattern), with the verdict as its value,
 *     each part's verdict as an interpretation and the chart type and rule set as its method; so
 *     "too few points" travels with the chart and cannot be read as "no signal".
 * </ul>
 * Every value is a {@code valueQuantity} with its UCUM unit: a proportion as ccm computes it, a
 * fraction, in {@code 1}; a rate in {@code 1} (per unit of exposure); a count in {@code {count}}; a
 * measured value in the unit the caller gives (ccm's series know none). Centre lines and limits
 * take the point's unit. Each point also keeps the data it was made from as a component
 * ({@code observed-proportion}: numerator over denominator; {@code observed-rate}: count over
 * exposure; {@code observed-count}; {@code observed-value}), and the chart's Observation the
 * chart type (its {@code method}, coded in {@link Canonicals#CHART_TYPES}), rule set, screening,
 * frozen baseline, direction and parts as components and the series' annotations as notes; so
 * {@link #toChart(Bundle)} makes the chart again and {@link MeasureBundles} reads the series.
 * Points a user excluded keep their value, with a note of why.
 *
 * <p>Whom the chart is about goes where R4 allows (our choice): a Patient, Group, Device or
 * Location, R4's only targets of {@code Observation.subject}, is the subject; anything else (an
 * Organization, as a practice's measure is) the {@code focus}, so that a server enforcing reference
 * targets (HAPI's JPA server does by default) stores the Bundle. Entries are identified by
 * {@code urn:uuid} full URLs derived from the measure's code, the date and the point's number,
 * so the same chart gives the same Bundle.
 *
 * <pre>{@code
 * Bundle out = ChartObservations.toBundle(ControlChart.of(ChartType.P, series),
 *         new Coding("http://loinc.org", "...", "No-show rate"), new Reference("Organization/c1-team1"));
 * ProcessChart again = ChartObservations.toChart(out);
 * }</pre>
 */
public final class ChartObservations {

    private ChartObservations() {
    }

    /**
     * A chart as Observations coded with ccm's measure code system and the series' measure id, else
     * with ccm's series code system ({@link Canonicals#SERIES}) and its name.
     *
     * @param chart  a chart made from a series with dates, not null
     * @return a new Bundle
     * @throws IllegalArgumentException if the chart was made from bare values, without dates
     */
    public static Bundle toBundle(ProcessChart chart) {
        Optional<String> measure = chart.series().flatMap(s -> s.measure()).map(Object::toString);
        String code = measure.orElse(chart.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", ""));
        return toBundle(chart, new Coding(measure.isPresent() ? Canonicals.MEASURES : Canonicals.SERIES,
                code.isEmpty() ? "measure" : code, chart.title()), null);
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
        return toBundle(chart, measure, subject, null);
    }

    /**
     * A chart as Observations of a measure, about a subject, its measured values in a unit. The
     * unit is needed for a series of measured values only, which ccm knows no unit of: a
     * proportion is charted in UCUM {@code 1} (a fraction, as ccm computes it), a rate in {@code 1}
     * (events per unit of exposure), a count in {@code {count}}.
     *
     * @param chart  a chart made from a series with dates, not null
     * @param measure  the measure's code, such as a LOINC code or the EHR's own, not null
     * @param subject  whom the measure is about, such as the practice; null for none. A Patient,
     *        Group, Device or Location is the subject; anything else (an Organization) the focus,
     *        as R4 allows
     * @param unit  the unit of the series' measured values, best a UCUM code such as
     *        {@code new Coding("http://unitsofmeasure.org", "mg/dL", "mg/dL")}; null to write none
     * @return a new Bundle
     * @throws IllegalArgumentException if the chart was made from bare values, without dates
     */
    public static Bundle toBundle(ProcessChart chart, Coding measure, Reference subject, Coding unit) {
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
                    // Its meaning in words, "(improvement)" or "(before the change: no direction)", and
                    // "[provisional: …]" where its part is short: each said once, by the chart.
                    .setText(chart.describe(s));
            s.points().forEach(point -> signalsAt.computeIfAbsent(point, k -> new ArrayList<>()).add(said));
        }
        Series series = chart.series().get();
        SeriesPoint.Kind kind = series.observations().get(0).kind();
        Coding plotted = switch (kind) {
            case PROPORTION -> new Coding(ScoreObservations.UCUM, "1", "proportion");
            case RATE -> new Coding(ScoreObservations.UCUM, "1", "per unit of exposure");
            case COUNT -> new Coding(ScoreObservations.UCUM, "{count}", "count");
            case VALUE -> unit;
        };
        boolean exact = kind == SeriesPoint.Kind.VALUE || kind == SeriesPoint.Kind.COUNT;
        for (int p = 0; p < chart.size(); p++) {
            LocalDate date = chart.date(p).orElseThrow();
            SeriesPoint point = series.observations().get(p);
            Observation o = new Observation().setStatus(ObservationStatus.FINAL)
                    .setCode(new CodeableConcept(measure.copy()))
                    .setEffective(new DateTimeType(date.toString()));
            Subjects.place(o, subject);
            // A value or count is written as given (BigDecimal.valueOf: the shortest text that reads back
            // as the same double); a computed proportion, rate or moving range to 10 digits.
            (exact && !(chart instanceof ControlChart c && c.type() == ChartType.MR) ? given(chart.value(p))
                    : number(chart.value(p))).ifPresent(v -> o.setValue(quantity(v, plotted)));
            if (!o.hasValue()) {
                o.setDataAbsentReason(new CodeableConcept(new Coding(ScoreObservations.DATA_ABSENT, "not-applicable",
                        "Not Applicable")).setText("no value at this point (the first point of a moving-range chart)"));
            }
            if (chart.excluded(p)) {
                o.addNote().setText("Excluded from the centre line and the rules" + point.excluded().map(r -> ": " + r)
                        .orElse("."));
            }
            number(chart.centreLine(p)).ifPresent(c -> o.addComponent()
                    .setCode(line("centre-line", "Centre line")).setValue(quantity(c, plotted)));
            observed(o, point, unit);
            point.excluded().ifPresent(r -> o.addComponent().setCode(line("excluded", "Excluded by the user"))
                    .setValue(new StringType(r)));
            if (point.astronomical()) {
                o.addComponent().setCode(line("astronomical", "Marked astronomical by the user")).setValue(new BooleanType(true));
            }
            if (chart instanceof ControlChart control) {
                Observation.ObservationReferenceRangeComponent range = new Observation.ObservationReferenceRangeComponent();
                number(control.lowerLimit(p)).ifPresent(l -> range.setLow(quantity(l, plotted)));
                number(control.upperLimit(p)).ifPresent(h -> range.setHigh(quantity(h, plotted)));
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
        Subjects.place(summary, subject);
        if (!points.isEmpty()) {
            summary.setEffective(new Period().setStartElement(new DateTimeType(chart.date(0).orElseThrow().toString()))
                    .setEndElement(new DateTimeType(chart.date(chart.size() - 1).orElseThrow().toString())));
        }
        summary.setValue(new StringType(verdict(chart)));
        for (PartVerdict part : chart.verdicts()) {
            summary.addInterpretation(new CodeableConcept(new Coding(Canonicals.CHART_VERDICTS,
                    Canonicals.code(part.verdict()), null)).setText(part.toString()));
        }
        summary.setMethod(new CodeableConcept(chart instanceof ControlChart c
                ? new Coding(Canonicals.CHART_TYPES, Canonicals.code(c.type()), c.type() + " chart")
                : new Coding(Canonicals.CHART_TYPES, "run", "Run chart")).setText(chart instanceof ControlChart c
                ? c.type() + " chart (" + c.type().description() + "), " + c.rules().displayName()
                : "run chart, " + ((RunChart) chart).parts().size() + " part(s), median centre lines"));
        settings(summary, chart, series);
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes((seed + "|chart").getBytes(StandardCharsets.UTF_8)))
                .setResource(summary);
        return bundle;
    }

    /**
     * The chart a Bundle ccm wrote holds, made again: the series from the points (their data,
     * exclusions and marks, as {@link MeasureBundles#toSeries(Bundle, String)} reads them), its name,
     * measure, parts, frozen baseline, direction and annotations from the chart's Observation (code
     * {@code chart-line#chart}), and the chart type, rule set and moving-range screening from its
     * method and components. So {@code toChart(toBundle(chart))} has the chart's series, type,
     * centre lines, limits and signals. Not carried: the PDSA cycles that parts and annotations
     * cite, and parts, freezes or marks set on a chart rather than its series.
     *
     * @param bundle  a Bundle written by {@link #toBundle}, not null
     * @return the chart
     * @throws CcmFhirException listing every problem found: no or two chart Observations, an
     *         unknown chart type, a point that cannot be read, a chart type that does not fit the points
     */
    public static ProcessChart toChart(Bundle bundle) {
        List<Problem> problems = new ArrayList<>();
        Observation summary = null;
        int at = -1;
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (bundle.getEntry().get(i).getResource() instanceof Observation o && MeasureBundles.isChart(o)) {
                if (summary != null) {
                    problems.add(FhirProblems.of("Bundle.entry[" + i + "].resource.code", "must be the only chart"
                            + " Observation (chart-line#chart); the first is Bundle.entry[" + at + "]", "chart"));
                }
                summary = summary == null ? o : summary;
                at = summary == o ? i : at;
            }
        }
        if (summary == null) {
            throw new CcmFhirException("Bundle", List.of(FhirProblems.of("Bundle.entry", "must hold the chart's"
                    + " Observation, coded " + Canonicals.CHART_LINES + "|chart, as ChartObservations.toBundle writes it")));
        }
        String where = "Bundle.entry[" + at + "].resource";
        String type = summary.getMethod().getCoding().stream().filter(c -> Canonicals.CHART_TYPES.equals(c.getSystem()))
                .map(Coding::getCode).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        ChartType chartType = null;
        if (type == null) {
            problems.add(FhirProblems.of(where + ".method", "must be coded in " + Canonicals.CHART_TYPES
                    + ": run, or a control chart's type"));
        } else if (!type.equals("run")) {
            chartType = java.util.Arrays.stream(ChartType.values()).filter(t -> Canonicals.code(t).equals(type))
                    .findFirst().orElse(null);
            if (chartType == null) {
                problems.add(FhirProblems.of(where + ".method", "must be run or a control chart type (i, mr, p, u, c,"
                        + " p-prime, u-prime)", type));
            }
        }
        String text = summary.getCode().getTextElement().getValue();
        String title = text == null ? "" : text.replaceFirst(": (run chart|[A-Z_]+ control chart)$", "");
        if (title.isBlank()) {
            problems.add(FhirProblems.of(where + ".code.text", "must give the chart's title, as \"<title>: P control"
                    + " chart\""));
        }
        Series read = null;
        try {
            read = MeasureBundles.toSeries(bundle, title.isBlank() ? "chart" : title);
        } catch (CcmFhirException e) {
            problems.addAll(e.problems());
        }
        ControlChartRuleSet[] rules = {ControlChartRuleSet.QICHARTS2};
        Series.Builder series = Series.builder();
        for (int i = 0; i < summary.getComponent().size(); i++) {
            try {
                setting(summary.getComponent().get(i), where + ".component[" + i + "].value", series, problems)
                        .ifPresent(r -> rules[0] = r);
            } catch (CcmValidationException e) { // a part's reason too long, say
                problems.add(FhirProblems.of(where + ".component[" + i + "]", e.problems().isEmpty() ? e.getMessage()
                        : e.problems().get(0).rule()));
            }
        }
        boolean screened = summary.getComponent().stream().anyMatch(c -> MeasureBundles.isLine(c.getCode(),
                "screened-moving-ranges") && c.getValue() instanceof BooleanType b && Boolean.TRUE.equals(b.getValue()));
        for (int i = 0; i < summary.getNote().size(); i++) {
            org.hl7.fhir.r4.model.Annotation note = summary.getNote().get(i);
            Optional<LocalDate> date = day(note.getTimeElement());
            String said = note.getTextElement().getValue();
            try {
                if (date.isPresent() && said != null && !said.isBlank()) {
                    series.addAnnotations(org.ccmcoach.pdsa.chart.Annotation.of(date.get(), said));
                } else {
                    problems.add(FhirProblems.of(where + ".note[" + i + "]", "must have a date (time) and text"));
                }
            } catch (CcmValidationException e) {
                problems.add(FhirProblems.of(where + ".note[" + i + "]", e.problems().isEmpty() ? e.getMessage()
                        : e.problems().get(0).rule()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CcmFhirException("Bundle", problems);
        }
        Coding measure = measureOf(bundle);
        try {
            if (measure != null && Canonicals.MEASURES.equals(measure.getSystem()) && measure.getCode() != null) {
                series.measure(MeasureId.of(measure.getCode()));
            }
            Series made = series.name(title).observations(read.observations()).build();
            if (chartType == null) {
                return RunChart.of(made);
            }
            ControlChart chart = ControlChart.of(chartType, made).withRules(rules[0]);
            return screened ? chart.screenMovingRanges() : chart;
        } catch (CcmValidationException e) {
            throw new CcmFhirException("Bundle", e.problems().stream().map(v -> FhirProblems.of(where + " (as "
                    + v.location() + ")", v.rule(), v.value().map(String::valueOf))).toList());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CcmFhirException("Bundle", List.of(FhirProblems.of(where + ".method", "must fit the points: "
                    + e.getMessage(), String.valueOf(type))));
        }
    }

    /** One setting of the chart's Observation into the series; a rule set is returned. */
    private static Optional<ControlChartRuleSet> setting(Observation.ObservationComponentComponent c, String cat,
                                                         Series.Builder series, List<Problem> problems) {
        String code = c.getCode().getCoding().stream().filter(k -> Canonicals.CHART_LINES.equals(k.getSystem()))
                .map(Coding::getCode).filter(java.util.Objects::nonNull).findFirst().orElse("");
        org.hl7.fhir.r4.model.Type value = c.getValue();
        switch (code) {
            case "rule-set" -> {
                String set = value instanceof CodeableConcept cc ? cc.getCodingFirstRep().getCode() : null;
                Optional<ControlChartRuleSet> found = java.util.Arrays.stream(ControlChartRuleSet.values())
                        .filter(r -> Canonicals.code(r).equals(set)).findFirst();
                if (found.isEmpty()) {
                    problems.add(FhirProblems.of(cat, "must be a rule set coded in " + Canonicals.CHART_RULE_SETS,
                            Optional.ofNullable(set)));
                }
                return found;
            }
            case "baseline-points" -> {
                if (value instanceof IntegerType k && k.getValue() != null && k.getValue() > 0) {
                    series.baselinePoints(k.getValue());
                } else {
                    problems.add(FhirProblems.of(cat, "must be a whole number of points, at least 1"));
                }
            }
            case "direction" -> {
                String d = value instanceof StringType t ? t.getValue() : null;
                Optional<Direction> found = java.util.Arrays.stream(Direction.values())
                        .filter(x -> Canonicals.code(x).equals(d)).findFirst();
                found.ifPresentOrElse(series::direction, () -> problems.add(FhirProblems.of(cat, "must be up or down",
                        Optional.ofNullable(d))));
            }
            case "part" -> {
                String reason = c.getCode().getTextElement().getValue();
                Optional<LocalDate> start = day(value);
                if (start.isPresent() && reason != null && !reason.isBlank()) {
                    series.addParts(org.ccmcoach.pdsa.chart.Part.of(start.get(), reason));
                } else {
                    problems.add(FhirProblems.of(cat, "must be the part's first date, with its reason as the"
                            + " component's code text"));
                }
            }
            default -> { }
        }
        return Optional.empty();
    }

    /** The measure's code: the first point's (hasMember's first), as the chart codes every point. */
    private static Coding measureOf(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Observation o && !MeasureBundles.isChart(o)).map(r -> (Observation) r)
                .findFirst().map(o -> o.getCode().getCodingFirstRep()).orElse(null);
    }

    private static Optional<LocalDate> day(org.hl7.fhir.r4.model.Type value) {
        if (value instanceof DateTimeType d && d.getValueAsString() != null && d.getValue() != null
                && d.getValueAsString().length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(d.getValueAsString().substring(0, 10)));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The point's own data, so that the series can be read back exactly whatever the chart plots. */
    private static void observed(Observation o, SeriesPoint point, Coding unit) {
        switch (point.kind()) {
            case PROPORTION -> o.addComponent().setCode(line("observed-proportion", "Numerator over denominator"))
                    .setValue(new Ratio().setNumerator(count(point.numerator().getAsLong()))
                            .setDenominator(count(point.denominator().getAsLong())));
            case RATE -> o.addComponent().setCode(line("observed-rate", "Count over exposure"))
                    .setValue(new Ratio().setNumerator(count(point.count().getAsLong()))
                            .setDenominator(new Quantity().setValue(BigDecimal.valueOf(point.exposure().getAsDouble()))
                                    .setUnit("exposure").setSystem(ScoreObservations.UCUM).setCode("1")));
            case COUNT -> o.addComponent().setCode(line("observed-count", "Count"))
                    .setValue(count(point.count().getAsLong()));
            case VALUE -> o.addComponent().setCode(line("observed-value", "Measured value"))
                    .setValue(quantity(BigDecimal.valueOf(point.value().getAsDouble()), unit));
        }
    }

    /** What the series and chart set, beyond the points: enough to make the same chart again. */
    private static void settings(Observation summary, ProcessChart chart, Series series) {
        if (chart instanceof ControlChart c) {
            summary.addComponent().setCode(line("rule-set", "Rule set")).setValue(new CodeableConcept(new Coding(
                    Canonicals.CHART_RULE_SETS, Canonicals.code(c.rules()), c.rules().displayName())));
            if (c.screened()) {
                summary.addComponent().setCode(line("screened-moving-ranges", "Moving ranges screened"))
                        .setValue(new BooleanType(true));
            }
        }
        series.baselinePoints().ifPresent(k -> summary.addComponent().setCode(line("baseline-points",
                "Points the baseline is frozen on")).setValue(new IntegerType(k)));
        series.direction().ifPresent(d -> summary.addComponent().setCode(line("direction", "Direction of improvement"))
                .setValue(new StringType(Canonicals.code(d))));
        for (org.ccmcoach.pdsa.chart.Part part : series.parts()) {
            summary.addComponent().setCode(line("part", "Part started").setText(part.reason()))
                    .setValue(new DateTimeType(part.start().toString()));
        }
        for (org.ccmcoach.pdsa.chart.Annotation a : series.annotations()) {
            summary.addNote().setTimeElement(new DateTimeType(a.date().toString())).setText(a.text());
        }
    }

    private static Quantity count(long n) {
        return new Quantity().setValue(n).setUnit("count").setSystem(ScoreObservations.UCUM).setCode("{count}");
    }

    private static Quantity quantity(BigDecimal value, Coding unit) {
        Quantity q = new Quantity().setValue(value);
        if (unit != null) {
            q.setSystem(unit.getSystem()).setCode(unit.getCode()).setUnit(unit.hasDisplay() ? unit.getDisplay() : unit.getCode());
        }
        return q;
    }

    /** A value as given: the shortest decimal that reads back as the same double. */
    private static Optional<BigDecimal> given(double value) {
        return Double.isFinite(value) ? Optional.of(BigDecimal.valueOf(value).stripTrailingZeros()) : Optional.empty();
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
    private static Optional<BigDecimal> number(double value) {
        return Double.isFinite(value) ? Optional.of(new BigDecimal(value, new MathContext(10, RoundingMode.HALF_UP))
                .stripTrailingZeros()) : Optional.empty();
    }
}

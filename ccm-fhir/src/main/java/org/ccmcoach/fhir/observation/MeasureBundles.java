package org.ccmcoach.fhir.observation;

import org.ccmcoach.fhir.FhirProblems;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.Canonicals;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.pdsa.chart.Series;
import org.ccmcoach.pdsa.chart.SeriesPoint;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * A PDSA measure's {@link Series} from a FHIR R4 {@code Bundle} of {@code Observation}s, as an
 * EHR's search returns them.
 *
 * <p>Each Observation is one point, dated by {@code effectiveDateTime} (or the start of
 * {@code effectivePeriod}, or {@code effectiveInstant}) on the day written; a month such as
 * {@code 2026-03} is its first day, ccm's convention for a period (a year, its 1 January). Its
 * value makes the point's kind: {@code valueRatio} of whole numbers a proportion (numerator over
 * denominator), {@code valueInteger} a count, {@code valueQuantity} a measured value. A Quantity
 * with a {@code comparator} ({@code <5}) is refused: a bound is not a measurement.
 *
 * <p>A Bundle {@link ChartObservations} wrote reads back as its series: the chart's own
 * Observation (code {@code chart-line#chart}) is no point, and each point is read from the data it
 * keeps ({@code observed-*} components: the numerator and denominator of a proportion, not the
 * plotted fraction), with its exclusion and astronomical mark.
 *
 * <p>A primitive that R4 JSON gives only an extension ({@code "_total": {"extension": …}}) is
 * read as absent.
 *
 * <p>Our choices, against a chart drawn on data that are not final: {@code final},
 * {@code amended} and {@code corrected} Observations are points; {@code entered-in-error} and
 * {@code cancelled} ones are left out (they were withdrawn); any other status ({@code preliminary},
 * {@code registered}) is a problem. Other resources in the Bundle (a Patient a search included)
 * are passed over. Whom an Observation is about is its {@code subject}, else its {@code focus}
 * (where ccm writes an organisation). A series is one measure of one subject in one kind and unit: the code, subject
 * and kind (a quantity's unit included) of most Observations are the series', and each Observation
 * that differs is reported; so, without a code to select, a Bundle of two measures is refused, not
 * merged, a search across practices is refused, not charted as one, and mg/dL beside mmol/L is
 * refused. A Bundle that is one page of a search (a {@code next} link, or a {@code total} above
 * its entries) is refused, not charted as if it were the series. Every problem
 * is reported at its FHIRPath ({@code Bundle.entry[3].resource.value}) in one exception.
 *
 * <pre>{@code
 * Bundle bundle = FhirJson.read(Path.of("no-shows.json"), Bundle.class);
 * Series noShows = MeasureBundles.toSeries(bundle, "No-show rate");
 * ControlChart chart = ControlChart.of(ChartType.P, noShows);
 * }</pre>
 */
public final class MeasureBundles {

    private static final Set<ObservationStatus> POINTS = Set.of(ObservationStatus.FINAL, ObservationStatus.AMENDED,
            ObservationStatus.CORRECTED);
    private static final Set<ObservationStatus> WITHDRAWN = Set.of(ObservationStatus.ENTEREDINERROR,
            ObservationStatus.CANCELLED);

    private MeasureBundles() {
    }

    /**
     * Reads a Bundle from a JSON file and makes the series of its Observations.
     *
     * @param file  the file, not null
     * @param name  the series' name, as charts title it
     * @return the series
     * @throws CcmFhirException listing every problem of the JSON or the mapping
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Series read(Path file, String name) {
        return FhirJson.readCollecting(file, Bundle.class).map(bundle -> toSeries(bundle, name));
    }

    /**
     * The series of a Bundle's Observations, which must share one code.
     *
     * @param bundle  the Bundle, not null
     * @param name  the series' name
     * @return the series, in date order
     * @throws CcmFhirException listing every problem found
     */
    public static Series toSeries(Bundle bundle, String name) {
        return new Reading(bundle, name, Optional.empty()).series();
    }

    /**
     * The series of a Bundle's Observations with a code, the others passed over.
     *
     * @param bundle  the Bundle, not null
     * @param name  the series' name
     * @param system  the code's system, such as {@code http://loinc.org}
     * @param code  the code
     * @return the series, in date order
     * @throws CcmFhirException listing every problem found, or if no Observation has the code
     */
    public static Series toSeries(Bundle bundle, String name, String system, String code) {
        return new Reading(bundle, name, Optional.of(new Coding(system, code, null))).series();
    }

    /** Whether an Observation is the chart's own of a Bundle ccm wrote. */
    static boolean isChart(Observation o) {
        return isLine(o.getCode(), "chart");
    }

    static boolean isLine(org.hl7.fhir.r4.model.CodeableConcept concept, String code) {
        return concept.getCoding().stream().anyMatch(c -> Canonicals.CHART_LINES.equals(c.getSystem())
                && code.equals(c.getCode()));
    }

    /** The component holding a point's own data, on a point of a chart ccm wrote. */
    static Optional<Observation.ObservationComponentComponent> observed(Observation o) {
        return o.getComponent().stream().filter(c -> observedCode(c).isPresent()).findFirst();
    }

    /** Which of ccm's {@code observed-*} codes a component has, if any (not necessarily its first coding). */
    static Optional<String> observedCode(Observation.ObservationComponentComponent c) {
        return c.getCode().getCoding().stream().filter(k -> Canonicals.CHART_LINES.equals(k.getSystem()))
                .map(Coding::getCode).filter(k -> k != null && k.startsWith("observed-")).findFirst();
    }

    /** One point with where it came from. */
    private record Point(int entry, LocalDate date, SeriesPoint observation) {
    }

    /** An Observation that may be a point, with what must be the same for every point of a series. */
    private record Candidate(int entry, Observation observation, String code, String subject, String kind) {

        String at() {
            return "Bundle.entry[" + entry + "].resource";
        }
    }

    private static final class Reading {
        private final Bundle bundle;
        private final String name;
        private final Optional<Coding> code;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Point> points = new ArrayList<>();

        Reading(Bundle bundle, String name, Optional<Coding> code) {
            this.bundle = bundle;
            this.name = name;
            this.code = code;
        }

        Series series() {
            List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
            pages(entries);
            List<Candidate> candidates = candidates(entries);
            // A series is one measure, of one subject, of one kind (and unit): the most common of each
            // is the series', the first of equals; each Observation that differs is reported.
            String oneCode = mostCommon(candidates, Candidate::code);
            String oneSubject = mostCommon(candidates, Candidate::subject);
            String oneKind = mostCommon(candidates, Candidate::kind);
            // Each Observation that differs names the series' own as a bounded excerpt, made once: a code
            // system of a megabyte named in each of 300 problems would copy it 300 times.
            String shownCode = Problem.show(oneCode);
            String shownSubject = Problem.show(oneSubject);
            String shownKind = Problem.show(oneKind);
            for (Candidate c : candidates) {
                ObservationStatus status = c.observation().getStatus();
                if (status == null || !POINTS.contains(status)) {
                    problems.add(FhirProblems.of(c.at() + ".status", "must be final, amended or corrected to be charted"
                            + " (entered-in-error and cancelled ones are left out)", status == null ? "none" : status.toCode()));
                } else if (!c.code().equals(oneCode)) {
                    problems.add(FhirProblems.of(c.at() + ".code", "must be " + shownCode + ", the code of most"
                            + " Observations: select one measure with toSeries(bundle, name, system, code)", c.code()));
                } else if (!c.subject().equals(oneSubject)) {
                    problems.add(FhirProblems.of(c.at() + ".subject", "must be " + shownSubject + ", the subject of most"
                            + " Observations: a series is one subject's", c.subject()));
                } else if (!c.kind().equals(oneKind)) {
                    problems.add(FhirProblems.of(c.at() + ".value", "must be " + shownKind + ", as most points are: a"
                            + " series has one kind and unit", c.kind()));
                } else {
                    date(c.observation().getEffective(), c.at() + ".effective")
                            .flatMap(d -> value(c.observation(), d, c.entry(), c.at() + ".value")).ifPresent(points::add);
                }
            }
            if (points.isEmpty() && problems.isEmpty()) {
                problems.add(FhirProblems.of("Bundle.entry", code.map(c -> "must hold an Observation coded " + c.getSystem()
                        + "|" + c.getCode()).orElse("must hold at least one Observation")));
            }
            points.sort(Comparator.comparing(Point::date));
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i).date().equals(points.get(i - 1).date())) {
                    problems.add(FhirProblems.of("Bundle.entry[" + points.get(i).entry() + "].resource.effective",
                            "must not repeat the date of Bundle.entry[" + points.get(i - 1).entry()
                                    + "]: a series has one point per date", points.get(i).date().toString()));
                }
            }
            if (!problems.isEmpty()) {
                throw new CcmFhirException("Bundle" + (bundle.getIdElement().hasIdPart()
                        ? " \"" + bundle.getIdElement().getIdPart() + "\"" : ""), problems);
            }
            try {
                return Series.builder().name(name).observations(points.stream().map(Point::observation).toList()).build();
            } catch (CcmValidationException e) {
                for (Problem v : e.problems()) {
                    problems.add(FhirProblems.of("Bundle (as " + v.location() + ")", v.rule(),
                            v.value().map(String::valueOf)));
                }
                throw new CcmFhirException("Bundle", problems);
            }
        }

        /**
         * The Observations of the measure asked for (all, without a code), withdrawn ones left out,
         * and the chart's own Observation of a Bundle ccm wrote (code chart-line#chart), which is no point.
         */
        private List<Candidate> candidates(List<Bundle.BundleEntryComponent> entries) {
            List<Candidate> out = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (!(entries.get(i).getResource() instanceof Observation o)
                        || o.getStatus() != null && WITHDRAWN.contains(o.getStatus()) || isChart(o)) {
                    continue;
                }
                if (code.isPresent() && o.getCode().getCoding().stream().noneMatch(c -> code.get().getSystem()
                        .equals(c.getSystem()) && code.get().getCode().equals(c.getCode()))) {
                    continue;
                }
                String codeKey = code.isPresent() ? "" : o.getCode().getCoding().stream().findFirst()
                        .map(c -> c.getSystem() + "|" + c.getCode()).orElse("no code");
                out.add(new Candidate(i, o, codeKey, subjectOf(o), kindOf(o)));
            }
            return out;
        }

        private static String mostCommon(List<Candidate> candidates, java.util.function.Function<Candidate, String> key) {
            java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            candidates.stream().filter(c -> c.observation().getStatus() != null && POINTS.contains(c.observation().getStatus()))
                    .forEach(c -> counts.merge(key.apply(c), 1, Integer::sum));
            String most = "";
            int n = 0;
            for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > n) {
                    most = e.getKey();
                    n = e.getValue();
                }
            }
            return most;
        }

        /**
         * Whom an Observation is about: its subject, else its focus (where ccm, and R4, put an
         * organisation or team). A reference with an extension in place of its text ({@code _reference})
         * reads as absent.
         */
        private static String subjectOf(Observation o) {
            if (!o.getSubject().isEmpty()) {
                return reference(o.getSubject());
            }
            return o.getFocus().isEmpty() ? "no subject" : "focus " + String.join(", ", o.getFocus().stream()
                    .map(Reading::reference).toList());
        }

        private static String reference(Reference r) {
            String literal = r.getReferenceElement_().getValue();
            if (literal != null) {
                return literal;
            }
            return r.getIdentifier().isEmpty() ? "no reference" : r.getIdentifier().getSystemElement().getValue() + "|"
                    + r.getIdentifier().getValueElement().getValue();
        }

        /** The kind of point an Observation makes: the data a chart ccm wrote keeps, else its value. */
        private static String kindOf(Observation o) {
            return observed(o).map(c -> switch (observedCode(c).orElse("")) {
                case "observed-proportion" -> "valueRatio (a proportion)";
                case "observed-rate" -> "a rate (count over exposure)";
                case "observed-count" -> "valueInteger (a count)";
                default -> kindOf(c.getValue());
            }).orElseGet(() -> kindOf(o.getValue()));
        }

        /** The kind of point a value makes, a quantity's unit included. */
        private static String kindOf(Type value) {
            if (value instanceof Ratio) {
                return "valueRatio (a proportion)";
            }
            if (value instanceof IntegerType) {
                return "valueInteger (a count)";
            }
            if (value instanceof Quantity q) {
                String code = q.getCodeElement().getValue();
                String unit = q.getUnitElement().getValue();
                return "valueQuantity in " + (code != null ? q.getSystemElement().getValue() + "|" + code
                        : unit != null ? unit : "no unit");
            }
            return value == null ? "no value" : "value" + value.fhirType();
        }

        /**
         * One page of a search is not the series: charting it would be a plausible wrong answer. A
         * {@code next} link, or a {@code total} above the entries the page matched, is a problem.
         */
        private void pages(List<Bundle.BundleEntryComponent> entries) {
            List<Bundle.BundleLinkComponent> links = bundle.getLink();
            for (int i = 0; i < links.size(); i++) {
                if ("next".equals(links.get(i).getRelationElement().getValue())) {
                    problems.add(FhirProblems.of("Bundle.link[" + i + "]", "must not lead to a next page: this Bundle is one"
                            + " page of a search; follow the next links and pass every entry in one Bundle",
                            Optional.ofNullable(links.get(i).getUrlElement().getValue())));
                }
            }
            long matched = entries.stream().filter(e -> !e.hasSearch() || e.getSearch().getMode() == null
                    || e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH).count();
            // getTotal() unboxes: a total with only an extension ("_total") or an invalid value has none, and is
            // read as absent (an invalid one FhirJson has already reported).
            Integer total = bundle.getTotalElement().getValue();
            if (total != null && total > matched) {
                problems.add(FhirProblems.of("Bundle.total", "must not exceed the " + matched + " entries the Bundle holds:"
                        + " the search found more; fetch every page", String.valueOf(total)));
            }
        }

        private Optional<LocalDate> date(Type effective, String at) {
            BaseDateTimeType when = effective instanceof BaseDateTimeType d ? d
                    : effective instanceof Period p && p.hasStart() ? p.getStartElement() : null;
            if (when == null || when.getValue() == null) {
                problems.add(FhirProblems.of(at, "must give the date: effectiveDateTime, effectivePeriod.start or"
                        + " effectiveInstant"));
                return Optional.empty();
            }
            String text = when.getValueAsString();
            try {
                if (text.length() == 4) {
                    return Optional.of(LocalDate.parse(text + "-01-01"));
                }
                return Optional.of(text.length() == 7 ? LocalDate.parse(text + "-01") : LocalDate.parse(text.substring(0, 10)));
            } catch (DateTimeParseException | IndexOutOfBoundsException e) {
                problems.add(FhirProblems.of(at, "must be a date", text));
                return Optional.empty();
            }
        }

        private Optional<Point> value(Observation o, LocalDate date, int entry, String at) {
            Optional<Observation.ObservationComponentComponent> observed = observed(o);
            if (observed.isPresent()) { // a point of a chart ccm wrote: its own data, not the plotted value
                at = at.substring(0, at.length() - ".value".length()) + ".component["
                        + o.getComponent().indexOf(observed.get()) + "].value";
            }
            Type value = observed.map(Observation.ObservationComponentComponent::getValue).orElse(o.getValue());
            String kind = observed.flatMap(MeasureBundles::observedCode).orElse("");
            if (!bounds(value, at)) {
                return Optional.empty();
            }
            SeriesPoint point;
            try {
                if (value instanceof Ratio r && r.hasNumerator() && r.hasDenominator() && kind.equals("observed-rate")) {
                    Optional<Long> n = whole(r.getNumerator(), at + ".numerator");
                    BigDecimal exposure = r.getDenominator().getValue();
                    if (exposure == null) {
                        problems.add(FhirProblems.of(at + ".denominator", "must give the exposure", "none"));
                        return Optional.empty();
                    }
                    if (n.isEmpty()) {
                        return Optional.empty();
                    }
                    point = SeriesPoint.rate(date, n.get(), exposure.doubleValue());
                } else if (value instanceof Quantity q && kind.equals("observed-count")) {
                    Optional<Long> n = whole(q, at);
                    if (n.isEmpty()) {
                        return Optional.empty();
                    }
                    point = SeriesPoint.count(date, n.get());
                } else if (value instanceof Ratio r && r.hasNumerator() && r.hasDenominator()) {
                    Optional<Long> n = whole(r.getNumerator(), at + ".numerator");
                    Optional<Long> d = whole(r.getDenominator(), at + ".denominator");
                    if (n.isEmpty() || d.isEmpty()) {
                        return Optional.empty();
                    }
                    point = SeriesPoint.proportion(date, n.get(), d.get());
                } else if (value instanceof IntegerType i && i.getValue() != null) {
                    point = SeriesPoint.count(date, i.getValue());
                } else if (value instanceof Quantity q && q.getValue() != null) {
                    double v = q.getValue().doubleValue();
                    if (!Double.isFinite(v)) {
                        problems.add(FhirProblems.of(at + ".value", "must be within the range of a double", q.getValue()
                                .toString()));
                        return Optional.empty();
                    }
                    point = SeriesPoint.of(date, v);
                } else {
                    problems.add(FhirProblems.of(at, "must be valueRatio (a proportion), valueInteger (a count) or"
                            + " valueQuantity, with its value", value == null ? "none" : value.fhirType()));
                    return Optional.empty();
                }
                point = marks(o, point);
            } catch (CcmValidationException e) {
                problems.add(FhirProblems.of(at, e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).rule(),
                        String.valueOf(e.problems().isEmpty() ? "" : e.problems().get(0).value().orElse(""))));
                return Optional.empty();
            }
            return Optional.of(new Point(entry, date, point));
        }

        /** A point of a chart ccm wrote keeps its exclusion and the user's astronomical mark as components. */
        private static SeriesPoint marks(Observation o, SeriesPoint point) {
            SeriesPoint marked = point;
            for (Observation.ObservationComponentComponent c : o.getComponent()) {
                if (!isLine(c.getCode(), "excluded") && !isLine(c.getCode(), "astronomical")) {
                    continue;
                }
                if (isLine(c.getCode(), "excluded") && c.getValue() instanceof org.hl7.fhir.r4.model.StringType reason
                        && reason.getValue() != null) {
                    marked = marked.exclude(reason.getValue());
                } else if (c.getValue() instanceof org.hl7.fhir.r4.model.BooleanType b && Boolean.TRUE.equals(b.getValue())) {
                    marked = marked.withAstronomical(true);
                }
            }
            return marked;
        }

        /**
         * A Quantity with a comparator ({@code <}, {@code >=}, …) is a bound, not a measurement: a
         * chart of it would plot the bound as if measured. Refused wherever the value holds one.
         */
        private boolean bounds(Type value, String at) {
            List<String> found = new ArrayList<>();
            if (value instanceof Quantity q && q.hasComparator()) {
                found.add(at);
            } else if (value instanceof Ratio r) {
                if (r.getNumerator().hasComparator()) {
                    found.add(at + ".numerator");
                }
                if (r.getDenominator().hasComparator()) {
                    found.add(at + ".denominator");
                }
            }
            for (String where : found) {
                problems.add(FhirProblems.of(where + ".comparator", "must be absent: a value with a comparator is a bound"
                        + " (such as \"below 5\"), not a measurement, and charting it would plot the bound as measured",
                        Optional.ofNullable(value instanceof Quantity q ? q.getComparatorElement().getValueAsString()
                                : null)));
            }
            return found.isEmpty();
        }

        private Optional<Long> whole(Quantity q, String at) {
            BigDecimal v = q.getValue();
            if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                problems.add(FhirProblems.of(at, "must be a whole number of at least 0, a count", String.valueOf(v)));
                return Optional.empty();
            }
            return Optional.of(v.longValueExact());
        }
    }
}

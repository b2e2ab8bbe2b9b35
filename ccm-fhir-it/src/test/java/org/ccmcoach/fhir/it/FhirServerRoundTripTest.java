package org.ccmcoach.fhir.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubscaleScore;
import org.ccmcoach.fhir.Canonicals;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.observation.ChartObservations;
import org.ccmcoach.fhir.observation.MeasureBundles;
import org.ccmcoach.fhir.observation.ScoreObservations;
import org.ccmcoach.fhir.questionnaire.FhirResponses;
import org.ccmcoach.fhir.questionnaire.InstrumentQuestionnaires;
import org.ccmcoach.pdsa.chart.ChartType;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.ProcessChart;
import org.ccmcoach.pdsa.chart.Series;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real FHIR server as the independent check of ccm-fhir: a HAPI FHIR JPA server (ccm-fhir-server,
 * HAPI 8.8.0 in a JVM of its own, H2 in memory, HAPI's defaults, reference target types enforced)
 * stores over HTTP every resource the tour's FHIR example (examples/fhir.jsh) writes, finds them back
 * by subject, focus, code and date across pages, and ccm maps what it finds to what was sent.
 *
 * <p>The Organization and Patients the responses refer to are sent too: the server, like any that
 * checks references, refuses a reference to a resource it does not hold. They are context, not ccm's.
 */
class FhirServerRoundTripTest {

    private static final Path DATA = Path.of("..", "examples", "data", "fhir");
    private static final String TEAM = "Organization/c1-team1";
    private static final Coding NO_SHOWS = new Coding("http://clinic.example.org/measures", "no-show-rate",
            "No-show rate, diabetes visits");
    /** Small enough that every search below takes three pages or more. */
    private static final int PAGE = 10;

    private static FhirServerProcess server;
    private static FhirHttp fhir;

    private static Instrument pacic;
    /** The portal's responses, by id, in file order. */
    private static final Map<String, QuestionnaireResponse> RESPONSES = new LinkedHashMap<>();
    /** The score Observation made from each response, by the response's id. */
    private static final Map<String, Observation> SCORES = new LinkedHashMap<>();
    private static final Map<String, ScoreReport> REPORTS = new LinkedHashMap<>();
    private static ControlChart chart;
    private static Bundle chartBundle;
    /** The server's answer to the transaction that stores them all. */
    private static FhirHttp.Answer stored;

    @BeforeAll
    static void startServerAndStore() throws Exception {
        server = FhirServerProcess.start();
        System.out.println("ccm-fhir-server answered /fhir/metadata " + server.startMillis() + " ms after launch, at "
                + server.base() + " (log: " + server.log() + ")");
        fhir = new FhirHttp(server.base());

        // What examples/fhir.jsh writes, made with ccm's API as the example makes it.
        pacic = Instruments.pacic20();
        try (Stream<Path> files = Files.list(DATA.resolve("pacic-c1-team1"))) {
            for (Path file : files.sorted().toList()) {
                QuestionnaireResponse qr = FhirJson.read(file, QuestionnaireResponse.class);
                String id = qr.getIdElement().getIdPart();
                ScoreReport report = pacic.score(FhirResponses.toAssessment(qr, pacic));
                RESPONSES.put(id, qr);
                REPORTS.put(id, report);
                SCORES.put(id, ScoreObservations.toObservation(report, pacic, qr));
            }
        }
        assertEquals(27, RESPONSES.size(), "the tour's 27 PACIC responses");
        Series noShows = MeasureBundles.read(DATA.resolve("no-shows-c1-team1.json"), "No-show rate, c1-team1");
        chart = ControlChart.of(ChartType.P, noShows);
        chartBundle = ChartObservations.toBundle(chart, NO_SHOWS, new Reference(TEAM));
        assertEquals(chart.size() + 1, chartBundle.getEntry().size(), "a point Observation per month and the chart's");

        stored = fhir.post(transaction());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * One transaction: the context (the team, the patients who answered), the responses under their
     * own ids (so the score Observations' {@code derivedFrom} finds them), each response's score
     * Observation, and the chart Bundle's Observations under their {@code urn:uuid} full URLs (so
     * the chart's {@code hasMember} becomes references to the points the server stores).
     */
    private static Bundle transaction() {
        Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        put(tx, new Organization().setName("Clinic 1, team 1").setId("c1-team1"));
        Set<String> patients = new LinkedHashSet<>();
        RESPONSES.values().forEach(qr -> patients.add(qr.getSource().getReferenceElement().getIdPart()));
        patients.forEach(p -> put(tx, new Patient().setId(p)));
        RESPONSES.values().forEach(qr -> put(tx, qr));
        SCORES.forEach((id, o) -> tx.addEntry()
                .setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes(("score|" + id).getBytes(StandardCharsets.UTF_8)))
                .setResource(o).getRequest().setMethod(HTTPVerb.POST).setUrl("Observation"));
        for (BundleEntryComponent e : chartBundle.getEntry()) {
            tx.addEntry().setFullUrl(e.getFullUrl()).setResource(e.getResource().copy())
                    .getRequest().setMethod(HTTPVerb.POST).setUrl("Observation");
        }
        return tx;
    }

    private static void put(Bundle tx, Resource resource) {
        String url = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        tx.addEntry().setFullUrl(url).setResource(resource).getRequest().setMethod(HTTPVerb.PUT).setUrl(url);
    }

    private static void requireStored() {
        assertNotNull(stored, "the transaction was not sent");
        if (!stored.ok()) {
            fail("the server refused the transaction of what the tour writes (HTTP " + stored.status() + "): "
                    + stored.body());
        }
    }

    @Test
    void the_transaction_stores_every_resource_the_tour_writes() {
        requireStored();
        Bundle response = fhir.parse(stored, Bundle.class);
        int sent = 1 + (int) RESPONSES.values().stream().map(qr -> qr.getSource().getReference()).distinct().count()
                + RESPONSES.size() + SCORES.size() + chartBundle.getEntry().size();
        assertEquals(sent, response.getEntry().size(), "one answer per entry sent");
        for (BundleEntryComponent e : response.getEntry()) {
            assertTrue(e.getResponse().getStatus().startsWith("201") || e.getResponse().getStatus().startsWith("200"),
                    e.getResponse().getStatus() + " for " + e.getResponse().getLocation());
        }
    }

    @Test
    void every_instrument_is_stored_as_a_questionnaire_and_read_back_as_the_same_instrument() {
        List<Instrument> instruments = Instruments.all();
        for (Instrument instrument : instruments) {
            Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(instrument);
            FhirHttp.Answer put = fhir.put(q);
            assertTrue(put.ok(), instrument.id() + ": HTTP " + put.status() + " " + put.body());
        }
        List<Bundle> pages = fhir.search(query("Questionnaire", "_count", "2", "_total", "accurate"));
        assertEquals(instruments.size(), pages.get(0).getTotal(), "the server's count of Questionnaires");
        assertEquals(instruments.size(), resources(pages, Questionnaire.class).size());
        for (Instrument instrument : instruments) {
            String url = Canonicals.questionnaire(Canonicals.BASE, instrument.id());
            List<Questionnaire> found = resources(fhir.search(query("Questionnaire", "url", url)), Questionnaire.class);
            assertEquals(1, found.size(), url);
            assertEquals(instrument.withPolicies(List.of()), InstrumentQuestionnaires.toInstrument(found.get(0)),
                    instrument.id().toString());
        }
    }

    @Test
    void the_server_refuses_an_organization_as_an_observation_subject() {
        // R4 allows Patient, Group, Device or Location as Observation.subject; HAPI's JPA server
        // enforces reference target types by default. Its refusal shows the check is on.
        Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL);
        o.getCode().addCoding(NO_SHOWS.copy());
        o.setSubject(new Reference(TEAM));
        FhirHttp.Answer answer = fhir.post(o);
        assertTrue(answer.status() == 400 || answer.status() == 422, "HTTP " + answer.status() + ": " + answer.body());
        assertTrue(answer.body().contains("Observation.subject") && answer.body().contains("Organization"),
                answer.body());
    }

    @Test
    void responses_found_by_subject_across_pages_score_as_the_responses_sent() {
        requireStored();
        List<Bundle> pages = fhir.search(query("QuestionnaireResponse", "subject", TEAM, "_count", PAGE, "_total", "accurate"));
        assertEquals(RESPONSES.size(), pages.get(0).getTotal(), "the server's count of the team's responses");
        assertTrue(pages.size() >= 3, pages.size() + " pages of " + PAGE);
        Map<String, QuestionnaireResponse> found = byId(resources(pages, QuestionnaireResponse.class));
        assertEquals(RESPONSES.keySet(), found.keySet());
        for (var e : RESPONSES.entrySet()) {
            AssessmentResponse sent = FhirResponses.toAssessment(e.getValue(), pacic);
            AssessmentResponse back = FhirResponses.toAssessment(found.get(e.getKey()), pacic);
            assertEquals(sent, back, e.getKey());
            assertEquals(REPORTS.get(e.getKey()), pacic.score(back), e.getKey());
        }
        // By date too: the responses authored in one week (the portal's time zone), counted from what was sent.
        OffsetDateTime from = OffsetDateTime.parse("2026-11-09T00:00:00-08:00");
        OffsetDateTime to = from.plusDays(7);
        long sentInWeek = RESPONSES.values().stream()
                .map(qr -> OffsetDateTime.parse(qr.getAuthoredElement().getValueAsString()))
                .filter(t -> !t.isBefore(from) && t.isBefore(to)).count();
        assertTrue(sentInWeek > 0 && sentInWeek < RESPONSES.size(), "the week holds some of the responses: " + sentInWeek);
        DateTimeFormatter fhirDateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
        List<Bundle> week = fhir.search(query("QuestionnaireResponse", "subject", TEAM,
                "authored", "ge" + fhirDateTime.format(from), "authored", "lt" + fhirDateTime.format(to), "_count", PAGE));
        assertEquals(sentInWeek, resources(week, QuestionnaireResponse.class).size(), "responses authored from " + from);
    }

    @Test
    void score_observations_found_by_focus_and_code_across_pages_carry_the_scores_sent() {
        requireStored();
        String code = Canonicals.INSTRUMENT_SCORES + "|" + pacic.id();
        List<Bundle> pages = fhir.search(query("Observation", "focus", TEAM, "code", code, "_count", PAGE,
                "_total", "accurate"));
        assertEquals(SCORES.size(), pages.get(0).getTotal(), "the server's count of the team's PACIC scores");
        assertTrue(pages.size() >= 3, pages.size() + " pages of " + PAGE);
        Map<String, Observation> found = new TreeMap<>();
        for (Observation o : resources(pages, Observation.class)) {
            assertEquals(1, o.getDerivedFrom().size(), o.getIdElement().getIdPart());
            String from = o.getDerivedFromFirstRep().getReferenceElement().getIdPart();
            assertEquals("QuestionnaireResponse", o.getDerivedFromFirstRep().getReferenceElement().getResourceType());
            if (found.put(from, o) != null) {
                fail("two scores derived from " + from);
            }
        }
        assertEquals(new TreeMap<>(SCORES).keySet(), found.keySet(), "one score per response, derived from it");
        for (var e : SCORES.entrySet()) {
            Observation back = found.get(e.getKey());
            assertSameContent(e.getValue(), back, "score of " + e.getKey());
            ScoreReport report = REPORTS.get(e.getKey());
            if (report.overall().isPresent()) {
                assertEquals(report.overall().getAsDouble(), back.getValueQuantity().getValue().doubleValue(), 1e-4,
                        e.getKey());
            } else {
                assertTrue(back.hasDataAbsentReason() && !back.hasValue(), e.getKey());
            }
            List<SubscaleScore> subscales = report.subscales();
            assertEquals(subscales.size(), back.getComponent().size(), e.getKey());
            for (int i = 0; i < subscales.size(); i++) {
                Observation.ObservationComponentComponent c = back.getComponent().get(i);
                assertEquals(subscales.get(i).id(), c.getCode().getCodingFirstRep().getCode(), e.getKey());
                if (subscales.get(i).score().isPresent()) {
                    assertEquals(subscales.get(i).score().getAsDouble(), c.getValueQuantity().getValue().doubleValue(),
                            1e-4, e.getKey() + " " + subscales.get(i).id());
                }
            }
        }
    }

    @Test
    void chart_points_found_by_focus_code_and_date_across_pages_are_the_chart_series() {
        requireStored();
        String code = NO_SHOWS.getSystem() + "|" + NO_SHOWS.getCode();
        List<Bundle> pages = fhir.search(query("Observation", "focus", TEAM, "code", code, "_count", PAGE,
                "_total", "accurate"));
        assertEquals(chart.size(), pages.get(0).getTotal(), "the server's count of the chart's points");
        assertTrue(pages.size() >= 3, pages.size() + " pages of " + PAGE);
        Map<LocalDate, Observation> found = byDate(resources(pages, Observation.class));
        assertEquals(chart.size(), found.size(), "one point per date");
        List<Observation> sentPoints = chartBundle.getEntry().subList(0, chart.size()).stream()
                .map(e -> (Observation) e.getResource()).toList();
        for (int p = 0; p < chart.size(); p++) {
            LocalDate date = chart.date(p).orElseThrow();
            Observation back = found.get(date);
            assertNotNull(back, "the point of " + date);
            assertSameContent(sentPoints.get(p), back, "point " + p + " (" + date + ")");
            Quantity value = back.getValueQuantity();
            assertEquals(chart.value(p), value.getValue().doubleValue(), 1e-9 * Math.max(1, Math.abs(chart.value(p))),
                    "value of " + date);
        }
        // Mapped into ccm: MeasureBundles reads the points found (all pages as one Bundle: it refuses a
        // single page of a search) as a series with the chart's dates and values.
        Bundle allPoints = new Bundle().setType(Bundle.BundleType.COLLECTION);
        found.values().forEach(o -> allPoints.addEntry().setFullUrl(server.base() + "/Observation/"
                + o.getIdElement().getIdPart()).setResource(o));
        Series back = MeasureBundles.toSeries(allPoints, "No-show rate, c1-team1", NO_SHOWS.getSystem(), NO_SHOWS.getCode());
        // Each point keeps its numerator and denominator, so the series read back is the chart's own.
        assertEquals(chart.series().orElseThrow().observations(), back.observations(), "the series read back");

        // By date: the points of 2025 alone, counted from the chart sent.
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2026, 1, 1);
        long sentIn2025 = found.keySet().stream().filter(d -> !d.isBefore(from) && d.isBefore(to)).count();
        assertTrue(sentIn2025 > 0 && sentIn2025 < chart.size(), "2025 holds some of the points: " + sentIn2025);
        List<Observation> in2025 = resources(fhir.search(query("Observation", "focus", TEAM, "code", code,
                "date", "ge" + from, "date", "lt" + to, "_count", PAGE)), Observation.class);
        assertEquals(sentIn2025, in2025.size(), "points dated in 2025");
        assertTrue(in2025.stream().allMatch(o -> !date(o).isBefore(from) && date(o).isBefore(to)),
                in2025.stream().map(o -> date(o).toString()).collect(Collectors.joining(", ")));
    }

    @Test
    void the_chart_observation_is_found_by_code_and_lists_the_stored_points_in_order() {
        requireStored();
        List<Bundle> pages = fhir.search(query("Observation", "focus", TEAM,
                "code", Canonicals.CHART_LINES + "|chart", "_total", "accurate"));
        List<Observation> charts = resources(pages, Observation.class);
        assertEquals(1, charts.size(), "the chart's Observation");
        Observation back = charts.get(0);
        Observation sent = (Observation) chartBundle.getEntry().get(chart.size()).getResource();
        Observation sentWithoutMembers = sent.copy();
        sentWithoutMembers.getHasMember().clear();
        Observation backWithoutMembers = back.copy();
        backWithoutMembers.getHasMember().clear();
        assertSameContent(sentWithoutMembers, backWithoutMembers, "the chart");

        // Its members, once urn:uuid references, now refer to the stored points, in the chart's order.
        String code = NO_SHOWS.getSystem() + "|" + NO_SHOWS.getCode();
        Map<String, Observation> points = new TreeMap<>();
        resources(fhir.search(query("Observation", "focus", TEAM, "code", code, "_count", PAGE)), Observation.class)
                .forEach(o -> points.put("Observation/" + o.getIdElement().getIdPart(), o));
        assertEquals(chart.size(), back.getHasMember().size());
        for (int p = 0; p < chart.size(); p++) {
            String ref = back.getHasMember().get(p).getReferenceElement().toUnqualifiedVersionless().getValue();
            Observation point = points.get(ref);
            assertNotNull(point, "member " + p + " (" + ref + ") is a stored point");
            assertEquals(chart.date(p).orElseThrow(), date(point), "member " + p);
        }
        // Mapped into ccm: the chart's Observation and its points, as found, make the chart again.
        Bundle found = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (var member : back.getHasMember()) {
            String ref = member.getReferenceElement().toUnqualifiedVersionless().getValue();
            found.addEntry().setFullUrl(server.base() + "/" + ref).setResource(points.get(ref));
        }
        found.addEntry().setFullUrl(server.base() + "/Observation/" + back.getIdElement().getIdPart()).setResource(back);
        ProcessChart again = ChartObservations.toChart(found);
        assertEquals(chart.series().orElseThrow().observations(), again.series().orElseThrow().observations());
        assertEquals(chart.signals(), again.signals(), "the same signals, judged again from the same points");
        assertEquals(chart.verdict(), again.verdict());
    }

    // ---- helpers

    /** The same resource, but for what a server adds or assigns: id and meta. */
    private static void assertSameContent(Resource sent, Resource back, String what) {
        Resource a = sent.copy();
        Resource b = back.copy();
        a.setIdElement(null);
        a.setMeta(null);
        b.setIdElement(null);
        b.setMeta(null);
        if (!a.equalsDeep(b)) {
            fail(what + " differs from what was sent:\nsent: " + FhirJson.toJson(a) + "\nback: " + FhirJson.toJson(b));
        }
    }

    private static <T extends Resource> List<T> resources(List<Bundle> pages, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Bundle page : pages) {
            for (BundleEntryComponent e : page.getEntry()) {
                if (type.isInstance(e.getResource())) {
                    out.add(type.cast(e.getResource()));
                }
            }
        }
        return out;
    }

    private static <T extends Resource> Map<String, T> byId(List<T> resources) {
        Map<String, T> out = new TreeMap<>();
        for (T r : resources) {
            if (out.put(r.getIdElement().getIdPart(), r) != null) {
                fail("found twice: " + r.getIdElement().getIdPart());
            }
        }
        return out;
    }

    private static Map<LocalDate, Observation> byDate(List<Observation> observations) {
        Map<LocalDate, Observation> out = new TreeMap<>();
        for (Observation o : observations) {
            if (out.put(date(o), o) != null) {
                fail("two points on " + date(o));
            }
        }
        return out;
    }

    private static LocalDate date(Observation o) {
        return LocalDate.parse(o.getEffectiveDateTimeType().getValueAsString().substring(0, 10));
    }

    /** {@code Type?name=value&...}, each value URL-encoded ({@code |} in a token, {@code /} in a reference). */
    private static String query(String type, Object... nameValues) {
        StringBuilder q = new StringBuilder(type).append('?');
        for (int i = 0; i < nameValues.length; i += 2) {
            q.append(i == 0 ? "" : "&").append(nameValues[i]).append('=')
                    .append(URLEncoder.encode(String.valueOf(nameValues[i + 1]), StandardCharsets.UTF_8));
        }
        return q.toString();
    }
}

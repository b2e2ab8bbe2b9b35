package org.ccmcoach.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.json.InvalidCcmValueException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The service started on a random loopback port and called over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class CcmServiceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper springsMapper;

    @Autowired
    private Validator springsValidator;

    /** An ACIC 3.5 response: the six organisation items at 4, the 28 others at 7. */
    private static String acicResponse(String answerOf2point1) {
        StringBuilder json = new StringBuilder("{\n  \"instrument\": \"acic-3.5\",\n  \"subject\": \"practice-7\",\n"
                + "  \"role\": \"consensus\",\n  \"date\": \"2026-03-01\",\n  \"answers\": {\n");
        List<String> items = List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "3a.1", "3a.2", "3a.3",
                "3a.4", "3b.1", "3b.2", "3b.3", "3b.4", "3c.1", "3c.2", "3c.3", "3c.4", "3c.5", "3c.6", "3d.1", "3d.2",
                "3d.3", "3d.4", "3d.5", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6");
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            String value = item.startsWith("1.") ? "4" : item.equals("2.1") ? answerOf2point1 : "7";
            json.append("    \"").append(item).append("\": ").append(value).append(i + 1 < items.size() ? ",\n" : "\n");
        }
        return json.append("  }\n}\n").toString();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(request(path, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void scores_an_acic_response() throws Exception {
        HttpResponse<String> response = post("/scores", acicResponse("7"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = springsMapper.readTree(response.body());
        // ACIC 3.5: overall = mean of the seven element means = (4 + 6 × 7) / 7 = 46 / 7.
        assertEquals(46.0 / 7, report.get("overall").asDouble(), 1e-12);
        assertEquals(34, report.get("answered").asInt());
        assertEquals(7, report.get("subscales").size());
        assertEquals("acic-3.5", report.get("instrument").asString());
    }

    @Test
    void a_malformed_body_is_a_problem_with_its_line_and_column() throws Exception {
        // Line 3 breaks off: `"subject": ` is followed by a closing brace where a value belongs.
        String body = "{\n  \"instrument\": \"acic-3.5\",\n  \"subject\": }\n";
        HttpResponse<String> response = post("/scores", body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = springsMapper.readTree(response.body());
        assertEquals(400, problem.get("status").asInt());
        assertEquals(Problems.INVALID_INPUT.toString(), problem.get("type").asString());
        assertEquals(3, problem.get("line").asInt());
        assertEquals(14, problem.get("column").asInt(), "the `}` is the 14th character of `  \"subject\": }`");
        assertEquals("/subject", problem.get("pointer").asString());
        assertEquals(1, problem.get("problems").size());
    }

    @Test
    void an_answer_outside_the_scale_points_at_the_answer() throws Exception {
        HttpResponse<String> response = post("/scores", acicResponse("15"));
        assertEquals(400, response.statusCode(), response.body());
        JsonNode problem = springsMapper.readTree(response.body());
        assertEquals("/answers/2.1", problem.get("pointer").asString());
        // "2.1" is the 7th answer: the answers open on line 6, so it is on line 13; `    "2.1": ` is 11 characters.
        assertEquals(13, problem.get("line").asInt());
        assertEquals(12, problem.get("column").asInt());
        assertTrue(problem.get("detail").asString().contains("15"), problem.get("detail").asString());
        assertEquals(1, problem.get("problems").size());
    }

    @Test
    void a_body_over_the_services_bound_is_refused_after_reading_the_bound() throws Exception {
        // 1.1 MiB of spaces before a valid response: valid JSON, longer than the service reads (1 MiB).
        String body = " ".repeat(RequestBodies.MAX_BODY_BYTES + 100 * 1024) + acicResponse("7");
        HttpResponse<String> response = post("/scores", body);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(Problems.BODY_TOO_LARGE.toString(), springsMapper.readTree(response.body()).get("type").asString());
        // Without a Content-Length (chunked), the same body is read up to one byte past the bound, then refused.
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/scores"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals(Problems.BODY_TOO_LARGE.toString(), springsMapper.readTree(chunked.body()).get("type").asString());
        // An empty body is a ccm fault like any other, with its place.
        JsonNode empty = springsMapper.readTree(post("/scores", "").body());
        assertEquals(400, empty.get("status").asInt());
        assertEquals("", empty.get("pointer").asString());
    }

    @Test
    void an_instrument_the_service_does_not_know_points_at_its_name() throws Exception {
        // Valid JSON and a valid response on its own: refused after reading, placed by CcmJson.locate.
        String body = acicResponse("7").replace("\"acic-3.5\"", "\"acic-9\"");
        HttpResponse<String> response = post("/scores", body);
        assertEquals(400, response.statusCode(), response.body());
        JsonNode problem = springsMapper.readTree(response.body());
        assertEquals("/instrument", problem.get("pointer").asString());
        // `  "instrument": "acic-9",` is line 2; the value starts after 16 characters, at column 17.
        assertEquals(2, problem.get("line").asInt());
        assertEquals(17, problem.get("column").asInt());
        assertTrue(problem.get("detail").asString().contains("acic-3.5"), "names the instruments it knows");
    }

    /** The problem details of a 400, with its first problem's place. */
    private JsonNode badRequest(String body) throws Exception {
        HttpResponse<String> response = post("/scores", body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = springsMapper.readTree(response.body());
        assertEquals(400, problem.get("status").asInt());
        assertEquals(Problems.INVALID_INPUT.toString(), problem.get("type").asString());
        return problem;
    }

    /** Asserts the place of the first problem, at the top level and in the list of problems alike, and returns its rule. */
    private static String placed(JsonNode problem, String pointer, int line, int column) {
        assertEquals(pointer, problem.get("pointer").asString(), problem.toString());
        assertEquals(line, problem.get("line").asInt(), problem.toString());
        assertEquals(column, problem.get("column").asInt(), problem.toString());
        JsonNode first = problem.get("problems").get(0);
        assertEquals(pointer, first.get("pointer").asString());
        assertEquals(line, first.get("line").asInt());
        assertEquals(column, first.get("column").asInt());
        String detail = problem.get("detail").asString();
        assertTrue(detail.contains(pointer + " (line " + line + ", column " + column + ")"), "the detail names the place: " + detail);
        return first.get("rule").asString();
    }

    @Test
    void an_unknown_property_is_refused_by_name() throws Exception {
        // Line 4 is `  "roel": "consensus",`: Jackson places it at the value, after 10 characters: column 11.
        String body = acicResponse("7").replace("\"role\": \"consensus\"", "\"roel\": \"consensus\"");
        String rule = placed(badRequest(body), "/roel", 4, 11);
        assertTrue(rule.startsWith("unknown property \"roel\"; known properties: answers, date, instrument, "), rule);
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_at_the_value() throws Exception {
        // Line 5 is `  "date": 20260301,`: the number starts after 10 characters, at column 11.
        String rule = placed(badRequest(acicResponse("7").replace("\"2026-03-01\"", "20260301")), "/date", 5, 11);
        assertEquals("must be a date as YYYY-MM-DD (was 20260301)", rule);
    }

    @Test
    void a_fraction_on_the_whole_point_scale_is_refused_at_the_answer() throws Exception {
        // As the answer of 15: item 2.1 on line 13, its value at column 12.
        String rule = placed(badRequest(acicResponse("5.5")), "/answers/2.1", 13, 12);
        assertTrue(rule.contains("whole point"), rule);
    }

    @Test
    void an_item_the_instrument_does_not_have_is_refused_at_its_answer() throws Exception {
        // "9.9" in the place of "2.1": line 13, the value at column 12.
        String rule = placed(badRequest(acicResponse("7").replace("\"2.1\"", "\"9.9\"")), "/answers/9.9", 13, 12);
        assertEquals("is not an item of acic-3.5", rule);
    }

    @Test
    void a_missing_required_property_is_named_at_the_object_that_lacks_it() throws Exception {
        // No value is at /date: the problem is the response's, at its `{`, line 1, column 1 (the document).
        JsonNode problem = badRequest(acicResponse("7").replace("  \"date\": \"2026-03-01\",\n", ""));
        assertEquals("required property \"date\" is missing", placed(problem, "", 1, 1));
    }

    @Test
    void a_duplicate_key_is_refused_at_the_second() throws Exception {
        // "2.1" again in the place of "2.2", on line 14. The parser stops right after the second name, as CcmJson
        // reports it too: 4 spaces and `"2.1"` are 9 characters, so column 10.
        String rule = placed(badRequest(acicResponse("7").replace("\"2.2\"", "\"2.1\"")), "/answers/2.1", 14, 10);
        assertTrue(rule.contains("\"2.1\""), rule);
    }

    @Test
    void an_identifier_that_breaks_its_rule_is_refused_at_the_string() throws Exception {
        // Line 3 is `  "subject": "",`: the string starts after 13 characters, at column 14.
        placed(badRequest(acicResponse("7").replace("\"practice-7\"", "\"\"")), "/subject", 3, 14);
    }

    /** Twelve months at 10 %, then twelve at 20 %, of 100 visits each; a PDSA cycle from the thirteenth. */
    private static String series() {
        StringBuilder json = new StringBuilder("{\"name\": \"Foot exams missed\", \"direction\": \"DOWN\", \"observations\": [");
        for (int m = 0; m < 24; m++) {
            json.append(m == 0 ? "" : ", ").append(String.format("{\"date\": \"%d-%02d-01\", \"numerator\": %d, \"denominator\": 100}",
                    2025 + m / 12, m % 12 + 1, m < 12 ? 10 : 20));
        }
        return json.append("], \"annotations\": [{\"date\": \"2026-01-01\", \"text\": \"cycle 1: new rota\", "
                + "\"cycle\": \"rota-1\"}]}").toString();
    }

    @Test
    void a_run_chart_finds_the_shift_and_calls_it_deterioration() throws Exception {
        HttpResponse<String> response = post("/charts/run", series());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode chart = springsMapper.readTree(response.body());
        // Median of twelve 0.10 and twelve 0.20 is 0.15; all 24 points lie off it, twelve on each side:
        // two runs of 12, each past the IHI shift rule's 6, and upward is worse for a DOWN measure. The
        // rise comes after the cycle, a deterioration; the twelve months before it lie below the median
        // without a direction.
        assertEquals("SIGNAL", chart.get("verdict").asString());
        assertEquals(0.15, chart.get("centreLines").get(0).asDouble(), 1e-12);
        boolean deterioration = false;
        for (JsonNode signal : chart.get("signals")) {
            deterioration |= signal.get("meaning").asString().equals("DETERIORATION")
                    && signal.get("points").size() == 12 && signal.get("points").get(0).asInt() == 12;
        }
        assertTrue(deterioration, response.body());
        for (JsonNode signal : chart.get("signals")) {
            if (signal.get("points").size() > 0 && signal.get("points").get(0).asInt() < 12) {
                assertTrue(signal.get("meaning").asString().matches("BEFORE_CHANGE|ACROSS_CHANGE|UNCLASSIFIED"), response.body());
            }
        }
    }

    @Test
    void a_p_chart_has_its_centre_line_and_signals() throws Exception {
        HttpResponse<String> response = post("/charts/p", series());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode chart = springsMapper.readTree(response.body());
        // p̄ = (12 × 10 + 12 × 20) / 2400 = 0.15; limits 0.15 ± 3·√(0.15 · 0.85 / 100) = 0.15 ± 0.107: 0.043 to 0.257,
        // so no point is outside, but the shift of 12 points on each side still signals.
        assertEquals(0.15, chart.get("centreLines").get(5).asDouble(), 1e-12);
        assertEquals("SIGNAL", chart.get("verdict").asString());
        for (JsonNode signal : chart.get("signals")) {
            assertFalse(signal.get("rule").asString().equals("BEYOND_LIMITS"), response.body());
        }
    }

    @Test
    void a_chart_that_does_not_fit_or_does_not_exist_is_a_problem() throws Exception {
        HttpResponse<String> counts = post("/charts/c", series());
        assertEquals(422, counts.statusCode(), counts.body());
        assertEquals("application/problem+json", counts.headers().firstValue("Content-Type").orElseThrow());
        JsonNode doesNotFit = springsMapper.readTree(counts.body());
        assertEquals(Problems.CHART_DOES_NOT_FIT.toString(), doesNotFit.get("type").asString());
        assertTrue(doesNotFit.get("detail").asString().startsWith("a c chart does not fit this series: "), counts.body());
        HttpResponse<String> none = post("/charts/xbar", series());
        assertEquals(404, none.statusCode(), none.body());
        assertTrue(springsMapper.readTree(none.body()).get("detail").asString().contains("run, i, mr, p, u, c, p-prime, u-prime"));
    }

    @Test
    void a_concurrent_burst_is_answered_alike() throws Exception {
        String expected = post("/scores", acicResponse("7")).body();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = i % 4 == 3 ? "/charts/run" : "/scores";
            String body = i % 4 == 3 ? series() : i % 4 == 2 ? acicResponse("15") : acicResponse("7");
            burst.add(HTTP.sendAsync(request(path, body), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < burst.size(); i++) {
            HttpResponse<String> response = burst.get(i).join();
            int status = i % 4 == 2 ? 400 : 200;
            assertEquals(status, response.statusCode(), response.body());
            if (i % 4 < 2) {
                assertEquals(expected, response.body(), "request " + i);
            }
        }
    }

    @Test
    void ccm_bom_gives_the_service_the_jackson_ccm_is_built_on() {
        // Spring Boot 4.0.7 alone would give Jackson 3.1.4; the imported ccm-bom wins over its Jackson BOM.
        assertEquals("3.2.4", tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertEquals("2.22", com.fasterxml.jackson.annotation.JsonProperty.class.getPackage().getImplementationVersion());
    }

    @Test
    void springs_own_faults_are_problem_details_too() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/scores"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(415, springsMapper.readTree(response.body()).get("status").asInt());
    }

    @Test
    void springs_own_json_mapper_reads_and_writes_ccm_types_strictly() {
        // Spring Boot finds ccm's Jackson module by ServiceLoader: absent values are left out,
        // and an unknown property of a ccm type is refused although Jackson 3 ignores them by default.
        Practice practice = Practice.builder().id(PracticeId.of("p-1")).name("Elm Street").organization("North").build();
        String json = springsMapper.writeValueAsString(practice);
        assertFalse(json.contains("location"), json);
        assertEquals(practice, springsMapper.readValue(json, Practice.class));
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class, () -> springsMapper.readValue(
                "{\"id\":\"p-1\",\"name\":\"Elm Street\",\"organization\":\"North\",\"panelsize\":5}", Practice.class));
        assertEquals("panelsize", e.getPropertyName());
        // A broken rule is a Jackson input mismatch too, which is why Spring answers it 400, not 500.
        InvalidCcmValueException offScale = assertThrows(InvalidCcmValueException.class,
                () -> springsMapper.readValue(acicResponse("15"), AssessmentResponse.class));
        assertEquals("/answers/2.1", offScale.pointer());
    }

    @Test
    void springs_own_converter_reports_a_broken_rule_as_unreadable_input_which_spring_answers_400() {
        // Spring's converter on Spring's mapper, without this service's handler: a Jackson exception other than a
        // type-definition error becomes HttpMessageNotReadableException, Spring's 400; a raw CcmValidationException
        // passed through it untouched, as a 500.
        JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(springsMapper);
        HttpMessageNotReadableException e = assertThrows(HttpMessageNotReadableException.class, () -> converter.read(
                AssessmentResponse.class, new MockHttpInputMessage(acicResponse("15").getBytes(StandardCharsets.UTF_8))));
        InvalidCcmValueException cause = assertInstanceOf(InvalidCcmValueException.class, e.getCause());
        // As over HTTP: item 2.1 on line 13, its value at column 12.
        assertEquals(new Location.JsonValue("/answers/2.1", 13, 12), cause.problems().get(0).location());
        assertTrue(e.getMessage().contains("/answers/2.1 (line 13, column 12)"), "Spring's own message names the place: " + e.getMessage());
    }

    /** A request type of the application's own that holds a ccm value. */
    record Enrolment(@Valid Practice practice, @Positive int months) {
    }

    @Test
    void springs_own_validator_checks_ccm_values_inside_the_applications_types() {
        Practice practice = Practice.builder().id(PracticeId.of("p-1")).name("Elm Street").organization("North").build();
        assertEquals(Set.of(), springsValidator.validate(practice), "a built ccm value keeps its rules");
        Set<ConstraintViolation<Enrolment>> violations = springsValidator.validate(new Enrolment(practice, 0));
        assertEquals(1, violations.size());
        assertEquals("months", violations.iterator().next().getPropertyPath().toString());
    }
}

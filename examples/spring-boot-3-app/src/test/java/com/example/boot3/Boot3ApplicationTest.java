package com.example.boot3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.StringJoiner;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.json.CcmJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** ccm inside a running Spring Boot 3 application: Spring keeps its Jackson 2 and Hibernate Validator 8. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class Boot3ApplicationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper springsJackson2;

    @Autowired
    private Validator springsValidator;

    @Test
    void the_class_path_has_spring_boot_3s_jackson_2_and_the_annotations_ccm_bom_gives() {
        assertTrue(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString().startsWith("2.19."),
                "Spring Boot 3.5's Jackson 2");
        assertEquals("2.22", JsonProperty.class.getPackage().getImplementationVersion());
        assertEquals("3.2.4", tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertTrue(org.hibernate.validator.HibernateValidator.class.getPackage().getImplementationVersion().startsWith("8."),
                "Spring Boot 3.5's Hibernate Validator 8");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An ACIC 3.5 response, one answer a line: the answers open on line 5, so item 1.1 is on line 6, its value at column 12. */
    private static String acic(String answerTo11) {
        StringJoiner answers = new StringJoiner(",\n");
        for (String item : org.ccmcoach.assessment.Instruments.acic35().items().stream().map(i -> i.id()).toList()) {
            answers.add("    \"" + item + "\": " + (item.equals("1.1") ? answerTo11 : "5"));
        }
        return "{\n  \"instrument\": \"acic-3.5\",\n  \"subject\": \"p-1\",\n  \"date\": \"2026-03-01\",\n  \"answers\": {\n"
                + answers + "\n  }\n}\n";
    }

    @Test
    void a_request_body_of_a_ccm_type_is_bound_and_its_report_written_by_ccm() throws Exception {
        HttpResponse<String> response = post("/scores", acic("5"));
        assertEquals(200, response.statusCode(), response.body());
        // All 34 ACIC 3.5 items at 5: every element mean is 5, and so is the overall mean of the seven.
        assertEquals(5.0, springsJackson2.readTree(response.body()).get("overall").asDouble(), 1e-12);
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        // Written by ccm's writer, byte for byte.
        AssessmentResponse sent = CcmJson.parse(acic("5"), AssessmentResponse.class);
        assertEquals(CcmJson.toJson(org.ccmcoach.assessment.Instruments.acic35().score(sent)), response.body());
    }

    /** The problem details of a 400. */
    private JsonNode badRequest(String body) throws Exception {
        HttpResponse<String> response = post("/scores", body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        return springsJackson2.readTree(response.body());
    }

    @Test
    void an_answer_off_the_scale_is_a_400_naming_its_place() throws Exception {
        JsonNode problem = badRequest(acic("15"));
        assertEquals("/answers/1.1", problem.get("pointer").asText());
        assertEquals(6, problem.get("line").asInt());
        assertEquals(12, problem.get("column").asInt(), "`    \"1.1\": ` is 11 characters");
        assertTrue(problem.get("detail").asText().startsWith("Cannot read AssessmentResponse at /answers/1.1 (line 6, column 12): "),
                problem.toString());
        assertEquals("item 1.1 must be from 0 to 11 in whole points", problem.get("problems").get(0).get("rule").asText());
    }

    @Test
    void malformed_json_and_an_unknown_property_are_400s_naming_their_place() throws Exception {
        // Line 3 is `  "subject": ,`: the comma where a value belongs is the 14th character.
        JsonNode malformed = badRequest(acic("5").replace("\"p-1\"", ""));
        assertEquals("/subject", malformed.get("pointer").asText());
        assertEquals(3, malformed.get("line").asInt());
        assertEquals(14, malformed.get("column").asInt());
        // Line 3 again, `  "subjekt": "p-1",`: CcmJson places an unknown property at its value, after 13 characters.
        JsonNode unknown = badRequest(acic("5").replace("\"subject\"", "\"subjekt\""));
        assertEquals("/subjekt", unknown.get("pointer").asText());
        assertEquals(3, unknown.get("line").asInt());
        assertEquals(14, unknown.get("column").asInt());
    }

    @Test
    void the_applications_own_types_stay_with_springs_jackson_2() throws Exception {
        // Jackson 2 as Spring Boot configures it ignores an unknown property; ccm's reader would refuse it.
        HttpResponse<String> response = post("/notes", "{\"text\": \"hello\", \"stars\": 4, \"extra\": true}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"text\":\"hello\",\"stars\":4}", response.body());
        assertEquals(new Boot3Application.Note("hello", 4), springsJackson2.readValue(response.body(), Boot3Application.Note.class));
    }

    @Test
    void a_ccm_value_inside_an_applications_own_type_is_beyond_jackson_2() {
        // What the README says does not work: Jackson 2 sees neither ccm's Jackson 3 binding nor its module,
        // so it cannot build a Practice; Spring answers such a body 500. Bind ccm types as the whole body.
        Practice practice = Practice.builder().id(PracticeId.of("p-1")).name("Elm Street").organization("North").build();
        String json = "{\"practice\": " + CcmJson.toJson(practice) + ", \"months\": 3}";
        assertThrows(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
                () -> springsJackson2.readValue(json, Enrolment.class));
    }

    @Test
    void ccm_values_keep_their_rules_on_hibernate_validator_8() {
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> Practice.builder().id(PracticeId.of("p-1")).name(" ").organization("North").build());
        assertEquals("Practice.name: must not be blank (was \" \")", e.getMessage());
        Practice practice = Practice.builder().id(PracticeId.of("p-1")).name("Elm Street").organization("North").build();
        assertEquals(practice, CcmJson.parse(CcmJson.toJson(practice), Practice.class));
        assertEquals(1, springsValidator.validate(new Enrolment(practice, 0)).size());
    }

    /** A type of the application's own that holds a ccm value. */
    record Enrolment(@Valid Practice practice, @Positive int months) {
    }
}

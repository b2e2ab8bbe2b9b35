package com.example.boot3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.StringJoiner;
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

    @Test
    void an_acic_response_is_scored_over_http() throws Exception {
        // All 34 ACIC 3.5 items at 5: every element mean is 5, and so is the overall mean of the seven.
        StringJoiner answers = new StringJoiner(", ");
        for (String item : org.ccmcoach.assessment.Instruments.acic35().items().stream().map(i -> i.id()).toList()) {
            answers.add("\"" + item + "\": 5");
        }
        String body = "{\"instrument\": \"acic-3.5\", \"subject\": \"p-1\", \"date\": \"2026-03-01\", \"answers\": {" + answers + "}}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/scores")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(5.0, springsJackson2.readTree(response.body()).get("overall").asDouble(), 1e-12);
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

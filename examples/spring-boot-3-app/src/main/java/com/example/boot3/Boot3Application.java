package com.example.boot3;

import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.json.CcmJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot 3 application whose one endpoint scores an assessment response with ccm. */
@SpringBootApplication
@RestController
public class Boot3Application {

    /**
     * Starts the application.
     *
     * @param args  Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(Boot3Application.class, args);
    }

    /**
     * Scores a response: ccm reads the body and writes the report as JSON text, beside Spring's own Jackson 2.
     *
     * @param body  the response as JSON
     * @return the score report as JSON
     */
    @PostMapping(path = "/scores", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public String score(@RequestBody byte[] body) {
        AssessmentResponse response = CcmJson.parse(body, AssessmentResponse.class);
        return CcmJson.toJson(Instruments.find(response.instrument()).orElseThrow().score(response));
    }
}

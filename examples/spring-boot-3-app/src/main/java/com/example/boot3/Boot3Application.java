package com.example.boot3;

import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A Spring Boot 3 application that binds ccm's types as request and response bodies through
 * {@link CcmHttpMessageConverter}, while Spring's Jackson 2 binds the application's own types.
 */
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
     * ccm's types to and from JSON through ccm's own reader and writer; Spring Boot puts a converter
     * bean before its Jackson 2 converter.
     *
     * @return the converter
     */
    @Bean
    CcmHttpMessageConverter ccmJson() {
        return new CcmHttpMessageConverter();
    }

    /**
     * Scores a response against the built-in instrument it names.
     *
     * @param response  the response, read and checked by ccm
     * @return its score report, written by ccm
     */
    @PostMapping(path = "/scores", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ScoreReport score(@RequestBody AssessmentResponse response) {
        return Instruments.find(response.instrument()).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY,
                "no instrument \"" + response.instrument().value() + "\" is built in or registered")).score(response);
    }

    /**
     * A type of the application's own, bound by Spring's Jackson 2.
     *
     * @param text  the note's text
     * @param stars  a rating
     */
    public record Note(String text, int stars) {
    }

    /**
     * Echoes a note of the application's own type: Spring's Jackson 2 reads and writes it.
     *
     * @param note  the note
     * @return the same note
     */
    @PostMapping(path = "/notes", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Note note(@RequestBody Note note) {
        return note;
    }
}

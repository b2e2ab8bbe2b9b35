package org.ccmcoach.examples.service;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.ccmcoach.json.CcmJsonException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad input as RFC 9457 problem details ({@code application/problem+json}). A fault in a ccm value
 * carries ccm's location as extension members: {@code pointer} (RFC 6901), {@code line} and
 * {@code column} (from 1; 0 when unknown), and {@code violations}, each rule broken with its path.
 * Each type URI names a row of the README's "Problem types". Spring's own faults (a wrong method or
 * media type) keep Spring's problem details.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    static final URI INVALID_INPUT = URI.create("https://github.com/ccmcoach/ccm#problem-invalid-input");
    static final URI CHART_DOES_NOT_FIT = URI.create("https://github.com/ccmcoach/ccm#problem-chart-does-not-fit");
    static final URI BODY_TOO_LARGE = URI.create("https://github.com/ccmcoach/ccm#problem-body-too-large");
    static final URI UNKNOWN_CHART = URI.create("https://github.com/ccmcoach/ccm#problem-unknown-chart");

    @ExceptionHandler(CcmJsonException.class)
    ProblemDetail invalidInput(CcmJsonException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, "The request body is not a valid ccm value", e);
        problem.setProperty("pointer", e.pointer());
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        // Every problem at its own value: one handler for all of ccm's input errors could take
        // CcmInputException and write each problem's location as it formats itself.
        List<Map<String, Object>> problems = e.problems().stream()
                .map(p -> (org.ccmcoach.core.value.Location.JsonValue) p.location())
                .map(at -> Map.<String, Object>of("pointer", at.pointer(), "line", at.line(), "column", at.column()))
                .toList();
        List<Map<String, Object>> described = new java.util.ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            Map<String, Object> one = new java.util.LinkedHashMap<>(problems.get(i));
            one.put("rule", e.problems().get(i).rule());
            described.add(one);
        }
        problem.setProperty("problems", described);
        return problem;
    }

    @ExceptionHandler(ChartController.ChartDoesNotFitException.class)
    ProblemDetail doesNotFit(ChartController.ChartDoesNotFitException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, CHART_DOES_NOT_FIT, "The chart does not fit the series", e);
        // The whole series is at fault, not one value in it.
        problem.setProperty("pointer", "");
        return problem;
    }

    @ExceptionHandler(RequestBodies.BodyTooLargeException.class)
    ProblemDetail tooLarge(RequestBodies.BodyTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, BODY_TOO_LARGE, "The request body is too large", e);
    }

    @ExceptionHandler(ChartController.UnknownChartException.class)
    ProblemDetail unknownChart(ChartController.UnknownChartException e) {
        return problem(HttpStatus.NOT_FOUND, UNKNOWN_CHART, "No such chart", e);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}

package org.ccmcoach.examples.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.ccmcoach.json.InvalidCcmValueException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Bad input as RFC 9457 problem details ({@code application/problem+json}). A fault in a request
 * body carries ccm's location as extension members: {@code pointer} (RFC 6901), {@code line} and
 * {@code column} (from 1; 0 when unknown) of the first fault, and {@code problems}, each fault with its
 * pointer, line, column and rule. Each type URI names a row of "Problem types" in docs/embedding.md. Spring's
 * own faults (a wrong method or media type) keep Spring's problem details.
 *
 * <p>Spring binds a {@code @RequestBody} with its JsonMapper and answers any Jackson exception as a
 * {@link HttpMessageNotReadableException}, 400, whose cause is the exception: ccm's
 * {@link InvalidCcmValueException} for a value that breaks a rule, Jackson's own for malformed JSON, a
 * duplicate key, an unknown property or a value of the wrong type. {@link CcmJson#problems} gives the
 * problems of either, so this handler needs no body.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    /** Where the problem types are documented, one anchor each. */
    private static final String TYPES = "https://github.com/ccmcoach/ccm/blob/main/docs/embedding.md#";

    static final URI INVALID_INPUT = URI.create(TYPES + "problem-invalid-input");
    static final URI CHART_DOES_NOT_FIT = URI.create(TYPES + "problem-chart-does-not-fit");
    static final URI BODY_TOO_LARGE = URI.create(TYPES + "problem-body-too-large");
    static final URI UNKNOWN_CHART = URI.create(TYPES + "problem-unknown-chart");

    private static final String TITLE = "The request body is not a valid ccm value";

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof RequestBodies.BodyTooLargeException tooLarge) {
                return handleExceptionInternal(e, tooLarge(tooLarge), headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        ProblemDetail problem;
        if (e.getCause() instanceof JacksonException jackson) {
            List<Problem> problems = CcmJson.problems(jackson);
            String detail = jackson instanceof InvalidCcmValueException invalid ? invalid.getOriginalMessage()
                    : "Cannot read the request body at " + problems.get(0);
            problem = invalid(detail, problems);
        } else {
            // Spring's own words, such as "Required request body is missing": the whole body is at fault.
            problem = invalid("Cannot read the request body: the body is empty or not JSON",
                    List.of(Problem.of(Location.json("", 0, 0), "must be a JSON document")));
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(CcmJsonException.class)
    ProblemDetail invalidInput(CcmJsonException e) {
        return invalid(e.getMessage(), e.problems());
    }

    /** A 400 naming every problem at its place; the first one's place also as top-level members. */
    private static ProblemDetail invalid(String detail, List<Problem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_INPUT);
        problem.setTitle(TITLE);
        Location.JsonValue first = (Location.JsonValue) problems.get(0).location();
        problem.setProperty("pointer", first.pointer());
        problem.setProperty("line", first.line());
        problem.setProperty("column", first.column());
        // One handler for all of ccm's input errors could take CcmInputException and write each
        // problem's location as it formats itself; this service reads JSON only.
        List<Map<String, Object>> described = new ArrayList<>();
        for (Problem p : problems) {
            Location.JsonValue at = (Location.JsonValue) p.location();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("pointer", at.pointer());
            one.put("line", at.line());
            one.put("column", at.column());
            one.put("rule", p.rule());
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

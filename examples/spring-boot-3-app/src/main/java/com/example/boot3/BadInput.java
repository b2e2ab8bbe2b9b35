package com.example.boot3;

import java.util.List;
import java.util.Map;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.json.CcmJsonException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * A body ccm refuses, as RFC 9457 problem details naming the place: {@code pointer}, {@code line} and
 * {@code column} of the first problem, and {@code problems}, each with its place and rule. Other
 * unreadable bodies keep Spring's own problem details.
 */
@RestControllerAdvice
class BadInput extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (!(e.getCause() instanceof CcmJsonException ccm)) {
            return super.handleHttpMessageNotReadable(e, headers, status, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ccm.getMessage());
        problem.setTitle("The request body is not a valid ccm value");
        problem.setProperty("pointer", ccm.pointer());
        problem.setProperty("line", ccm.line());
        problem.setProperty("column", ccm.column());
        List<Map<String, Object>> problems = ccm.problems().stream().map(p -> {
            Location.JsonValue at = (Location.JsonValue) p.location();
            return Map.<String, Object>of("pointer", at.pointer(), "line", at.line(), "column", at.column(), "rule", p.rule());
        }).toList();
        problem.setProperty("problems", problems);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}

package com.example.boot3;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes ccm's types as JSON through {@link CcmJson}, in a Spring Boot 3 application whose
 * Spring binds JSON with Jackson 2, which cannot bind ccm's types (ccm's JSON is on Jackson 3).
 *
 * <p>It takes only classes in ccm's packages ({@code org.ccmcoach.*}), so the application's own types
 * stay with Spring's Jackson 2. Declared as a bean, Spring Boot puts it before its Jackson 2
 * converter: {@code @RequestBody AssessmentResponse} is read by ccm's strict reader, and a
 * {@code ScoreReport} returned is written by ccm's writer. Bad input is a
 * {@link HttpMessageNotReadableException} (Spring answers 400) whose cause is the
 * {@link CcmJsonException}, with the JSON Pointer, line and column of each problem.
 *
 * <pre>{@code
 * @Bean
 * CcmHttpMessageConverter ccmJson() {
 *     return new CcmHttpMessageConverter();
 * }
 * }</pre>
 */
public final class CcmHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

    /**
     * A converter for {@code application/json} and every {@code application/*+json} type, always UTF-8
     * (JSON has no charset parameter).
     */
    public CcmHttpMessageConverter() {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type.getName().startsWith("org.ccmcoach.");
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        try {
            // CcmJson reads at most CcmJson.MAX_DOCUMENT_LENGTH bytes (32 MiB) of the stream.
            return CcmJson.read(input.getBody(), type);
        } catch (CcmJsonException e) {
            throw new HttpMessageNotReadableException(e.getMessage(), e, input);
        }
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
        OutputStream body = output.getBody();
        body.write(CcmJson.toJson(value).getBytes(StandardCharsets.UTF_8));
    }
}

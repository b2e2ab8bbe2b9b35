package org.ccmcoach.examples.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.ccmcoach.core.value.Decimals;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Bounds every {@code @RequestBody}, so that no request costs more memory than the bound however
 * long its body: an assessment response or a measure's series is a few KiB, so the service's choice
 * is 1 MiB, far below ccm's own 32 MiB bound for a document. A body that declares a longer
 * {@code Content-Length} is refused before a byte is read; any other is read up to one byte past the
 * bound. The body read is kept as the request attribute {@value #BODY}, so that a rule the service
 * applies after binding can still be placed in the document ({@code CcmJson.locate}).
 */
@ControllerAdvice
class RequestBodies extends RequestBodyAdviceAdapter {

    /** The longest body read, in bytes (1 MiB): the service's choice, above any response or series. */
    static final int MAX_BODY_BYTES = 1 << 20;

    /** The request attribute holding the body's bytes, once bound. */
    static final String BODY = "org.ccmcoach.examples.service.body";

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (message.getHeaders().getContentLength() > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        byte[] bytes = read(message.getBody());
        RequestContextHolder.currentRequestAttributes().setAttribute(BODY, bytes, RequestAttributes.SCOPE_REQUEST);
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    /**
     * Reads a whole body of at most {@link #MAX_BODY_BYTES} bytes.
     *
     * @param body  the request body
     * @return its bytes
     * @throws BodyTooLargeException after reading one byte more than the bound
     */
    static byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        return bytes;
    }

    /** A body longer than the bound. */
    static final class BodyTooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("the request body is longer than " + Decimals.grouped(MAX_BODY_BYTES) + " bytes, the most this service reads");
        }
    }
}

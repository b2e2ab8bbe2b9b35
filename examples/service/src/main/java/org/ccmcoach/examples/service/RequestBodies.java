package org.ccmcoach.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ccmcoach.core.value.Decimals;

/**
 * Reads a request body with a bound, so that no request costs more memory than the bound however
 * long its body: an assessment response or a measure's series is a few KiB, so the service's choice
 * is 1 MiB, far below ccm's own 32 MiB bound for a document.
 */
final class RequestBodies {

    /** The longest body read, in bytes (1 MiB): the service's choice, above any response or series. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private RequestBodies() {
    }

    /**
     * Reads a whole body of at most {@link #MAX_BODY_BYTES} bytes.
     *
     * @param body  the request body
     * @return its bytes
     * @throws BodyTooLargeException after reading one byte more than the bound
     */
    static byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new BodyTooLargeException();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body longer than the bound. */
    static final class BodyTooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("the request body is longer than " + Decimals.grouped(MAX_BODY_BYTES) + " bytes, the most this service reads");
        }
    }
}

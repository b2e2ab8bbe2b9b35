package org.ccmcoach.json;

import java.util.List;
import java.util.Objects;
import org.ccmcoach.core.value.Violation;

/**
 * Thrown when JSON cannot be read as the requested ccm type: malformed JSON, a wrong type, an
 * unknown or duplicate property, or a value that breaks a rule of its type.
 *
 * <p>It says where: {@link #pointer()} is the JSON Pointer (RFC 6901) of the offending value,
 * {@link #line()} and {@link #column()} its position in the text; and what: the message, and
 * {@link #violations()} when a validation rule was broken.
 *
 * <pre>{@code
 * try {
 *     CcmJson.parse("{\"id\": \"\", \"name\": \"A\", \"organization\": \"B\"}", Practice.class);
 * } catch (CcmJsonException e) {
 *     e.pointer();   // "/id"
 *     e.line();      // 1
 *     e.column();    // 8
 * }
 * }</pre>
 */
public final class CcmJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the offending value. */
    private final String pointer;
    /** The line of the offending value, 1-based, 0 when unknown. */
    private final int line;
    /** The column of the offending value, 1-based, 0 when unknown. */
    private final int column;
    private final transient List<Violation> violations;

    CcmJsonException(String message, String pointer, int line, int column, List<Violation> violations,
                     Throwable cause) {
        super(message, cause);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = line;
        this.column = column;
        this.violations = List.copyOf(violations);
    }

    /**
     * The JSON Pointer of the offending value: {@code ""} for the whole document, {@code "/id"}, {@code "/roles/2"}.
     *
     * @return the JSON Pointer of the offending value: {@code ""} for the whole document, {@code "/id"}, {@code "/roles/2"}
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The line of the offending value, counting from 1; 0 when unknown.
     *
     * @return the line of the offending value, counting from 1; 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The column of the offending value, counting from 1; 0 when unknown.
     *
     * @return the column of the offending value, counting from 1; 0 when unknown
     */
    public int column() {
        return column;
    }

    /**
     * The broken validation rules, empty when the fault was in the JSON itself.
     *
     * @return the broken validation rules, empty when the fault was in the JSON itself
     */
    public List<Violation> violations() {
        return violations;
    }
}

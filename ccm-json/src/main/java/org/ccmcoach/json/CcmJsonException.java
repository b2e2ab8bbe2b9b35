package org.ccmcoach.json;

import java.util.List;
import org.ccmcoach.core.value.CcmInputException;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;

/**
 * Thrown when JSON cannot be read as the requested ccm type: malformed JSON, a wrong type, an
 * unknown or duplicate property, or a value that breaks a rule of its type.
 *
 * <p>It says where: {@link #pointer()} is the JSON Pointer (RFC 6901) of the offending value,
 * {@link #line()} and {@link #column()} its position in the text (all three of the first problem); and what: the message, and
 * {@link #problems()}, each broken rule at its own JSON value.
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
public final class CcmJsonException extends CcmInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * An exception for problems found in a document.
     *
     * @param message  the message, naming every problem
     * @param problems  the problems, at least one, each at a {@link Location.JsonValue}
     * @param cause  the failure that revealed them, may be null
     */
    CcmJsonException(String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a JSON exception needs at least one problem");
        }
        for (Problem p : problems) {
            if (!(p.location() instanceof Location.JsonValue)) {
                throw new IllegalArgumentException("a JSON exception's problems are at values of the document (was "
                        + p.location() + ")");
            }
        }
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, each at a {@link Location.JsonValue}: its pointer, line and column} */
    @Override
    public List<Problem> problems() {
        return problems;
    }

    /**
     * {@return the JSON Pointer of the (first) offending value: {@code ""} for the whole document,
     * {@code "/id"}, {@code "/roles/2"}}
     */
    public String pointer() {
        return first().pointer();
    }

    /** {@return the line of the (first) offending value, counting from 1; 0 when unknown} */
    public int line() {
        return first().line();
    }

    /** {@return the column of the (first) offending value, counting from 1; 0 when unknown} */
    public int column() {
        return first().column();
    }

    private Location.JsonValue first() {
        return (Location.JsonValue) problems.get(0).location();
    }
}

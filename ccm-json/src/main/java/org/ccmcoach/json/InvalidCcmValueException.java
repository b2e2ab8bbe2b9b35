package org.ccmcoach.json;

import java.util.List;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown by any Jackson 3 mapper with {@link CcmJacksonModule} when JSON of the right shape holds a
 * ccm value that breaks a rule: of its type ({@code "subject": ""}), of the instrument it names (an
 * answer off the scale, a fraction on a whole-point scale, an item the instrument does not have), or
 * a required property left out.
 *
 * <p>It exists so that such input is, to every framework, what it is: bad input. ccm values check
 * their rules when they are built, and the {@link org.ccmcoach.core.value.CcmValidationException}
 * they throw is no Jackson exception, so a framework would take it for a fault of the server (Spring
 * answers 500); as a Jackson {@link MismatchedInputException} it is answered as bad input (Spring
 * answers 400), and a handler can still read ccm's {@link #problems()}. Each problem is at its own
 * JSON value: the JSON Pointer, line and column, noted while the value was read. {@link CcmJson}
 * throws {@link CcmJsonException} instead, as it always has.
 *
 * <pre>{@code
 * try {
 *     mapper.readValue(body, AssessmentResponse.class);   // an application's own JsonMapper
 * } catch (InvalidCcmValueException e) {
 *     e.pointer();      // "/answers/1.1"
 *     e.problems();     // each broken rule: location (pointer, line, column), rule, value
 * }
 * }</pre>
 */
public final class InvalidCcmValueException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    /** Jackson's constructors of this family set no cause, and a set cause cannot be set again. */
    private final CcmValidationException failure;

    /**
     * An exception for rules a value read broke.
     *
     * @param parser  the parser that read the value
     * @param type  the type of the value refused
     * @param message  the message, naming the place and every rule broken
     * @param problems  the problems, at least one, each at a {@link Location.JsonValue}
     * @param cause  the value's own refusal
     */
    InvalidCcmValueException(JsonParser parser, Class<?> type, String message, List<Problem> problems,
                             CcmValidationException cause) {
        super(parser, message, location(parser, problems));
        this.problems = List.copyOf(problems);
        this._targetType = org.ccmcoach.core.value.CcmValidator.publicType(type);
        this.failure = cause;
    }

    /** {@return the value's own refusal, each rule at a property of the value rather than in the document} */
    @Override
    public synchronized CcmValidationException getCause() {
        return failure;
    }

    /** Jackson's location of the first problem, so that Jackson's own message names the same place. */
    private static TokenStreamLocation location(JsonParser parser, List<Problem> problems) {
        Location.JsonValue at = (Location.JsonValue) problems.get(0).location();
        Object content = parser == null ? null : parser.currentTokenLocation().contentReference();
        return new TokenStreamLocation(content instanceof tools.jackson.core.io.ContentReference c ? c
                : tools.jackson.core.io.ContentReference.unknown(), -1L, -1L, at.line(), at.column());
    }

    /** {@return every rule broken, each at a {@link Location.JsonValue}: its pointer, line and column, and the value} */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return the JSON Pointer of the (first) offending value, such as {@code "/answers/1.1"}} */
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

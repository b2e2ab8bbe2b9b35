package org.ccmcoach.core.value;

import java.util.List;

/**
 * Thrown when input cannot be accepted, whatever its form: a value built in code that breaks a rule
 * ({@link CcmValidationException}), a JSON document, a CSV file, a FHIR resource. Every one lists its
 * {@link Problem}s, each with its {@link Location}, so an application handles all of ccm's input
 * errors in one {@code catch}:
 *
 * <pre>{@code
 * try {
 *     return CcmJson.parse(body, AssessmentResponse.class);
 * } catch (CcmInputException e) {
 *     return badRequest(e.problems());   // each: location, rule, value
 * }
 * }</pre>
 *
 * <p>A class rather than an interface because Java catches only classes. Its subclasses are ccm's
 * own; an application does not extend it.
 */
public abstract class CcmInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the message, naming every problem (or as many as it shows)
     * @param cause  the failure that revealed the problems, may be null
     */
    protected CcmInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * {@return the problems found, at least one, in the order of the input (or by property for a value)}
     */
    public abstract List<Problem> problems();
}

package org.ccmcoach.core.value;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Thrown when a value would break one or more of its rules; nothing half-built escapes.
 *
 * <p>The message names every violation, one per line after the first:
 * {@code Practice.name: must not be blank (was " ")}. {@link #violations()} gives them as data,
 * Jakarta constraint violations and cross-field rules alike, sorted by property;
 * {@link #getConstraintViolations()} gives the Jakarta ones as Hibernate Validator reported them,
 * for callers that already handle {@link ConstraintViolationException}.
 *
 * <pre>{@code
 * try {
 *     Practice.builder().id(PracticeId.of("p-1")).name(" ").organization("Valley Health").build();
 * } catch (CcmValidationException e) {
 *     e.getMessage();   // Practice.name: must not be blank (was " ")
 * }
 * }</pre>
 */
public final class CcmValidationException extends ConstraintViolationException {

    private static final long serialVersionUID = 1L;

    /** Immutable: a {@code List.copyOf} of {@link Violation}, which is not serializable itself. */
    private final transient List<Violation> violations;

    CcmValidationException(List<Violation> violations, Set<? extends ConstraintViolation<?>> jakartaViolations) {
        super(message(violations), jakartaViolations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /**
     * Obtains an exception for violations found outside Jakarta constraints, such as a rule that
     * spans documents. Prefer {@link CcmValidator#check(Object)} inside value types.
     *
     * @param violations  the violations, at least one, not null
     * @return the exception, not null
     */
    public static CcmValidationException of(List<Violation> violations) {
        return new CcmValidationException(violations, Set.of());
    }

    /**
     * Every violation, sorted by type and property, never empty.
     *
     * @return every violation, sorted by type and property, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}

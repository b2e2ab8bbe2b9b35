package org.ccmcoach.core.value;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
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

    /** The exception for violations in any order, and the Jakarta violations among them. */
    static CcmValidationException of(List<Violation> violations, Set<? extends ConstraintViolation<?>> jakartaViolations) {
        return new CcmValidationException(sorted(violations), jakartaViolations);
    }

    private CcmValidationException(List<Violation> sorted, Set<? extends ConstraintViolation<?>> jakartaViolations) {
        super(message(sorted), jakartaViolations);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one violation");
        }
        this.violations = sorted;
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream().sorted(Comparator.comparing(Violation::type).thenComparing(Violation::property)
                .thenComparing(Violation::rule)).toList();
    }

    /**
     * Obtains an exception for violations found outside Jakarta constraints, such as a rule that
     * spans documents. Prefer {@link CcmValidator#check(Object)} inside value types.
     *
     * @param violations  the violations, at least one, not null
     * @return the exception, not null
     */
    public static CcmValidationException of(List<Violation> violations) {
        return of(violations, Set.of());
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

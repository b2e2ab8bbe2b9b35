package org.ccmcoach.core.value;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Thrown when a value would break one or more of its rules; nothing half-built escapes.
 *
 * <p>The message names every violation, one per line after the first:
 * {@code Practice.name: must not be blank (was " ")}. {@link #problems()} gives them as data,
 * Jakarta constraint violations and cross-field rules alike, sorted by property;
 * {@link #getConstraintViolations()} gives the Jakarta ones as Hibernate Validator reported them,
 * for callers that already handle {@code jakarta.validation.ConstraintViolationException}.
 *
 * <pre>{@code
 * try {
 *     Practice.builder().id(PracticeId.of("p-1")).name(" ").organization("Valley Health").build();
 * } catch (CcmValidationException e) {
 *     e.getMessage();   // Practice.name: must not be blank (was " ")
 * }
 * }</pre>
 */
public final class CcmValidationException extends CcmInputException {

    private static final long serialVersionUID = 1L;

    /** Immutable: a {@code List.copyOf} of {@link Problem}, which is not serializable itself. */
    private final transient List<Problem> problems;
    /** The Jakarta violations among them, as Hibernate Validator reported them. */
    private final transient Set<ConstraintViolation<?>> constraintViolations;

    /** The exception for violations in any order, and the Jakarta violations among them. */
    static CcmValidationException of(List<Problem> violations, Set<? extends ConstraintViolation<?>> jakartaViolations) {
        return new CcmValidationException(sorted(violations), jakartaViolations);
    }

    private CcmValidationException(List<Problem> sorted, Set<? extends ConstraintViolation<?>> jakartaViolations) {
        super(message(sorted), null);
        this.problems = sorted;
        this.constraintViolations = Set.copyOf(jakartaViolations);
    }

    private static List<Problem> sorted(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        for (Problem p : problems) {
            if (!(p.location() instanceof Location.Property)) {
                throw new IllegalArgumentException("a validation exception's problems are at properties of a value (was "
                        + p.location() + ")");
            }
        }
        return problems.stream().sorted(Comparator.comparing((Problem p) -> p.location().toString())
                .thenComparing(Problem::rule)).toList();
    }

    /**
     * Obtains an exception for violations found outside Jakarta constraints, such as a rule that
     * spans documents. Prefer {@link CcmValidator#check(Object)} inside value types.
     *
     * @param problems  the problems, at least one, each at a {@link Location.Property}, not null
     * @return the exception, not null
     */
    public static CcmValidationException of(List<Problem> problems) {
        return of(problems, Set.of());
    }

    /** {@return every problem, each at a {@link Location.Property}, sorted by type and property, never empty} */
    @Override
    public List<Problem> problems() {
        return problems;
    }

    /**
     * {@return the Jakarta constraint violations among the problems, as Hibernate Validator reported
     * them, for callers that already handle them; empty for rules checked in plain code}
     */
    public Set<ConstraintViolation<?>> getConstraintViolations() {
        return constraintViolations == null ? Set.of() : constraintViolations;
    }

    private static String message(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}

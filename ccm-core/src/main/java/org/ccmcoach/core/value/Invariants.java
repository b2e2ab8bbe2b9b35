package org.ccmcoach.core.value;

import java.util.ArrayList;
import java.util.List;

/**
 * The invariants of a value ccm computes, checked in plain code in its constructor: cheap (no
 * reflection, nothing allocated while every rule holds) and failing as a value built from input
 * fails, with a {@link CcmValidationException} whose problems read {@code Type.property: rule (was value)}.
 *
 * <p>The rule for values: what a caller builds or ccm reads from outside is checked fully once,
 * where it enters (Immutables + Jakarta constraints through {@link CcmValidator} in
 * {@code @Value.Check}). What ccm computes from checked values checks its own invariants in its
 * constructor in plain code, cheaply, through the one shared helper {@code Invariants}, throwing the
 * same {@link CcmValidationException} with the same {@code Type.property: rule (was value)} message
 * shape. No value ccm computes is re-validated by reflection. A broken invariant of a computed value
 * is a fault of ccm's, or of a caller building such a value by hand, and is reported the same way.
 *
 * <pre>{@code
 * public record DosePoint(double dose, double change) {
 *     public DosePoint {
 *         Invariants.of(DosePoint.class)
 *                 .require(Double.isFinite(dose), "dose", "must be a finite number", dose)
 *                 .require(Double.isFinite(change), "change", "must be a finite number", change)
 *                 .check();
 *     }
 * }
 * }</pre>
 *
 * <p>Single-threaded: one instance checks one value.
 */
public final class Invariants {

    private final Class<?> type;
    private List<Problem> problems;

    private Invariants(Class<?> type) {
        this.type = type;
    }

    /**
     * {@return a check of the invariants of one value of a type}
     *
     * @param type  the value's type, named in the message, not null
     */
    public static Invariants of(Class<?> type) {
        return new Invariants(java.util.Objects.requireNonNull(type, "type"));
    }

    /**
     * Checks one invariant at once, for a value with a single rule.
     *
     * @param holds  whether the invariant holds
     * @param type  the value's type, not null
     * @param property  the property the rule is about, names joined by {@code .}
     * @param rule  the rule, phrased to follow the property, such as {@code must be 0 or more}
     * @param value  the offending value, may be null
     * @throws CcmValidationException if it does not hold
     */
    public static void require(boolean holds, Class<?> type, String property, String rule, Object value) {
        if (!holds) {
            of(type).require(false, property, rule, value).check();
        }
    }

    /**
     * Records a broken invariant when it does not hold.
     *
     * @param holds  whether the invariant holds
     * @param property  the property the rule is about, names joined by {@code .}
     * @param rule  the rule, phrased to follow the property, such as {@code must be 0 or more}
     * @param value  the offending value, may be null
     * @return this check
     */
    public Invariants require(boolean holds, String property, String rule, Object value) {
        if (!holds) {
            add(Problem.of(CcmValidator.typeName(type), property, rule, value));
        }
        return this;
    }

    /**
     * Records that a value is present.
     *
     * @param value  the value
     * @param property  its property
     * @return this check
     */
    public Invariants requireNonNull(Object value, String property) {
        return require(value != null, property, Text.NOT_NULL_RULE, null);
    }

    /**
     * Records each absent element of a list, at its index, as Jakarta reports {@code List<@NotNull T>}:
     * {@code Type.property[2]: must not be null}.
     *
     * @param values  the list, in order, not null
     * @param property  the list's property
     * @return this check
     */
    public Invariants requireNonNullElements(java.util.List<?> values, String property) {
        int i = 0;
        for (Object value : values) {
            if (value == null) {
                add(Problem.of(CcmValidator.typeName(type), PropertyPath.of(property).at(i), Text.NOT_NULL_RULE, null));
            }
            i++;
        }
        return this;
    }

    /**
     * Records a problem found by a rule that reports its own, such as one per bad element.
     *
     * @param problem  the problem, at a property of this type's value, not null
     * @return this check
     */
    public Invariants add(Problem problem) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(java.util.Objects.requireNonNull(problem, "problem"));
        return this;
    }

    /**
     * Ends the check.
     *
     * @throws CcmValidationException naming every broken invariant, if any
     */
    public void check() {
        if (problems != null) {
            throw CcmValidationException.of(problems);
        }
    }
}

package org.ccmcoach.core.value;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The shared validator that every ccm value runs through at construction.
 *
 * <p>Single-field rules are Jakarta constraints on the accessors ({@code @NotBlank String name()});
 * cross-field rules are added with {@link #require}. Both end in one {@link CcmValidationException}
 * that names every violation. Cross-field rules are evaluated only once every single-field
 * constraint holds, so they may assume their inputs are present and well-formed.
 *
 * <pre>{@code
 * @Value.Check
 * final void validate() {
 *     CcmValidator.of(this)
 *             .require("end", p -> !p.end().isBefore(p.start()), "must not be before start", Period::end)
 *             .check();
 * }
 * }</pre>
 *
 * <p>Hibernate Validator is bootstrapped once, without an Expression Language implementation
 * ({@link ParameterMessageInterpolator}), with English messages whatever the default locale, in ccm's
 * words for each rule ({@code must be at least 0}, {@code must be at most 8}, {@code must be less than 1.0},
 * {@code must be at most 200 characters}) rather than Hibernate Validator's defaults, and
 * with public no-argument accessors such as {@code name()} treated as properties (they are not
 * JavaBean getters, and would otherwise be ignored silently).
 *
 * <p>The shared {@link Validator} is thread-safe; a {@code CcmValidator} built by {@link #of} is
 * a short-lived, single-thread collector.
 *
 * @param <T> the type of the value being checked
 */
public final class CcmValidator<T> {

    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "clone");

    private final T value;
    private final List<CrossFieldRule<T>> rules = new ArrayList<>();
    private final List<Function<? super T, ? extends Collection<Problem>>> ruleSets = new ArrayList<>();

    private CcmValidator(T value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * Starts checking a value, to which cross-field rules may be added before {@link #check()}.
     *
     * @param <T> the value's type
     * @param value  the value to check, not null
     * @return a collector for this one check, not null
     */
    public static <T> CcmValidator<T> of(T value) {
        return new CcmValidator<>(value);
    }

    /**
     * Checks the Jakarta constraints of a value.
     *
     * @param <T> the value's type
     * @param value  the value to check, not null
     * @return the value, for chaining
     * @throws CcmValidationException if any constraint is broken
     */
    public static <T> T check(T value) {
        return of(value).check();
    }

    /**
     * The shared, thread-safe Jakarta validator, configured as described above.
     *
     * @return the validator, not null
     */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /**
     * Adds a cross-field rule.
     *
     * @param property  the property reported when the rule is broken, not blank
     * @param holds  the rule, true when the value satisfies it
     * @param rule  the rule as text following the property name, such as {@code must not be before start}
     * @param shown  the offending value to report, taken from the value
     * @return this collector
     */
    public CcmValidator<T> require(String property, Predicate<? super T> holds, String rule,
                                   Function<? super T, ?> shown) {
        rules.add(new CrossFieldRule<>(property, holds, rule, shown));
        return this;
    }

    /**
     * Adds cross-field rules that report their own violations, for rules that may fail several
     * times at once (one violation per bad answer, per unknown reference, …).
     *
     * @param rules  returns the violations found in the value, empty when all hold
     * @return this collector
     */
    public CcmValidator<T> requireEach(Function<? super T, ? extends Collection<Problem>> rules) {
        ruleSets.add(Objects.requireNonNull(rules, "rules"));
        return this;
    }

    /**
     * Checks the value's Jakarta constraints, then, if they all hold, its cross-field rules.
     *
     * @return the value, for chaining
     * @throws CcmValidationException naming every violation found
     */
    public T check() {
        Set<ConstraintViolation<T>> found = Holder.VALIDATOR.validate(value);
        List<Problem> violations = new ArrayList<>();
        // A value that is not finite breaks every range rule too; it is reported once, as not finite.
        Set<String> notFinite = new java.util.HashSet<>();
        for (ConstraintViolation<T> v : found) {
            if (v.getConstraintDescriptor().getAnnotation() instanceof Finite) {
                notFinite.add(typeName(v.getRootBeanClass()) + "." + path(v.getPropertyPath()));
            }
        }
        for (ConstraintViolation<T> v : found) {
            String type = typeName(v.getRootBeanClass());
            PropertyPath path = path(v.getPropertyPath());
            if (notFinite.contains(type + "." + path) && !(v.getConstraintDescriptor().getAnnotation() instanceof Finite)) {
                continue;
            }
            violations.add(Problem.of(type, path, v.getMessage(), v.getInvalidValue()));
        }
        if (found.isEmpty()) {
            for (CrossFieldRule<T> r : rules) {
                if (!r.holds.test(value)) {
                    violations.add(Problem.of(typeName(value.getClass()), r.property, r.rule, r.shown.apply(value)));
                }
            }
            for (Function<? super T, ? extends Collection<Problem>> set : ruleSets) {
                violations.addAll(set.apply(value));
            }
        }
        if (violations.isEmpty()) {
            return value;
        }
        throw CcmValidationException.of(violations, found);
    }

    /**
     * The public name of a value type: the nearest public class in its hierarchy (the generated
     * implementation is package-private), with its enclosing types, without its package.
     *
     * @param type  a class, not null
     * @return the name, such as {@code Practice} or {@code PdsaCycle.Plan}
     */
    public static String typeName(Class<?> type) {
        Class<?> c = publicType(type);
        String name = c.getName();
        String pkg = c.getPackageName();
        return (pkg.isEmpty() ? name : name.substring(pkg.length() + 1)).replace('$', '.');
    }

    /**
     * The public type of a value: the nearest public class in its hierarchy, since generated
     * implementations are package-private. Use it to read back what {@code value.getClass()} wrote.
     *
     * @param type  a class, not null
     * @return the class itself if public, else its nearest public superclass
     */
    public static Class<?> publicType(Class<?> type) {
        Class<?> c = type;
        while (!Modifier.isPublic(c.getModifiers()) && c.getSuperclass() != null
                && c.getSuperclass() != Object.class) {
            c = c.getSuperclass();
        }
        return c;
    }

    /** Renders a Jakarta path as {@code name}, {@code roles[2]}, {@code expertise[]} or {@code attributes[key]}. */
    /** The path of a Jakarta violation as segments: names, then each container element's index, key or none. */
    private static PropertyPath path(Path path) {
        PropertyPath out = null;
        for (Path.Node node : path) {
            boolean element = node.getKind() == ElementKind.CONTAINER_ELEMENT;
            if (!element && node.getName() != null) {
                out = out == null ? PropertyPath.of(node.getName()) : out.then(node.getName());
            }
            if (node.isInIterable()) {
                // The index or key belongs to the container, shown after its name.
                out = out == null ? PropertyPath.of("value") : out;
                out = node.getIndex() != null ? out.at(node.getIndex())
                        : node.getKey() != null ? out.at(String.valueOf(node.getKey())) : out.element();
            }
        }
        return out == null ? PropertyPath.of("value") : out;
    }

    private record CrossFieldRule<T>(String property, Predicate<? super T> holds, String rule,
                                     Function<? super T, ?> shown) {
        CrossFieldRule {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(holds, "holds");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(shown, "shown");
        }
    }

    /** Public no-argument accessors such as {@code name()} are the properties of ccm values. */
    private static final class AccessorProperties implements GetterPropertySelectionStrategy {
        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0
                    || executable.getReturnType() == void.class
                    || OBJECT_METHODS.contains(executable.getName())) {
                return Optional.empty();
            }
            return Optional.of(executable.getName());
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }

    private static final class Holder {
        private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ConstraintMessages(new ParameterMessageInterpolator(
                        Set.of(Locale.ENGLISH), Locale.ENGLISH, context -> Locale.ENGLISH, false)))
                .getterPropertySelectionStrategy(new AccessorProperties())
                .buildValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }
}

package org.ccmcoach.core.value;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A finite number: not NaN and not infinite. Jakarta's {@code @Positive} and {@code @DecimalMin}
 * let {@code Infinity} through, and one infinite speed or factor makes every sum after it
 * infinite. A null value is valid.
 *
 * <pre>{@code
 * @Positive @Finite
 * public abstract double speedKmPerHour();
 * }</pre>
 */
@Documented
@Constraint(validatedBy = Finite.Validator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Finite {

    /** {@return the message} */
    String message() default "must be a finite number";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Finite} value. */
    final class Validator implements ConstraintValidator<Finite, Number> {

        /** Creates the validator; Hibernate Validator calls this. */
        public Validator() {
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            return value == null || Double.isFinite(value.doubleValue());
        }
    }
}

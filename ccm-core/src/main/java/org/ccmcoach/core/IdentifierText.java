package org.ccmcoach.core;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that holds an identifier in {@link Identifier#FORMAT}, such as a respondent's code. Null is
 * valid (combine with {@code @NotNull}). The test is {@link Identifier#isValid(CharSequence)}, the
 * one every identifier passes, rather than a regular expression, so a value read by the million is
 * checked without one.
 *
 * <pre>{@code
 * public abstract Optional<@IdentifierText String> respondent();
 * }</pre>
 */
@Documented
@Constraint(validatedBy = IdentifierText.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdentifierText {

    /** {@return the message: {@link Identifier#FORMAT_RULE}} */
    String message() default Identifier.FORMAT_RULE;

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check of {@link IdentifierText}. */
    final class Validator implements ConstraintValidator<IdentifierText, CharSequence> {

        /** Creates the validator; Hibernate Validator makes one per constraint. */
        public Validator() {
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || Identifier.isValid(value);
        }
    }
}

package org.ccmcoach.core.value;

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
 * Optional text that, when present, is not blank: {@code @NotBlank} refuses an empty
 * {@code Optional}, which Hibernate Validator validates as null. Checked character by character,
 * not by a regular expression ({@link Text#NOT_BLANK} says the same as a pattern).
 *
 * <pre>{@code
 * public abstract Optional<@NotBlankIfPresent @PlainText String> note();
 * }</pre>
 */
@Documented
@Constraint(validatedBy = NotBlankIfPresent.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBlankIfPresent {

    /** {@return the message, {@code @NotBlank}'s} */
    String message() default Text.NOT_BLANK_RULE;

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** The check of {@link NotBlankIfPresent}: null, or a character that is not white space. */
    final class Validator implements ConstraintValidator<NotBlankIfPresent, CharSequence> {

        /** Creates the validator; Hibernate Validator makes one per constraint. */
        public Validator() {
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);   // white space as in Text.NOT_BLANK: space, tab, LF, VT, FF, CR
                if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                    return true;
                }
            }
            return false;
        }
    }
}

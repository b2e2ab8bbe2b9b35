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
 * Text that reports, figures and spreadsheets can show: no control characters (C0, DEL, C1; an
 * SVG file with U+0007 in a title cannot be parsed) and no bidirectional overrides or isolates
 * (U+202A–U+202E, U+2066–U+2069), which can make a report show text in another order than it
 * holds. Multi-line text ({@link #multiLine()}) may hold line breaks and tabs. A null value is
 * valid; {@code @NotNull} or {@code @NotBlank} says whether one is required.
 *
 * <pre>{@code
 * @NotBlank @PlainText
 * public abstract String name();
 * }</pre>
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /**
     * Whether line breaks ({@code \n}, {@code \r}) and tabs are allowed: for notes and descriptions.
     *
     * @return whether line breaks and tabs are allowed
     */
    boolean multiLine() default false;

    /**
     * The message; the validator writes one naming the character and where it is.
     *
     * @return the message
     */
    String message() default "must not contain control characters or bidirectional overrides";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link PlainText} value, naming the first character refused and its position. */
    final class Validator implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiLine;

        /** Creates the validator; Hibernate Validator calls this. */
        public Validator() {
        }

        @Override
        public void initialize(PlainText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null || value.toString().isBlank()) {
                return true; // blank text is @NotBlank's to report, once
            }
            int at = Text.firstUnprintable(value, multiLine);
            if (at < 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(Text.unprintableRule(value, at)
                    + (multiLine ? "" : "; it is one line of text")).addConstraintViolation();
            return false;
        }
    }
}

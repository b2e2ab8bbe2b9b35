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
import java.time.LocalDate;

/**
 * A date ccm works with: from {@value #EARLIEST} to {@value #LATEST}. Outside it, ISO text needs a
 * sign and more than four year digits ({@code +10000-01-01}) that spreadsheets and other readers
 * refuse, a chart's time axis (milliseconds since 1970 in a {@code long}) overflows, and a schedule
 * that adds years to a start can leave {@link LocalDate}'s range. The window is the library's
 * choice: care records begin long after its start, and plans end long before its end. A null
 * value is valid.
 */
@Documented
@Constraint(validatedBy = SupportedDate.Validator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface SupportedDate {

    /** The earliest date, ISO. */
    String EARLIEST = "1900-01-01";

    /** The latest date, ISO. */
    String LATEST = "9999-12-31";

    /** {@return the message} */
    String message() default "must be from " + EARLIEST + " to " + LATEST;

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SupportedDate} value. */
    final class Validator implements ConstraintValidator<SupportedDate, LocalDate> {

        private static final LocalDate FIRST = LocalDate.parse(EARLIEST);
        private static final LocalDate LAST = LocalDate.parse(LATEST);

        /** Creates the validator; Hibernate Validator calls this. */
        public Validator() {
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(FIRST) && !value.isAfter(LAST);
        }
    }
}

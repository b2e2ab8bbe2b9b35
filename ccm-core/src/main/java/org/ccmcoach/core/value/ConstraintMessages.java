package org.ccmcoach.core.value;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * ccm's words for Jakarta's own constraints, so that each rule reads one way wherever it comes from:
 * a constraint's default message, a rule written by hand, a CSV or FHIR reader.
 *
 * <p>The wording, one per rule: {@code must be at least 0} (≥), {@code must be more than 0} (&gt;),
 * {@code must be at most 8} (≤), {@code must be less than 1.0} (&lt;), and for a length or a count
 * of elements {@code must be at most 200 characters}, {@code must hold at least 1 element},
 * {@code must be 1 to 64 characters}. Hibernate Validator's English defaults ("must be less than or
 * equal to 8", "size must be between 0 and 200") and their Expression Language choices
 * ({@code @DecimalMax}'s {@code ${inclusive == true ? ...}}, which ccm's EL-free interpolator
 * cannot evaluate) are replaced here; a constraint that gives its own message keeps it, and every
 * other template is interpolated by the delegate.
 */
final class ConstraintMessages implements MessageInterpolator {

    private final MessageInterpolator delegate;

    ConstraintMessages(MessageInterpolator delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public String interpolate(String template, Context context) {
        String own = own(template, context.getConstraintDescriptor(), context.getValidatedValue());
        return own != null ? own : delegate.interpolate(template, context);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        String own = own(template, context.getConstraintDescriptor(), context.getValidatedValue());
        return own != null ? own : delegate.interpolate(template, context, locale);
    }

    /** ccm's message for a Jakarta constraint that keeps its default message; null for any other. */
    static String own(String template, ConstraintDescriptor<?> descriptor, Object value) {
        String type = descriptor.getAnnotation().annotationType().getName();
        if (!template.equals("{" + type + ".message}") || !type.startsWith("jakarta.validation.constraints.")) {
            return null;
        }
        Map<String, Object> a = descriptor.getAttributes();
        return switch (type.substring("jakarta.validation.constraints.".length())) {
            case "Max" -> atMost(a.get("value"));
            case "Min" -> atLeast(a.get("value"));
            case "DecimalMax" -> Boolean.TRUE.equals(a.get("inclusive")) ? atMost(a.get("value")) : lessThan(a.get("value"));
            case "DecimalMin" -> Boolean.TRUE.equals(a.get("inclusive")) ? atLeast(a.get("value")) : moreThan(a.get("value"));
            case "Positive" -> moreThan(0);
            case "PositiveOrZero" -> atLeast(0);
            case "Negative" -> lessThan(0);
            case "NegativeOrZero" -> atMost(0);
            case "Size" -> size((Integer) a.get("min"), (Integer) a.get("max"), value);
            case "NotNull" -> Text.NOT_NULL_RULE;
            case "NotBlank" -> Text.NOT_BLANK_RULE;
            case "NotEmpty" -> "must not be empty";
            default -> null;
        };
    }

    /** {@return the rule for a value of at least a bound (≥)} */
    static String atLeast(Object bound) {
        return "must be at least " + bound;
    }

    /** {@return the rule for a value of more than a bound (&gt;)} */
    static String moreThan(Object bound) {
        return "must be more than " + bound;
    }

    /** {@return the rule for a value of at most a bound (≤)} */
    static String atMost(Object bound) {
        return "must be at most " + bound;
    }

    /** {@return the rule for a value of less than a bound (&lt;)} */
    static String lessThan(Object bound) {
        return "must be less than " + bound;
    }

    /** A length of text ("characters") or a count of elements ("must hold ... elements"). */
    private static String size(int min, int max, Object value) {
        boolean text = value instanceof CharSequence;
        String verb = text ? "must be " : "must hold ";
        String unit = text ? " character" : " element";
        if (value != null && !text && !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>)
                && !value.getClass().isArray()) {
            unit = "";
        }
        if (max == Integer.MAX_VALUE) {
            return verb + "at least " + counted(min, unit);
        }
        if (min == 0) {
            return verb + "at most " + counted(max, unit);
        }
        return min == max ? verb + "exactly " + counted(min, unit) : verb + min + " to " + counted(max, unit);
    }

    private static String counted(int n, String unit) {
        return unit.isEmpty() ? String.valueOf(n) : n + unit + (n == 1 ? "" : "s");
    }
}

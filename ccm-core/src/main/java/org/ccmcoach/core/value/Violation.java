package org.ccmcoach.core.value;

import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule of one value: the type, the property, the rule and the offending value.
 *
 * <p>Violations come from Jakarta constraints declared on accessors and from cross-field rules
 * declared in a type's {@code @Value.Check}. They print as {@code Practice.name: must not be blank
 * (was " ")}; long values are shortened in that text, never in {@link #invalidValue()}.
 *
 * <pre>{@code
 * try {
 *     PracticeId.of("");
 * } catch (CcmValidationException e) {
 *     Violation v = e.violations().get(0);   // PracticeId.value: must be 1 to 64 ...
 *     v.property();                          // "value"
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Violation {

    private static final int MAX_SHOWN_CHARS = 80;

    private final String type;
    private final String property;
    private final String rule;
    private final Object invalidValue;

    private Violation(String type, String property, String rule, Object invalidValue) {
        this.type = requireText(type, "type");
        this.property = requireText(property, "property");
        this.rule = requireText(rule, "rule");
        this.invalidValue = invalidValue;
    }

    /**
     * Obtains a violation.
     *
     * @param type  the simple name of the value type, such as {@code Practice}, not blank
     * @param property  the property path within the type, such as {@code name} or {@code roles[2]}, not blank
     * @param rule  the rule, phrased to follow the property, such as {@code must not be blank}
     * @param invalidValue  the offending value, null if the value was missing
     * @return the violation, not null
     */
    public static Violation of(String type, String property, String rule, Object invalidValue) {
        return new Violation(type, property, rule, invalidValue);
    }

    /**
     * The simple name of the value type whose rule was broken, such as {@code Practice}.
     *
     * @return the simple name of the value type whose rule was broken, such as {@code Practice}
     */
    public String type() {
        return type;
    }

    /**
     * The property path within the type, such as {@code name}, {@code expertise[]} or {@code roles[2]}.
     *
     * @return the property path within the type, such as {@code name}, {@code expertise[]} or {@code roles[2]}
     */
    public String property() {
        return property;
    }

    /**
     * The rule, phrased to follow the property name, such as {@code must not be blank}.
     *
     * @return the rule, phrased to follow the property name, such as {@code must not be blank}
     */
    public String rule() {
        return rule;
    }

    /**
     * The offending value, empty when the value was missing (null).
     *
     * @return the offending value, empty when the value was missing (null)
     */
    public Optional<Object> invalidValue() {
        return Optional.ofNullable(invalidValue);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation v
                && type.equals(v.type)
                && property.equals(v.property)
                && rule.equals(v.rule)
                && Objects.equals(invalidValue, v.invalidValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, property, rule, invalidValue);
    }

    /**
     * Returns {@code Type.property: rule (was value)}, the value shortened to at most 80 characters.
     *
     * @return {@code Type.property: rule (was value)}, the value shortened to at most 80 characters
     */
    @Override
    public String toString() {
        return type + "." + property + ": " + rule + " (was " + show(invalidValue) + ")";
    }

    static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return '"' + shorten(escape(text)) + '"';
        }
        if (value instanceof Double || value instanceof Float) {
            return Decimals.show(((Number) value).doubleValue());
        }
        return shorten(String.valueOf(value));
    }

    /** The text with quotes, backslashes, control characters and bidirectional controls escaped, shortened. */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN_CHARS * 2) + 8);
        for (int i = 0; i < text.length() && out.length() <= MAX_SHOWN_CHARS * 2; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Text.isUnprintable(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (out.length() > MAX_SHOWN_CHARS) {
            out.setLength(MAX_SHOWN_CHARS);
            out.append("… (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SHOWN_CHARS + 20 ? text : text.substring(0, MAX_SHOWN_CHARS) + "…";
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}

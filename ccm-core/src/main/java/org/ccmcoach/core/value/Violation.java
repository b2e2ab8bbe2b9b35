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
public record Violation(String type, PropertyPath path, String rule, Optional<Object> invalidValue) {

    private static final int MAX_SHOWN_CHARS = 80;

    /**
     * Checks the parts.
     *
     * @param type  the simple name of the value type, such as {@code Practice}, not blank
     * @param path  where in the value, not null
     * @param rule  the rule, phrased to follow the property, such as {@code must not be blank}
     * @param invalidValue  the offending value, empty if the value was missing (null)
     */
    public Violation {
        requireText(type, "type");
        Objects.requireNonNull(path, "path");
        requireText(rule, "rule");
        Objects.requireNonNull(invalidValue, "invalidValue");
    }

    /**
     * Obtains a violation of a rule of a property, or of a property of a property
     * ({@code study.date}).
     *
     * @param type  the simple name of the value type, such as {@code Practice}, not blank
     * @param property  property names joined by {@code .}, such as {@code name}; a path through a list
     *        or map is a {@link PropertyPath}
     * @param rule  the rule, phrased to follow the property, such as {@code must not be blank}
     * @param invalidValue  the offending value, null if the value was missing
     * @return the violation, not null
     * @throws IllegalArgumentException if a name is blank or the property holds {@code [} or {@code ]}
     */
    public static Violation of(String type, String property, String rule, Object invalidValue) {
        requireText(property, "property");
        if (property.indexOf('[') >= 0 || property.indexOf(']') >= 0) {
            throw new IllegalArgumentException("property: must be names joined by '.'; give a path through a list or map"
                    + " as a PropertyPath (was \"" + property + "\")");
        }
        String[] names = property.split("\\.", -1);
        PropertyPath path = PropertyPath.of(names[0]);
        for (int i = 1; i < names.length; i++) {
            path = path.then(names[i]);
        }
        return new Violation(type, path, rule, Optional.ofNullable(invalidValue));
    }

    /**
     * Obtains a violation at a path into the value.
     *
     * @param type  the simple name of the value type, such as {@code Practice}, not blank
     * @param path  where in the value, such as {@code PropertyPath.of("roles").at(2)}, not null
     * @param rule  the rule, phrased to follow the property, such as {@code must not be blank}
     * @param invalidValue  the offending value, null if the value was missing
     * @return the violation, not null
     */
    public static Violation of(String type, PropertyPath path, String rule, Object invalidValue) {
        return new Violation(type, path, rule, Optional.ofNullable(invalidValue));
    }

    /**
     * The path as people read it, such as {@code name}, {@code expertise[]} or {@code roles[2]}.
     *
     * @return the path's text
     */
    public String property() {
        return path.toString();
    }

    /**
     * Returns {@code Type.property: rule (was value)}, the value shortened to at most 80 characters.
     *
     * @return {@code Type.property: rule (was value)}, the value shortened to at most 80 characters
     */
    @Override
    public String toString() {
        return type + "." + path + ": " + rule + " (was " + show(invalidValue.orElse(null)) + ")";
    }

    /**
     * A value as a message shows it: text quoted, with quotes, backslashes, control and bidirectional
     * characters escaped and shortened to 80 characters, so hostile input cannot forge lines of a log;
     * numbers as {@link Decimals#show(double)}.
     *
     * @param value  the value, may be null
     * @return the value as a message shows it
     */
    public static String show(Object value) {
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

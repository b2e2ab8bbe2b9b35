package org.ccmcoach.core.value;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with input: where it is, the rule it breaks, and the value found. The one shape of
 * every problem ccm reports, whether a value built in code, a JSON document, a CSV file or a FHIR
 * resource was refused; every exception for bad input lists them ({@link CcmInputException#problems()}).
 *
 * <p>It prints as its location, the rule and the value: {@code Practice.name: must not be blank
 * (was " ")}, {@code line 4, column "1.1": must be from 0 to 11 (was "12")}. A value is shown as
 * {@link #show(Object)} shows it (text quoted and escaped, at most 80 characters), never shortened in
 * {@link #value()}. A property that held nothing shows {@code (was null)}; a place in a document
 * with no value shows none.
 *
 * <pre>{@code
 * try {
 *     PracticeId.of("");
 * } catch (CcmInputException e) {
 *     Problem p = e.problems().get(0);   // PracticeId.value: must be 1 to 64 ...
 *     p.location();                      // Location.Property[type=PracticeId, path=value]
 *     p.rule();                          // "must be 1 to 64 ..."
 * }
 * }</pre>
 *
 * @param location  where, not null
 * @param rule  the rule broken, phrased to follow the location, such as {@code must not be blank}
 * @param value  the value found, empty if there was none (or it was null)
 */
public record Problem(Location location, String rule, Optional<Object> value) {

    /** The most characters of a value a message shows. */
    public static final int MAX_SHOWN_CHARS = 80;

    /**
     * Checks the parts.
     *
     * @param location  where, not null
     * @param rule  the rule broken, not blank
     * @param value  the value found, not null
     */
    public Problem {
        Objects.requireNonNull(location, "location");
        Text.requireNotBlank(rule, "rule");
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return a problem with the value found}
     *
     * @param location  where, not null
     * @param rule  the rule broken, not blank
     * @param value  the value found; null if there was none
     */
    public static Problem of(Location location, String rule, Object value) {
        return new Problem(location, rule, Optional.ofNullable(value));
    }

    /**
     * {@return a problem with no value to show, such as a required element that is absent}
     *
     * @param location  where, not null
     * @param rule  the rule broken, not blank
     */
    public static Problem of(Location location, String rule) {
        return new Problem(location, rule, Optional.empty());
    }

    /**
     * {@return a broken rule of a property of a value, or of a property of a property ({@code study.date})}
     *
     * @param type  the simple name of the value type, such as {@code Practice}, not blank
     * @param property  property names joined by {@code .}, such as {@code name}; a path through a list
     *        or map is a {@link PropertyPath}
     * @param rule  the rule, phrased to follow the property, such as {@code must not be blank}
     * @param value  the offending value, null if the value was missing
     * @throws IllegalArgumentException if a name is blank or the property holds {@code [} or {@code ]}
     */
    public static Problem of(String type, String property, String rule, Object value) {
        Text.requireNotBlank(property, "property");
        if (property.indexOf('[') >= 0 || property.indexOf(']') >= 0) {
            throw new IllegalArgumentException("property: must be names joined by '.'; give a path through a list or map"
                    + " as a PropertyPath (was \"" + property + "\")");
        }
        String[] names = property.split("\\.", -1);
        PropertyPath path = PropertyPath.of(names[0]);
        for (int i = 1; i < names.length; i++) {
            path = path.then(names[i]);
        }
        return of(Location.property(type, path), rule, value);
    }

    /**
     * {@return a broken rule at a path into a value}
     *
     * @param type  the simple name of the value type, such as {@code Practice}, not blank
     * @param path  where in the value, such as {@code PropertyPath.of("roles").at(2)}, not null
     * @param rule  the rule, phrased to follow the property, such as {@code must not be blank}
     * @param value  the offending value, null if the value was missing
     */
    public static Problem of(String type, PropertyPath path, String rule, Object value) {
        return of(Location.property(type, path), rule, value);
    }

    /**
     * {@return a problem of a CSV cell, or with an empty column of a whole row}
     *
     * @param line  the file line, from 1; 0 if unknown
     * @param column  the column's name, empty for a whole-row problem
     * @param value  the cell's text, empty if none
     * @param rule  the rule broken, phrased to follow the column
     */
    public static Problem ofCsv(long line, String column, String value, String rule) {
        Objects.requireNonNull(value, "value");
        return new Problem(Location.csvCell(line, column), rule, value.isEmpty() ? Optional.empty() : Optional.of(value));
    }

    /**
     * {@return the location as the property of a value, for a problem found in a value built in code}
     *
     * @throws IllegalStateException if the problem is at another kind of location
     */
    public Location.Property atProperty() {
        if (location instanceof Location.Property property) {
            return property;
        }
        throw new IllegalStateException("the problem is not at a property of a value but at " + location);
    }

    /**
     * Returns {@code location: rule (was value)}, the value as {@link #show(Object)} shows it.
     *
     * @return the problem in one line
     */
    @Override
    public String toString() {
        String shown = value.map(v -> " (was " + show(v) + ")")
                .orElse(location instanceof Location.Property ? " (was null)" : "");
        return location + ": " + Text.plain(rule) + shown;
    }

    /**
     * A value as a message shows it: text quoted, with quotes, backslashes, control and bidirectional
     * characters escaped and shortened to {@value #MAX_SHOWN_CHARS} characters, so hostile input cannot
     * forge lines of a log; numbers as {@link Decimals#show(double)}.
     *
     * @param value  the value, may be null
     * @return the value as a message shows it
     */
    public static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return '"' + escape(text) + '"';
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
        String plain = Text.plain(text);
        return plain.length() <= MAX_SHOWN_CHARS + 20 ? plain : plain.substring(0, MAX_SHOWN_CHARS) + "…";
    }
}

package org.ccmcoach.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.ccmcoach.core.Identifier;
import org.ccmcoach.core.value.Dates;
import org.ccmcoach.core.value.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * ccm's own words for a JSON value of the wrong shape: {@code must be a whole number (was "12")}
 * rather than Jackson's {@code Cannot coerce String value ("12") to `java.util.OptionalInt` value (but
 * might if coercion using `CoercionConfig` was enabled)}, which names Jackson's types and settings,
 * not the user's document.
 */
final class InputMismatch {

    private InputMismatch() {
    }

    private static final String WHOLE = "a whole number";

    /** The rule and the value found, or empty when the target type or the token is unknown. */
    static Optional<String> describe(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        String original = e.getOriginalMessage();
        if (target == null) {
            return Optional.empty();   // not a value of the wrong shape (content after the document is JsonSyntax's)
        }
        if (original != null && original.startsWith("must be ")) {
            return Optional.of(original);   // ccm's own deserializers speak ccm's words already
        }
        if (target == LocalDate.class && e instanceof InvalidFormatException ife && ife.getValue() instanceof String text) {
            Optional<String> date = Dates.problem(text);   // "2026-02-30 is not a day (February 2026 has 28 days)"
            if (date.isPresent()) {
                return date;
            }
        }
        Optional<String> expected = expected(target);
        if (expected.equals(Optional.of(WHOLE)) && e.getCurrentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            // 1e2 is 100, but a count written with a point or an exponent is refused, ccm's choice: that is how
            // a decimal is written, and "must be a whole number (was 100.0)" read as a contradiction. The number
            // as written is in Jackson's message ("Floating-point value (1e2)"), the parser having moved on.
            java.util.regex.Matcher m = original == null ? null : QUOTED.matcher(original);
            String written = m != null && m.find() ? FiniteNumbers.excerpt(m.group(1)) : "a number with a point or an exponent";
            return Optional.of("must be " + WHOLE + " written as digits alone, without a decimal point or an exponent (was "
                    + written + ")");
        }
        Optional<String> found = found(e);
        if (expected.isEmpty() || found.isEmpty() || expected.get().equals(found.get())) {
            return Optional.empty();
        }
        return Optional.of("must be " + expected.get() + " (was " + found.get() + ")");
    }

    static Optional<String> expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == OptionalInt.class || type == OptionalLong.class
                || type == BigInteger.class) {
            return Optional.of(WHOLE);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == OptionalDouble.class || type == BigDecimal.class) {
            return Optional.of("a number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of("true or false");
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type) || Identifier.class.isAssignableFrom(type)) {
            return Optional.of("text");
        }
        if (type.isEnum()) {
            return Optional.of("one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")));
        }
        if (type == LocalDate.class) {
            return Optional.of(Dates.FORM_RULE.substring("must be ".length()));
        }
        if (type == YearMonth.class) {
            return Optional.of("a month as YYYY-MM");
        }
        if (type == Period.class) {
            return Optional.of("an ISO-8601 period such as P3M");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return Optional.of("a list");
        }
        if (Map.class.isAssignableFrom(type) || type.getName().startsWith("org.ccmcoach.")) {
            return Optional.of("an object");
        }
        return Optional.empty();
    }

    private static Optional<String> found(MismatchedInputException e) {
        if (e instanceof InvalidFormatException ife && ife.getValue() != null) {
            Object v = ife.getValue();
            return Optional.of(v instanceof String s ? quote(s) : String.valueOf(v));
        }
        JsonToken token = e.getCurrentToken();
        if (token == null && e.processor() instanceof JsonParser p) {
            token = p.currentToken();
        }
        if (token == null) {
            return Optional.empty();
        }
        return switch (token) {
            case START_ARRAY -> Optional.of("a list");
            case START_OBJECT -> Optional.of("an object");
            case VALUE_TRUE -> Optional.of("true");
            case VALUE_FALSE -> Optional.of("false");
            case VALUE_NULL -> Optional.of("null");
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text(e, token);
            default -> Optional.empty();
        };
    }

    /** Jackson's own message quotes the scalar it could not use: {@code String value ("12")}, {@code Number value (5)}. */
    private static final java.util.regex.Pattern QUOTED =
            java.util.regex.Pattern.compile("(?:String|Number|Integer|Floating-point) value \\((\"(?:[^\"\\\\]|\\\\.)*\"|[^)]*)\\)");

    private static Optional<String> text(MismatchedInputException e, JsonToken token) {
        String fallback = token == JsonToken.VALUE_STRING ? "text" : "a number";
        if (e.processor() instanceof JsonParser p && p.currentToken() == token) {
            try {
                String text = p.getString();
                return Optional.of(token == JsonToken.VALUE_STRING ? quote(text) : text);
            } catch (RuntimeException unreadable) {
                return Optional.of(fallback);
            }
        }
        String message = e.getOriginalMessage();
        java.util.regex.Matcher m = message == null ? null : QUOTED.matcher(message);
        if (m != null && m.find()) {
            String v = m.group(1);
            return Optional.of(v.startsWith("\"") ? quote(v.substring(1, v.length() - 1)) : v);
        }
        return Optional.of(fallback);
    }

    /** A found text as every ccm message shows a value: quoted, escaped and shortened. */
    private static String quote(String s) {
        return Problem.show(s);
    }
}

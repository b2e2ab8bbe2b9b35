package org.ccmcoach.json;

import java.util.OptionalDouble;
import org.ccmcoach.core.value.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;

/**
 * Reads decimal numbers as JSON numbers only, and finite ones only. Jackson reads the strings
 * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} as doubles even where it refuses
 * {@code "1.5"}, and reads {@code 1e400} as infinity; a ccm value holds neither, since a score,
 * a rate or a distance that is not finite breaks every sum after it.
 */
final class FiniteNumbers {

    private FiniteNumbers() {
    }

    /** The deserializers for {@code double}, {@code Double}, {@code float}, {@code Float} and {@code OptionalDouble}. */
    static SimpleDeserializers deserializers() {
        SimpleDeserializers all = new SimpleDeserializers();
        all.addDeserializer(Double.class, typed(new Decimals(Double.class, null)));
        all.addDeserializer(Double.TYPE, typed(new Decimals(Double.TYPE, 0.0)));
        all.addDeserializer(Float.class, typed(new Decimals(Float.class, null)));
        all.addDeserializer(Float.TYPE, typed(new Decimals(Float.TYPE, 0.0f)));
        all.addDeserializer(OptionalDouble.class, new Optionals());
        return all;
    }

    /** The deserializer as one of the type it is registered for, which it produces. */
    @SuppressWarnings("unchecked")
    private static <T> tools.jackson.databind.ValueDeserializer<T> typed(Decimals deserializer) {
        return (tools.jackson.databind.ValueDeserializer<T>) (tools.jackson.databind.ValueDeserializer<?>) deserializer;
    }

    /** A finite double from a number token; anything else as Jackson reports it. */
    private static double read(JsonParser p, DeserializationContext ctxt, Class<?> type) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double v = p.getDoubleValue();
            if (!Double.isFinite(v)) {
                return (double) ctxt.reportInputMismatch(type, "must be a finite number (was %s)", excerpt(p.getString()));
            }
            if (v == 0 && nonzero(p.getString())) {
                return (double) ctxt.reportInputMismatch(type, UNDERFLOW, excerpt(p.getString()));
            }
            return v;
        }
        if (t == JsonToken.VALUE_STRING) {
            return (double) ctxt.handleWeirdStringValue(type, p.getString(), "a number must be a JSON number");
        }
        return (double) ctxt.handleUnexpectedToken(type, p);
    }

    /**
     * A number too close to 0 for a double, read as 0 by Java: refused, ccm's choice, since a value
     * silently changed (a latitude of 1e-999999999 read as exactly 0) is a value ccm did not read.
     * A double holds nothing nearer 0 than about 4.9e-324; a float, 1.4e-45.
     */
    private static final String UNDERFLOW = "must be 0 or a number further from 0 than about 4.9e-324 (a float's "
            + "1.4e-45), the nearest a binary number holds: it would otherwise be read as 0 (was %s)";

    /** Whether a JSON number's digits before its exponent hold anything but zeros. */
    private static boolean nonzero(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A number's text for a message, at most {@link Problem#MAX_SHOWN_CHARS} characters: it may have 1,000 digits. */
    static String excerpt(String number) {
        int max = Problem.MAX_SHOWN_CHARS;
        return number.length() <= max ? number : number.substring(0, max - 1) + "…";
    }

    /** Null for a wrapper; for a primitive, zero only where the mapper allows nulls for primitives. */
    private static Object nullFor(DeserializationContext ctxt, Class<?> type, Object empty) {
        if (empty != null && ctxt.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)) {
            return ctxt.reportInputMismatch(type, "must be a number (was null)");
        }
        return empty;
    }

    /** A {@code double} or {@code float}, boxed or not; a float must also fit a float. */
    private static final class Decimals extends StdScalarDeserializer<Number> {

        private final Number empty;
        private final boolean single;

        Decimals(Class<?> type, Number empty) {
            super(type);
            this.empty = empty;
            this.single = type == Float.class || type == Float.TYPE;
        }

        @Override
        public Number deserialize(JsonParser p, DeserializationContext ctxt) {
            double v = read(p, ctxt, handledType());
            if (!single) {
                return v;
            }
            if (Math.abs(v) > Float.MAX_VALUE) {
                return (Number) ctxt.reportInputMismatch(handledType(), "must be a finite number (was %s)", excerpt(p.getString()));
            }
            if (v != 0 && (float) v == 0) {
                return (Number) ctxt.reportInputMismatch(handledType(), UNDERFLOW, excerpt(p.getString()));
            }
            return (float) v;
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return nullFor(ctxt, handledType(), empty);
        }
    }

    private static final class Optionals extends StdScalarDeserializer<OptionalDouble> {

        Optionals() {
            super(OptionalDouble.class);
        }

        @Override
        public OptionalDouble deserialize(JsonParser p, DeserializationContext ctxt) {
            return OptionalDouble.of(read(p, ctxt, OptionalDouble.class));
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return OptionalDouble.empty();
        }
    }
}

package org.ccmcoach.json;

import org.ccmcoach.core.value.Problem;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Amounts and currencies as JSON text: {@code "USD 9468.02"} and {@code "USD"}.
 *
 * <p>An amount is Joda-Money's own text form, currency code then decimal amount, not a JSON number:
 * many JSON readers (JavaScript's among them) turn numbers into binary floating point, and an
 * amount must not pass through it. A currency is its ISO 4217 code. Anything else, a number
 * included, is refused with the form expected, and a text longer than
 * {@value CcmJson#MAX_AMOUNT_LENGTH} characters is refused before it is parsed.
 *
 * <p>Why not Jackson's own Joda-Money module ({@code tools.jackson.datatype:jackson-datatype-joda-money}):
 * {@code jackson-bom} 3.2.4, which ccm and {@code ccm-bom} import, manages it at 3.2.4, and that
 * version could not be resolved where ccm is built (only 3.1.4 was, a minor version apart from
 * databind); its default form, a JSON number, is the floating-point path this form avoids. These
 * hundred lines do only the text form. Move to the module when its 3.2 line resolves, with
 * {@code AmountRepresentation.DECIMAL_STRING}.
 */
final class MoneyJson {

    private MoneyJson() {
    }

    static SimpleSerializers serializers() {
        SimpleSerializers all = new SimpleSerializers();
        all.addSerializer(Money.class, new Text<>(Money.class));
        all.addSerializer(BigMoney.class, new Text<>(BigMoney.class));
        all.addSerializer(CurrencyUnit.class, new Text<>(CurrencyUnit.class));
        return all;
    }

    static SimpleDeserializers deserializers() {
        SimpleDeserializers all = new SimpleDeserializers();
        all.addDeserializer(Money.class, new Reader<>(Money.class, "an amount such as \"USD 12.50\": a currency code, "
                + "a space and the amount in the currency's minor units", Money::parse));
        all.addDeserializer(BigMoney.class, new Reader<>(BigMoney.class, "an amount such as \"USD 12.50\"", BigMoney::parse));
        all.addDeserializer(CurrencyUnit.class, new Reader<>(CurrencyUnit.class, "an ISO 4217 currency code such as \"USD\"",
                CurrencyUnit::of));
        return all;
    }

    private static final class Text<T> extends StdScalarSerializer<T> {
        Text(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
            gen.writeString(value.toString());
        }
    }

    private static final class Reader<T> extends StdScalarDeserializer<T> {
        private final String expected;
        private final java.util.function.Function<String, T> parse;

        Reader(Class<T> type, String expected, java.util.function.Function<String, T> parse) {
            super(type);
            this.expected = expected;
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.reportInputMismatch(handledType(), "must be %s (was %s)", expected, p.currentToken());
            }
            String text = p.getString();
            if (text.length() > CcmJson.MAX_AMOUNT_LENGTH) {
                return (T) ctxt.reportInputMismatch(handledType(), "must be %s, at most %d characters (was %s)",
                        expected, CcmJson.MAX_AMOUNT_LENGTH, Problem.show(text));
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException | ArithmeticException e) {   // IllegalCurrencyException is an IllegalArgumentException
                // Money.parse throws ArithmeticException when the amount has more decimals than the currency.
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "must be " + expected);
            }
        }
    }
}

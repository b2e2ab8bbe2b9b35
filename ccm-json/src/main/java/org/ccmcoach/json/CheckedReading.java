package org.ccmcoach.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.TypeFactory;
import tools.jackson.databind.util.ClassUtil;
import tools.jackson.databind.util.Converter;

/**
 * Turns a rule a ccm value breaks while any Jackson 3 mapper reads it into an
 * {@link InvalidCcmValueException}, each rule at the JSON Pointer, line and column of its value.
 *
 * <p>ccm values check their rules when they are built, and a value read from a document that names
 * a known instrument is checked against it by a converter after it is read; both throw
 * {@link CcmValidationException}, which Jackson passes on as it is (or wraps in a
 * {@code ValueInstantiationException} without the place). Two hooks catch it where it is thrown:
 * every ccm type's deserializer is wrapped ({@link Checked}), which notes where each value starts
 * ({@link ReadPositions}, only around the outermost ccm value of a read); and every converter a ccm
 * type names is wrapped ({@link CheckedConverter}), which places its failure with the notes of the
 * value it was given.
 */
final class CheckedReading {

    /** The per-read attribute holding the ccm value read last, with its notes, for a converter to place a failure. */
    private static final Object LAST_READ = new Object();

    private CheckedReading() {
    }

    /** Adds both hooks to a mapper the module is registered with. */
    static void setup(JacksonModule.SetupContext context) {
        context.addDeserializerModifier(new Modifier());
        context.insertAnnotationIntrospector(new Converters());
    }

    private static boolean isCcm(Class<?> type) {
        return type != null && type.getName().startsWith("org.ccmcoach.");
    }

    /** The value a ccm deserializer read last in this read, where its notes are, and where in them it starts. */
    private static final class LastRead {
        Object value;
        ReadPositions notes;
        int from;
    }

    /** Wraps the deserializer of every ccm type. */
    private static final class Modifier extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return isCcm(type) ? new Checked(deserializer, type) : deserializer;
        }
    }

    /** A ccm type's deserializer, whose broken rules come out as an {@link InvalidCcmValueException}. */
    static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;

        Checked(ValueDeserializer<?> delegatee, Class<?> type) {
            super(delegatee);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new Checked(delegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            return checked(p, ctxt, parser -> _delegatee.deserialize(parser, ctxt));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) {
            @SuppressWarnings("unchecked")   // the delegatee is this type's own deserializer, which reads into its values
            ValueDeserializer<Object> into = (ValueDeserializer<Object>) _delegatee;
            return checked(p, ctxt, parser -> into.deserialize(parser, ctxt, intoValue));
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
            return checked(p, ctxt, parser -> _delegatee.deserializeWithType(parser, ctxt, typeDeserializer));
        }

        /**
         * Reads with notes of where each value starts: the outer ccm value's, or new ones around an
         * outermost object or list. An outermost scalar (an identifier's string) needs none: it is
         * still the parser's token when its check fails.
         */
        private Object checked(JsonParser p, DeserializationContext ctxt, java.util.function.Function<JsonParser, Object> read) {
            JsonToken first = p.currentToken();
            ReadPositions notes = p instanceof ReadPositions outer ? outer
                    : first != null && first.isScalarValue() ? null : new ReadPositions(p);
            int from = notes == null ? -1 : notes.current();
            try {
                Object value = read.apply(notes == null ? p : notes);
                remember(value, notes, from, ctxt);
                return value;
            } catch (CcmValidationException | DatabindException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof InvalidCcmValueException placed) {
                        throw placed;   // an inner ccm value's, placed more closely than this one can
                    }
                }
                CcmValidationException broken = validationIn(e);
                if (broken == null) {
                    throw e;
                }
                if (notes == null) {
                    JsonPointer here = p.streamReadContext().pathAsPointer();
                    TokenStreamLocation at = p.currentTokenLocation();
                    throw invalid(ctxt, type, broken, new ReadPositions.Located(here, Map.of(here,
                            new ReadPositions.Place(Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())))), false);
                }
                throw invalid(ctxt, type, broken, notes.places(from), notes.holdsValues(from));
            }
        }

        /** Remembers the value read, for a converter that checks it next. */
        private static void remember(Object value, ReadPositions notes, int from, DeserializationContext ctxt) {
            LastRead last = (LastRead) ctxt.getAttribute(LAST_READ);
            if (last == null) {
                last = new LastRead();
                ctxt.setAttribute(LAST_READ, last);
            }
            last.value = value;
            last.notes = notes;
            last.from = from;
        }
    }

    private static CcmValidationException validationIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CcmValidationException cve) {
                return cve;
            }
        }
        return null;
    }

    /**
     * The exception for rules broken by a value read: each at its property's value inside the value
     * (or the nearest enclosing value the document holds), or all at the value itself when the
     * document gives it as one scalar (an identifier's string).
     */
    private static InvalidCcmValueException invalid(DeserializationContext ctxt, Class<?> type, CcmValidationException broken,
                                                    ReadPositions.Located at, boolean holdsValues) {
        List<Problem> violations = broken.problems();
        List<Problem> problems = new ArrayList<>(violations.size());
        List<String> details = new ArrayList<>(violations.size());
        for (Problem v : violations) {
            JsonPointer pointer = holdsValues ? at.pointer().append(JsonPositions.pointer(v.atProperty().path())) : at.pointer();
            JsonPointer holder = at.holder(pointer);
            ReadPositions.Place place = at.nearest(pointer);
            if (holdsValues && JsonPositions.saysAbsent(v) && !holder.equals(pointer)
                    && pointer.head().equals(holder) && pointer.last().getMatchingProperty() != null) {
                // A required property the document leaves out: at the object that lacks it, as CcmJson reports it.
                String rule = "required property \"" + pointer.last().getMatchingProperty() + "\" is missing";
                problems.add(Problem.of(Location.json(holder.toString(), place.line(), place.column()), rule));
                details.add(rule);
            } else {
                problems.add(new Problem(Location.json(pointer.toString(), place.line(), place.column()), v.rule(), v.value()));
                details.add(v.toString());
            }
        }
        StringBuilder message = new StringBuilder("Cannot read ").append(CcmValidator.typeName(type)).append(" at ")
                .append(problems.get(0).location()).append(": ").append(String.join("; ", details));
        return new InvalidCcmValueException(ctxt.getParser(), type, message.toString(), problems, broken);
    }

    /** Finds the converter a ccm type or property names, and wraps it. */
    private static final class Converters extends NopAnnotationIntrospector {

        private static final long serialVersionUID = 1L;

        private final JacksonAnnotationIntrospector annotations = new JacksonAnnotationIntrospector();

        @Override
        public Object findDeserializationConverter(MapperConfig<?> config, Annotated annotated) {
            Class<?> owner = annotated instanceof AnnotatedMember member ? member.getDeclaringClass() : annotated.getRawType();
            if (!isCcm(owner)) {
                return null;
            }
            Object named = annotations.findDeserializationConverter(config, annotated);
            if (named instanceof Class<?> converter && Converter.class.isAssignableFrom(converter)) {
                return new CheckedConverter((Converter<?, ?>) ClassUtil.createInstance(converter, config.canOverrideAccessModifiers()),
                        annotated.getRawType());
            }
            return named instanceof Converter<?, ?> converter ? new CheckedConverter(converter, annotated.getRawType()) : null;
        }
    }

    /** A converter of a ccm type, whose broken rules come out as an {@link InvalidCcmValueException}. */
    static final class CheckedConverter implements Converter<Object, Object> {

        private final Converter<Object, Object> converter;
        private final Class<?> type;

        @SuppressWarnings("unchecked")   // Jackson gives a converter only values of its input type, as it would without the wrap
        CheckedConverter(Converter<?, ?> converter, Class<?> type) {
            this.converter = (Converter<Object, Object>) converter;
            this.type = type;
        }

        @Override
        public Object convert(DeserializationContext ctxt, Object value) {
            try {
                return converter.convert(ctxt, value);
            } catch (CcmValidationException e) {
                LastRead last = (LastRead) ctxt.getAttribute(LAST_READ);
                if (last != null && last.value == value && last.notes != null) {
                    throw invalid(ctxt, type, e, last.notes.places(last.from), last.notes.holdsValues(last.from));
                }
                // Not read by a ccm deserializer (a value given by the application's own): its place is where reading stopped.
                JsonParser p = ctxt.getParser();
                JsonPointer here = p == null ? JsonPointer.empty() : p.streamReadContext().pathAsPointer();
                throw invalid(ctxt, type, e, new ReadPositions.Located(here, Map.of()), true);
            }
        }

        @Override
        public Object convert(SerializationContext ctxt, Object value) {
            return converter.convert(ctxt, value);
        }

        @Override
        public JavaType getInputType(TypeFactory typeFactory) {
            return converter.getInputType(typeFactory);
        }

        @Override
        public JavaType getOutputType(TypeFactory typeFactory) {
            return converter.getOutputType(typeFactory);
        }
    }
}

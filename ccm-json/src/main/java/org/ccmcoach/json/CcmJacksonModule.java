package org.ccmcoach.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.ChangeConcept;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.CoachRole;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.ProgramId;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.json.internal.JacksonCompatibility;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.type.LogicalType;

/**
 * The Jackson 3 module for every ccm type.
 *
 * <p>The value types carry their JSON binding as annotations (read only when Jackson is present),
 * so this module's work is the part annotations cannot state: it refuses unknown properties of
 * ccm types in any mapper (Jackson 3 ignores unknown properties by default, so {@code "panelsize": 5}
 * would vanish without a word), whatever the mapper's own setting for other types; it omits absent
 * optional values ({@code "location"} is left out rather than written as {@code null}; this applies
 * to every {@code Optional}, {@code OptionalInt}, … property the mapper writes), and
 * reads decimal numbers only from JSON numbers, and only finite ones (Jackson alone reads the
 * string {@code "NaN"} as a double), and lists the types a ccm document may be ({@link #documentTypes()}). It is found by
 * {@code ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()} picks it up; most
 * callers use {@link CcmJson#mapper()}, which has it and the strict reading settings.
 *
 * <p>The other strictness rules of {@link CcmJson} are settings of a whole mapper, which a module
 * cannot make: duplicate keys, trailing tokens, {@code null} for numbers, fractions for whole numbers,
 * numbers for enums or text. An application that wants them for its own mapper too applies
 * {@link #strictReading(MapperBuilder)} to its builder (they then hold for its own types as well).
 * Validation needs nothing: ccm values check their rules when they are built, in any mapper, and the
 * module turns a broken rule into an {@link InvalidCcmValueException}, a Jackson input mismatch that
 * names each rule's JSON Pointer, line and column, so that a framework answers it as bad input (400)
 * rather than as a fault of its own (500).
 *
 * <pre>{@code
 * JsonMapper mine = JsonMapper.builder().findAndAddModules().build();    // unknown ccm properties refused
 * JsonMapper strict = CcmJacksonModule.strictReading(JsonMapper.builder()).build();   // all of CcmJson's rules
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CcmJacksonModule extends JacksonModule {

    private static final List<Class<?>> DOCUMENT_TYPES = List.of(
            Practice.class, Coach.class, GeoPoint.class, TriageLevel.class,
            PracticeId.class, CoachId.class, ProgramId.class,
            CcmElement.class, ChangeConcept.class, CoachRole.class);

    /**
     * Creates the module; {@code ServiceLoader} calls this, and so may callers building their own mapper.
     *
     * @throws IncompatibleJacksonException if the Jackson on the class path cannot run ccm-json
     */
    public CcmJacksonModule() {
        JacksonCompatibility.require();
    }

    /**
     * The public ccm types that may be read or written as a JSON document of their own.
     *
     * @return the types, immutable, in a stable order
     */
    public static List<Class<?>> documentTypes() {
        return DOCUMENT_TYPES;
    }

    /**
     * Adds this module and every reading rule of {@link CcmJson} that is a mapper setting to an
     * application's mapper builder: duplicate keys, trailing tokens, {@code null} for primitives,
     * fractions for whole numbers, numbers for enums, numbers or booleans for text, and coercion of
     * scalars are all refused. Only {@link CcmJson}'s size limits stay with {@link CcmJson}: they are
     * settings of the parser factory, which the application's builder already has. In Spring Boot:
     * {@code @Bean JsonMapperBuilderCustomizer ccm() { return CcmJacksonModule::strictReading; }}.
     *
     * @param <M> the mapper type
     * @param <B> the builder type
     * @param builder  the application's builder, not null
     * @return the same builder, for chaining
     */
    public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strictReading(B builder) {
        return builder.addModule(new CcmJacksonModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // A number or boolean where text is expected is a mistake, not a name: 5 is not "5".
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Override
    public String getModuleName() {
        return "ccm";
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "org.ccmcoach", "ccm-json");
    }

    @Override
    public void setupModule(SetupContext context) {
        // Config overrides are keyed by the exact class, and ccm values are written as their
        // generated subclasses, so the rule is set on the optional types themselves.
        JsonInclude.Value nonAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
        for (Class<?> optional : List.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class)) {
            context.configOverride(optional).setIncludeAsProperty(nonAbsent);
        }
        context.addDeserializers(FiniteNumbers.deserializers());
        context.addSerializers(MoneyJson.serializers());
        context.addDeserializers(MoneyJson.deserializers());
        context.addHandler(new UnknownCcmProperties());
        // A broken rule is bad input, placed in the document, in any mapper: an InvalidCcmValueException.
        CheckedReading.setup(context);
    }

    /**
     * Refuses an unknown property of a ccm type, whatever the mapper's FAIL_ON_UNKNOWN_PROPERTIES says:
     * a misspelt {@code "panelsize"} is a mistake in the data, not an extension. Jackson asks the
     * handler before it consults that setting; properties of other types are left to the mapper.
     */
    private static final class UnknownCcmProperties extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (type.getName().startsWith("org.ccmcoach.")) {
                Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
                UnrecognizedPropertyException e = UnrecognizedPropertyException.from(parser, beanOrClass, propertyName, known);
                // At the start of the property's value, where CcmJson places it too, not where the parser stopped after it.
                UnrecognizedPropertyException located = new UnrecognizedPropertyException(parser, e.getOriginalMessage(),
                        parser.currentTokenLocation(), type, propertyName, known);
                located.prependPath(beanOrClass, propertyName);
                throw located;
            }
            return false;
        }
    }
}

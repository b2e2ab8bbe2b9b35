package org.ccmcoach.fhir;

import org.ccmcoach.core.value.Problem;


import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ccmcoach.json.CcmJson;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.core.JsonToken;

/**
 * FHIR R4 resources from and to JSON, read as hostile input: bounded, strict, and every fault
 * reported as one {@link CcmFhirException} listing all of them with their locations.
 *
 * <pre>{@code
 * QuestionnaireResponse qr = FhirJson.read(Path.of("qr-17.json"), QuestionnaireResponse.class);
 * String json = FhirJson.toJson(observation);
 * }</pre>
 *
 * <p>Reading checks, before HAPI FHIR's parser sees the text, that it is at most
 * {@value #MAX_DOCUMENT_LENGTH} bytes of UTF-8 (a byte-order mark is skipped; Windows-1252 or UTF-16
 * text is refused at the line and column of its first foreign character, with advice to save it as
 * UTF-8) and one well-formed JSON object with no repeated property (HAPI's parser would let the last
 * copy win, or drop a second object, silently), nested at most {@value CcmJson#MAX_NESTING_DEPTH}
 * deep, with strings of at most {@value CcmJson#MAX_STRING_LENGTH} characters, numbers of at most
 * {@value CcmJson#MAX_NUMBER_LENGTH} digits written out ({@code 1e999999999} is a billion, which
 * HAPI's parser would write out before reading), at most {@value #MAX_VALUES} JSON values and a Bundle
 * at most {@value #MAX_ENTRIES} entries, with the resource type asked for: one streaming pass, and a
 * limit broken is refused at its line and column before any model is built. So any document read
 * costs a bounded heap: the largest measured needed at most 192 MB (docs/limits.md). HAPI's parser then reports unknown elements, JSON types that do not fit an element (a number where an array
 * belongs) and values that are not valid for their FHIR type (such as {@code "three"} as an
 * integer); each becomes a {@link Problem}, invalid values at their FHIRPath.
 *
 * <p>Strict as R4 is strict, where HAPI's parser is lenient, each at its FHIRPath: a
 * {@code modifierExtension} anywhere and {@code implicitRules} are refused (R4 §2.13 and
 * Resource.implicitRules: a reader that does not know one SHALL refuse the data; ccm knows none); a number or boolean written as a JSON
 * string ({@code "valueInteger": "2"}), or a number or boolean where R4 wants a string, is refused
 * (HAPI reads either as the text, unsaid); a dateTime or instant with a time and no zone is refused
 * (R4: "If hours and minutes are specified, a time zone SHALL be populated"). A primitive with
 * only an extension ({@code "_total": {"extension": […]}}, legal R4) is read, its value absent.
 *
 * <p>The {@link FhirContext} is ccm's own, built once (about two seconds) and kept private: not HAPI's
 * cached context, whose parser options an application may change, since no setting outside these
 * calls should decide whether a resource is read. All methods are thread-safe.
 */
public final class FhirJson {

    /** The longest document read, in bytes (32 MiB), the limit of ccm's JSON readers; a Bundle of measures stays far below. */
    public static final int MAX_DOCUMENT_LENGTH = CcmJson.MAX_DOCUMENT_LENGTH;

    /**
     * The most JSON values (objects, lists, strings, numbers, booleans, nulls; not property names)
     * read as one resource: ccm's choice. The model HAPI's parser builds, with the problems found,
     * costs up to about 400 bytes a value however few bytes the value takes (an empty extension
     * {@code {}} is three), so this, not the 32 MiB, bounds the heap: the largest documents measured
     * needed at most 192 MB (docs/limits.md). A Bundle of a measure's Observations takes about 13
     * values a point, a Questionnaire of an instrument some tens an item: thousands, far below.
     */
    public static final int MAX_VALUES = 500_000;

    /**
     * The most entries read in one Bundle: ccm's choice, far above a measure's points (ten years of
     * daily points are 3,653) and bounding the model of a Bundle of empty entries.
     */
    public static final int MAX_ENTRIES = 100_000;

    private FhirJson() {
    }

    /** The context, built at first use. */
    private static final class Holder {
        static final FhirContext R4 = FhirContext.forR4();
    }

    /**
     * The FHIR R4 context ccm-fhir parses and writes with. Not public: a context's parser options
     * are mutable, and no setting outside these calls may decide whether a resource is read; an
     * application wanting HAPI's own API builds or takes its own context (any R4 context reads the
     * same model classes).
     */
    static FhirContext context() {
        return Holder.R4;
    }

    /**
     * Reads a resource from JSON text.
     *
     * @param <T>  the resource type
     * @param json  the JSON, not null
     * @param type  the resource type expected, such as {@code QuestionnaireResponse.class}
     * @return the resource
     * @throws CcmFhirException listing every problem found
     */
    public static <T extends Resource> T parse(String json, Class<T> type) {
        return parse(json.getBytes(StandardCharsets.UTF_8), type);
    }

    /**
     * Reads a resource from UTF-8 JSON bytes.
     *
     * @param <T>  the resource type
     * @param json  the JSON, not null
     * @param type  the resource type expected
     * @return the resource
     * @throws CcmFhirException listing every problem found
     */
    public static <T extends Resource> T parse(byte[] json, Class<T> type) {
        Parsed<T> parsed = parseCollecting(json, type);
        if (!parsed.problems().isEmpty()) {
            throw new CcmFhirException(describe(parsed.resource()), parsed.problems());
        }
        return parsed.resource();
    }

    /**
     * A resource read, with the problems its parsing found that still left a resource: unknown
     * elements, JSON types that do not fit, invalid values (left empty in the resource). For a
     * reader that maps the resource further and reports these with its own problems, in one
     * exception: {@code FhirResponses.parse} and {@code MeasureBundles.read} do.
     *
     * @param <T>  the resource type
     * @param resource  the resource as far as it could be read
     * @param problems  what parsing found, empty when nothing
     * @param source  what was read, as messages name it
     */
    public record Parsed<T extends Resource>(T resource, List<Problem> problems, String source) {

        /**
         * Copies the problems.
         *
         * @param resource  the resource
         * @param problems  the problems
         * @param source  what was read, as messages name it: a file, or the resource type and id
         */
        public Parsed {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(source, "source");
            problems = List.copyOf(problems);
        }

        /**
         * Maps the resource, reporting the parsing's problems and the mapping's in one exception.
         *
         * @param <R>  what the mapping makes
         * @param mapping  the mapping, which reports its problems as a {@link CcmFhirException}
         * @return what the mapping made, when neither found a problem
         * @throws CcmFhirException listing the parsing's problems, then the mapping's
         */
        public <R> R map(java.util.function.Function<? super T, R> mapping) {
            R result;
            try {
                result = mapping.apply(resource);
            } catch (CcmFhirException e) {
                throwIfAny(e.problems());
                throw e;
            } catch (RuntimeException e) { // a mapping tripped on what parsing already refused: report that
                if (problems.isEmpty()) {
                    throw e;
                }
                throwIfAny(List.of());
                throw e;
            }
            throwIfAny(List.of());
            return result;
        }

        /**
         * Throws every problem of the parsing and of a further mapping together, or returns when there is none.
         *
         * @param more  problems the mapping found; one equal to a parsing problem is reported once
         * @throws CcmFhirException listing them all, parsing first
         */
        public void throwIfAny(List<Problem> more) {
            java.util.LinkedHashSet<Problem> all = new java.util.LinkedHashSet<>(problems);
            all.addAll(more);
            if (!all.isEmpty()) {
                throw new CcmFhirException(source, List.copyOf(all));
            }
        }
    }

    /**
     * Reads a resource from UTF-8 JSON bytes, keeping the problems that left a resource instead of
     * throwing them, for a caller that maps it and reports all problems at once.
     *
     * @param <T>  the resource type
     * @param json  the JSON, not null
     * @param type  the resource type expected
     * @return the resource and the problems its parsing found
     * @throws CcmFhirException when no resource can be read at all: too long, not UTF-8, malformed
     *         JSON, a repeated property, too deep, another resource type
     */
    public static <T extends Resource> Parsed<T> parseCollecting(byte[] json, Class<T> type) {
        Objects.requireNonNull(type, "type");
        String name = type.getSimpleName();
        if (json.length > MAX_DOCUMENT_LENGTH) {
            throw new CcmFhirException(name, List.of(FhirProblems.of("the document",
                    "must be at most " + MAX_DOCUMENT_LENGTH + " bytes; split a large Bundle", json.length + " bytes")));
        }
        int start = FhirPreCheck.utf8(json, name);
        java.util.Map<String, JsonToken> scalars = FhirPreCheck.checkJson(json, start, name);
        String text = new String(json, start, json.length - start, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        IParser parser = context().newJsonParser();
        Collector collector = new Collector(name, problems);
        parser.setParserErrorHandler(collector);
        T resource;
        try {
            resource = parser.parseResource(type, text);
        } catch (RuntimeException | StackOverflowError e) { // HAPI's parser on input it did not expect
            problems.add(FhirProblems.of(name, "cannot be parsed as FHIR R4: " + FhirPreCheck.firstLine(e.getMessage())));
            throw new CcmFhirException(name, problems);
        }
        new Strictness(scalars, problems).walk(resource, name, "");
        return new Parsed<>(resource, problems, describe(resource));
    }

    /**
     * Reads a resource from a UTF-8 JSON file as {@link #parseCollecting(byte[], Class)} does, at most
     * {@value #MAX_DOCUMENT_LENGTH} bytes of it; messages name the file.
     *
     * @param <T>  the resource type
     * @param file  the file, not null
     * @param type  the resource type expected
     * @return the resource and the problems its parsing found
     * @throws CcmFhirException when no resource can be read at all, the file named
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T extends Resource> Parsed<T> readCollecting(Path file, Class<T> type) {
        String source = file.getFileName() + " (" + type.getSimpleName() + ")";
        try (InputStream in = Files.newInputStream(file)) {
            Parsed<T> parsed = parseCollecting(in.readNBytes(MAX_DOCUMENT_LENGTH + 1), type);
            return new Parsed<>(parsed.resource(), parsed.problems(), source);
        } catch (CcmFhirException e) {
            throw new CcmFhirException(source, e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a resource from a UTF-8 JSON stream, which is not closed; at most
     * {@value #MAX_DOCUMENT_LENGTH} bytes are read.
     *
     * @param <T>  the resource type
     * @param json  the stream, not null
     * @param type  the resource type expected
     * @return the resource
     * @throws CcmFhirException listing every problem found
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static <T extends Resource> T read(InputStream json, Class<T> type) {
        try {
            return parse(json.readNBytes(MAX_DOCUMENT_LENGTH + 1), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a resource from a UTF-8 JSON file.
     *
     * @param <T>  the resource type
     * @param file  the file, not null
     * @param type  the resource type expected
     * @return the resource
     * @throws CcmFhirException listing every problem found, the file named
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T extends Resource> T read(Path file, Class<T> type) {
        Parsed<T> parsed = readCollecting(file, type);
        parsed.throwIfAny(List.of());
        return parsed.resource();
    }

    /**
     * A resource as indented JSON.
     *
     * @param resource  the resource, not null
     * @return its JSON
     */
    public static String toJson(IBaseResource resource) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /**
     * Writes a resource as indented UTF-8 JSON, replacing the file.
     *
     * @param file  the file, not null
     * @param resource  the resource, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, IBaseResource resource) {
        try {
            Files.writeString(file, toJson(resource) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What R4 refuses and HAPI's parser lets pass, found in one walk of the resource read, each at
     * its FHIRPath: a primitive whose text HAPI kept but could not read as its type ({@code "three"}
     * as an integer; the parser reports these by element name only); a JSON string where R4 wants a
     * number or boolean ({@code "valueInteger": "2"}) and a number or boolean where it wants a string
     * (HAPI reads both as the text); a {@code modifierExtension} and {@code implicitRules}, which R4
     * tells a reader that does not know them to refuse (§2.13 for modifier extensions, the
     * definition of Resource.implicitRules for rules); a dateTime or instant with a time and no zone.
     */
    private record Strictness(java.util.Map<String, JsonToken> scalars, List<Problem> problems) {

        /**
         * @param node  the element or resource
         * @param path  its FHIRPath
         * @param pointer  its JSON pointer in the document, as ccm-json's parser gave the scalars'
         */
        void walk(Base node, String path, String pointer) {
            for (Property property : node.children()) {
                List<Base> values = property.getValues();
                if (values.isEmpty()) {
                    continue;
                }
                String name = property.getName().replace("[x]", "");
                boolean choice = property.getName().endsWith("[x]");
                boolean repeats = property.getMaxCardinality() > 1;
                for (int i = 0; i < values.size(); i++) {
                    Base value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    String at = path + "." + name + (repeats ? "[" + i + "]" : "");
                    String json = choice ? name + capitalised(value.fhirType()) : name;
                    String index = repeats ? "/" + i : "";
                    if ("modifierExtension".equals(name)) {
                        problems.add(FhirProblems.of(at, "must not be here: a modifier extension changes what this"
                                + " element means, and R4 (§2.13) has a reader that does not know it refuse the data;"
                                + " ccm knows none, so remove it or resolve its meaning before sending",
                                value instanceof org.hl7.fhir.r4.model.Extension e && e.getUrl() != null ? e.getUrl() : "no url"));
                        continue;
                    }
                    if (value instanceof PrimitiveType<?> primitive) {
                        primitive(primitive, at, pointer + "/" + json + index, name);
                        walk(value, at, pointer + "/_" + json + index); // its id and extensions
                    } else {
                        walk(value, at, pointer + "/" + json + index);
                    }
                }
            }
        }

        private void primitive(PrimitiveType<?> primitive, String at, String pointer, String name) {
            String text = primitive.getValueAsString();
            if (primitive.getValue() == null && text != null) { // hasValue() is true for the kept text
                problems.add(FhirProblems.of(at, "must be a valid FHIR " + primitive.fhirType(), text));
                return;
            }
            if (text == null) {
                return;
            }
            JsonToken token = scalars.get(pointer);
            boolean numberOrBoolean = primitive instanceof org.hl7.fhir.r4.model.BooleanType
                    || primitive instanceof org.hl7.fhir.r4.model.IntegerType || primitive instanceof org.hl7.fhir.r4.model.DecimalType;
            if (numberOrBoolean && token == JsonToken.VALUE_STRING) {
                problems.add(FhirProblems.of(at, "must be a JSON " + (primitive instanceof org.hl7.fhir.r4.model.BooleanType
                        ? "true or false" : "number") + ", not a string: write it without quotes, as R4's JSON does for a "
                        + primitive.fhirType(), text));
            } else if (!numberOrBoolean && token != null && token != JsonToken.VALUE_STRING && !"id".equals(name)) {
                problems.add(FhirProblems.of(at, "must be a JSON string: R4's JSON writes a " + primitive.fhirType()
                        + " in quotes", text)); // a resource's id HAPI reports itself
            }
            if ("implicitRules".equals(name)) {
                problems.add(FhirProblems.of(at, "must not be given: R4 has a reader that does not know a resource's"
                        + " implicit rules refuse it, and ccm knows none", text));
            }
            if ((primitive instanceof org.hl7.fhir.r4.model.DateTimeType || primitive instanceof org.hl7.fhir.r4.model.InstantType)
                    && text.indexOf('T') >= 0) {
                String time = text.substring(text.indexOf('T') + 1);
                if (!time.endsWith("Z") && time.indexOf('+') < 0 && time.indexOf('-') < 0) {
                    problems.add(FhirProblems.of(at, "must give a time zone with its time (R4: \"If hours and minutes are"
                            + " specified, a time zone SHALL be populated\"): add Z or an offset such as +01:00, or give"
                            + " the date alone", text));
                }
            }
        }

        private static String capitalised(String type) {
            return type.isEmpty() ? type : Character.toUpperCase(type.charAt(0)) + type.substring(1);
        }
    }

    static String describe(Resource resource) {
        return resource.fhirType() + (resource.hasIdElement() && resource.getIdElement().hasIdPart()
                ? " \"" + resource.getIdElement().getIdPart() + "\"" : "");
    }

    /**
     * HAPI's parser faults as problems; invalid values are left to {@link Strictness}, which locates them.
     * HAPI names only the parent element, so faults of many siblings (half a million extensions without
     * a url) are one problem, kept once: the problems cost memory of the distinct faults, not of the document.
     */
    private static final class Collector implements IParserErrorHandler {

        private final String type;
        private final List<Problem> problems;
        private final java.util.Set<Problem> seen = new java.util.HashSet<>();

        Collector(String type, List<Problem> problems) {
            this.type = type;
            this.problems = problems;
        }

        private void add(Problem problem) {
            if (seen.add(problem)) {
                problems.add(problem);
            }
        }

        private String within(IParseLocation location) {
            String parent = location == null ? null : location.getParentElementName();
            return parent == null ? type : type + ", within element " + parent;
        }

        @Override
        public void containedResourceWithNoId(IParseLocation location) {
            add(FhirProblems.of(within(location), "a contained resource must have an id"));
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String element, BaseJsonLikeValue.ValueType expected,
                                      BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                                      BaseJsonLikeValue.ScalarType foundScalar) {
            add(FhirProblems.of(within(location), "element " + element + " must be a JSON "
                    + kind(expected, expectedScalar) + ", not a " + kind(found, foundScalar)));
        }

        private static String kind(BaseJsonLikeValue.ValueType value, BaseJsonLikeValue.ScalarType scalar) {
            String v = value == null ? "value" : value.name().toLowerCase(java.util.Locale.ROOT);
            return scalar == null ? v : scalar.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            // located at its FHIRPath afterwards, from the text HAPI keeps in the primitive
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String element) {
            add(FhirProblems.of(within(location), "must have element " + element));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String element) {
            add(FhirProblems.of(within(location), "element " + element + " must not repeat"));
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attribute) {
            add(FhirProblems.of(within(location), "has no attribute " + Problem.show(attribute) + " in FHIR R4", attribute));
        }

        @Override
        public void unknownElement(IParseLocation location, String element) {
            add(FhirProblems.of(within(location), "has no element " + Problem.show(element) + " in FHIR R4", element));
        }

        @Override
        public void unknownReference(IParseLocation location, String reference) {
            add(FhirProblems.of(within(location), "refers to a contained resource that is not there", reference));
        }

        @Override
        public void invalidInternalReference(IParseLocation location, String reference) {
            add(FhirProblems.of(within(location), "refers to a contained resource that is not there", reference));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            add(FhirProblems.of(within(location), "an extension must have a value or nested extensions, not both"));
        }
    }
}

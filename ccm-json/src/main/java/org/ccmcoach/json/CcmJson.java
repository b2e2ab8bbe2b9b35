package org.ccmcoach.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.internal.JacksonCompatibility;
import org.ccmcoach.json.internal.JsonSyntax;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes ccm values as JSON, strictly, with errors that say where and why.
 *
 * <p>Reading rejects what a lenient reader would guess at: unknown properties (by name),
 * duplicate keys, trailing content, {@code null} for numbers, fractions for whole numbers, numbers
 * for enums, and every value that breaks a rule of its type. Every such failure is a
 * {@link CcmJsonException} carrying the JSON Pointer, line and column of the offending value. A
 * document that is not JSON is refused for that first, in ccm's words, where it stops being JSON:
 * {@code a property name must follow the comma (found '}')} at line 3, column 1. A required property
 * the document leaves out is reported at the object that lacks it, with the line and column where
 * that object starts: {@code required property "date" is missing}. A date that has the form but names
 * no day says why: {@code 2026-02-30 is not a day (February 2026 has 28 days)}.
 * Writing uses camelCase property names, enum constant names and ISO-8601 dates, and leaves out
 * absent optional values.
 *
 * <pre>{@code
 * String json = CcmJson.toJson(practice);
 * Practice back = CcmJson.parse(json, Practice.class);           // equals practice
 * List<Practice> all = CcmJson.readList(Path.of("practices.json"), Practice.class);
 * }</pre>
 *
 * <p>Limits, against hostile input: nesting at most {@value #MAX_NESTING_DEPTH} deep, strings at
 * most {@value #MAX_STRING_LENGTH} characters, numbers at most {@value #MAX_NUMBER_LENGTH} digits,
 * amounts at most {@value #MAX_AMOUNT_LENGTH} characters, documents at most
 * {@value #MAX_DOCUMENT_LENGTH} bytes. The shared mapper is immutable and thread-safe, as are all methods here.
 *
 * <p>Every method first checks that the Jackson on the class path can run ccm-json, and throws
 * {@link IncompatibleJacksonException}, naming the versions found and needed and the fix, when it
 * cannot ("Jackson compatibility" in docs/embedding.md).
 */
public final class CcmJson {

    /** The deepest nesting read; ccm documents need fewer than 20 levels. */
    public static final int MAX_NESTING_DEPTH = 200;

    /** The longest string value read, in characters (1 MiB); free-text notes stay far below it. */
    public static final int MAX_STRING_LENGTH = 1 << 20;

    /**
     * The longest number read, in digits: Jackson's own default, kept so that a number costs bounded
     * time to convert; no ccm value needs a twentieth of it.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * The longest amount or currency text read, in characters ({@code "USD 12.50"}): the library's
     * choice, as a currency code, a space and 28 more characters hold more than any budget, and a
     * longer text would only cost time to parse.
     */
    public static final int MAX_AMOUNT_LENGTH = 32;

    /**
     * The longest document read, in bytes (32 MiB), from a file, a stream or text: the library's
     * choice, far above a ccm document. A longer one is refused after reading this many bytes, so a
     * huge file costs bounded memory; JSON Lines holds any number of values.
     */
    public static final int MAX_DOCUMENT_LENGTH = 1 << 25;

    /**
     * The mappers, built at the first use after {@link JacksonCompatibility#require()} has passed: building
     * them with an incompatible jackson-annotations would fail with a NoClassDefFoundError instead.
     */
    private static final class Mappers {
        static final JsonMapper STRICT = CcmJacksonModule.strictReading(JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_NESTING_DEPTH)
                                .maxStringLength(MAX_STRING_LENGTH)
                                .maxNumberLength(MAX_NUMBER_LENGTH)
                                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                                .build())
                        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                        .build()))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();

        static final JsonMapper PRETTY = STRICT.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** The strict mapper, once the class path's Jackson is known to run it. */
    static JsonMapper strict() {
        JacksonCompatibility.require();
        return Mappers.STRICT;
    }

    private static JsonMapper prettyWriter() {
        JacksonCompatibility.require();
        return Mappers.PRETTY;
    }

    private CcmJson() {
    }

    /**
     * The configured strict mapper, for callers who bind their own types next to ccm's.
     *
     * @return the shared mapper, not null
     */
    public static JsonMapper mapper() {
        return strict();
    }

    /**
     * Writes a value as compact JSON.
     *
     * @param value  a ccm value, or a list or map of them, not null
     * @return the JSON text, not null
     */
    public static String toJson(Object value) {
        return strict().writeValueAsString(Objects.requireNonNull(value, "value"));
    }

    /**
     * Writes a value as indented JSON, for people to read.
     *
     * @param value  a ccm value, or a list or map of them, not null
     * @return the JSON text, not null
     */
    public static String toPrettyJson(Object value) {
        return prettyWriter().writeValueAsString(Objects.requireNonNull(value, "value"));
    }

    /**
     * Writes a value as indented UTF-8 JSON to a file, replacing it.
     *
     * @param file  the file, not null
     * @param value  the value, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, Object value) {
        try {
            Files.writeString(Objects.requireNonNull(file, "file"), toPrettyJson(value) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a value of a type from JSON text.
     *
     * @param <T> the type
     * @param json  the JSON text, not null
     * @param type  the type to read, not null
     * @return the value, validated, not null
     * @throws CcmJsonException if the text is not a valid value of the type
     */
    public static <T> T parse(String json, Class<T> type) {
        return bind(Objects.requireNonNull(json, "json"), strict().constructType(type));
    }

    /**
     * Reads a value of a generic type, such as {@code Map<PracticeId, List<Encounter>>}, from JSON text.
     *
     * @param <T> the type
     * @param json  the JSON text, not null
     * @param type  the type to read, such as {@code new TypeReference<Map<PracticeId, List<Encounter>>>() {}}
     * @return the value, validated, not null
     * @throws CcmJsonException if the text is not a valid value of the type
     */
    public static <T> T parse(String json, TypeReference<T> type) {
        return bind(Objects.requireNonNull(json, "json"), strict().getTypeFactory().constructType(type));
    }

    /**
     * Reads a value of a type from UTF-8 JSON bytes.
     *
     * @param <T> the type
     * @param json  the UTF-8 bytes, not null
     * @param type  the type to read, not null
     * @return the value, validated, not null
     * @throws CcmJsonException if the bytes are not a valid value of the type
     */
    public static <T> T parse(byte[] json, Class<T> type) {
        return bind(json.clone(), strict().constructType(type));
    }

    /**
     * Reads a value of a type from a UTF-8 JSON stream, to its end. The stream is not closed.
     *
     * @param <T> the type
     * @param json  the stream, not null
     * @param type  the type to read, not null
     * @return the value, validated, not null
     * @throws CcmJsonException if the stream does not hold a valid value of the type
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static <T> T read(InputStream json, Class<T> type) {
        JavaType t = strict().constructType(type);
        return bind(readAll(json, t), t);
    }

    /**
     * Reads a value of a type from a UTF-8 JSON file.
     *
     * @param <T> the type
     * @param file  the file, not null
     * @param type  the type to read, not null
     * @return the value, validated, not null
     * @throws CcmJsonException if the file does not hold a valid value of the type
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T> T read(Path file, Class<T> type) {
        JavaType t = strict().constructType(type);
        return bind(readAll(file, t), t);
    }

    /**
     * Reads a value of a generic type from a UTF-8 JSON file.
     *
     * @param <T> the type
     * @param file  the file, not null
     * @param type  the type to read, such as {@code new TypeReference<Map<PracticeId, List<Encounter>>>() {}}
     * @return the value, validated, not null
     * @throws CcmJsonException if the file does not hold a valid value of the type
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T> T read(Path file, TypeReference<T> type) {
        JavaType t = strict().getTypeFactory().constructType(type);
        return bind(readAll(file, t), t);
    }

    /**
     * Reads a JSON array of values of a type.
     *
     * @param <T> the element type
     * @param json  the JSON text, an array, not null
     * @param type  the element type, not null
     * @return the values in order, immutable, not null
     * @throws CcmJsonException if the text is not an array of valid values of the type
     */
    public static <T> List<T> parseList(String json, Class<T> type) {
        return List.copyOf(bind(Objects.requireNonNull(json, "json"),
                strict().getTypeFactory().constructCollectionType(List.class, type)));
    }

    /**
     * Reads a JSON array of values of a type from a UTF-8 file.
     *
     * @param <T> the element type
     * @param file  the file, not null
     * @param type  the element type, not null
     * @return the values in order, immutable, not null
     * @throws CcmJsonException if the file does not hold an array of valid values of the type
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T> List<T> readList(Path file, Class<T> type) {
        JavaType t = strict().getTypeFactory().constructCollectionType(List.class, type);
        return List.copyOf(bind(readAll(file, t), t));
    }

    /**
     * Reads one line of a JSON Lines file as a document; errors give the file's line.
     *
     * @param line  the line's number in the file, from 1
     */
    static <T> T parseLine(String text, Class<T> type, int line) {
        return bind(text, strict().constructType(type), line - 1);
    }

    /** Reads from a String or UTF-8 bytes; text is never re-encoded, so any Java string survives. */
    private static <T> T bind(Object json, JavaType type) {
        return bind(json, type, -1);
    }

    /**
     * As {@link #bind(Object, JavaType)}; with {@code linesBefore} of 0 or more the text is one line
     * of a file, after that many lines, and every error names its line in the file.
     */
    private static <T> T bind(Object json, JavaType type, int linesBefore) {
        try {
            T value = json instanceof String text ? strict().readValue(text, type) : strict().readValue((byte[]) json, type);
            if (value == null) {
                throw new CcmJsonException("Cannot read " + name(type) + " from JSON null", List.of(Problem.of(
                        Location.json("", Math.max(1, linesBefore + 1), 1), "must be " + name(type) + ", not JSON null")), null);
            }
            return value;
        } catch (JacksonException | CcmValidationException | IllegalArgumentException | IllegalStateException e) {
            throw ReadFailures.translate(e, json, type, linesBefore);
        }
    }

    /**
     * Places a rule broken after reading in the document it was read from, as a failure while reading
     * would be placed: the JSON Pointer of the first broken rule's property (the nearest enclosing
     * value the document holds, where it leaves the property out), with its line and column. For
     * checks the reader cannot make: a response naming an instrument the application does not know
     * (one that is built in or registered is checked while it is read), or one checked against an
     * instrument the application holds without registering it.
     *
     * <pre>{@code
     * AssessmentResponse response = CcmJson.parse(body, AssessmentResponse.class);
     * try {
     *     return myInstrument.score(response);
     * } catch (CcmValidationException e) {
     *     throw CcmJson.locate(body, AssessmentResponse.class, e);   // pointer "/answers/1.3", line 7, column 12
     * }
     * }</pre>
     *
     * @param json  the JSON text the value was read from, not null
     * @param type  the type read from it, named in the message, not null
     * @param failure  the failure, not null
     * @return the exception to throw, not null
     */
    public static CcmJsonException locate(String json, Class<?> type, CcmValidationException failure) {
        Objects.requireNonNull(json, "json");
        JavaType t = strict().constructType(Objects.requireNonNull(type, "type"));
        List<Problem> violations = Objects.requireNonNull(failure, "failure").problems();
        JsonPointer pointer = JsonPositions.pointer(violations.get(0).atProperty().path());
        JsonPositions.Located at = JsonPositions.locate(json, pointer);
        while (at == null && !pointer.matches()) {
            pointer = pointer.head();
            at = JsonPositions.locate(json, pointer);
        }
        int line = at == null ? 0 : Math.max(0, at.location().getLineNr());
        int column = at == null ? 0 : Math.max(0, at.location().getColumnNr());
        return new CcmJsonException("Cannot accept " + name(t) + " at " + Location.json(pointer.toString(), line, column) + ": "
                + ReadFailures.listed(violations), ReadFailures.located(json, JsonPointer.empty(), violations, -1, false).problems(), failure);
    }

    /**
     * ccm's problems for a failure of any Jackson 3 mapper reading JSON, such as the application's own
     * in a web framework: the problems an {@link InvalidCcmValueException} carries, each at its value;
     * for Jackson's own refusals (malformed JSON, a duplicate key, an unknown property, a value of the
     * wrong type), one problem in ccm's words at the JSON Pointer, line and column Jackson reports. So
     * an error handler answers every bad body alike without the body, which the framework has read.
     *
     * <pre>{@code
     * // Spring: HttpMessageNotReadableException's cause is the mapper's JacksonException
     * List<Problem> problems = CcmJson.problems(jacksonException);
     * problems.get(0).location();   // Location.JsonValue: "/answers/1.1", line 7, column 12
     * }</pre>
     *
     * @param failure  the mapper's failure, not null
     * @return the problems, at least one, each at a {@link Location.JsonValue}, not null
     */
    public static List<Problem> problems(JacksonException failure) {
        Objects.requireNonNull(failure, "failure");
        if (failure instanceof InvalidCcmValueException invalid) {
            return invalid.problems();
        }
        String pointer;
        if (failure instanceof StreamReadException sre && sre.processor() != null) {
            JsonParser parser = sre.processor();
            // Malformed JSON or a duplicate key: the parser stopped at the place.
            pointer = parser.streamReadContext().pathAsPointer().toString();
        } else {
            pointer = JsonPositions.pointer(failure.getPath()).toString();
        }
        TokenStreamLocation at = failure.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        String rule = failure instanceof tools.jackson.core.exc.StreamConstraintsException sce && sce.getOriginalMessage() != null
                ? sce.getOriginalMessage() : ReadFailures.detail(failure);
        return List.of(Problem.of(Location.json(pointer, line, column), rule));
    }

    private static final String DOCUMENT_TOO_LONG = "the document is longer than " + Decimals.grouped(MAX_DOCUMENT_LENGTH)
            + " bytes, the most read as one document (CcmJson.MAX_DOCUMENT_LENGTH); JsonLines reads files of any length"
            + " a line at a time";
    private static final String STRING_TOO_LONG = "a string is longer than " + Decimals.grouped(MAX_STRING_LENGTH)
            + " characters, the most read (CcmJson.MAX_STRING_LENGTH)";
    private static final String NESTING_TOO_DEEP = "the document nests deeper than " + MAX_NESTING_DEPTH
            + " levels, the most read (CcmJson.MAX_NESTING_DEPTH)";
    private static final String NUMBER_TOO_LONG = "a number is longer than " + Decimals.grouped(MAX_NUMBER_LENGTH)
            + " digits, the most read (CcmJson.MAX_NUMBER_LENGTH)";

    /** The reading limits, as {@link JsonSyntax} checks them, each with its rule. */
    static final class Limits {
        static final JsonSyntax.Limits LIMITS = new JsonSyntax.Limits(MAX_NESTING_DEPTH, NESTING_TOO_DEEP,
                MAX_STRING_LENGTH, STRING_TOO_LONG, MAX_NUMBER_LENGTH, NUMBER_TOO_LONG, MAX_DOCUMENT_LENGTH, DOCUMENT_TOO_LONG);
    }

    /**
     * A broken reading limit that {@link JsonSyntax} could not place (a document of bytes longer than
     * the limit, which it does not decode): the one limit such a document breaks.
     */
    static String limit(String jackson) {
        return jackson != null && jackson.startsWith("Document length") ? DOCUMENT_TOO_LONG
                : jackson == null ? "a reading limit is broken" : jackson;
    }

    static String name(JavaType type) {
        if (type.isCollectionLikeType()) {
            return "a list of " + CcmValidator.typeName(type.getContentType().getRawClass());
        }
        return CcmValidator.typeName(type.getRawClass());
    }

    private static byte[] readAll(InputStream in, JavaType type) {
        try {
            byte[] bytes = Objects.requireNonNull(in, "json").readNBytes(MAX_DOCUMENT_LENGTH + 1);
            if (bytes.length > MAX_DOCUMENT_LENGTH) {
                throw tooLong(bytes, type);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file, JavaType type) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refusal of a document past the limit, at the line and column of its first byte too many. */
    private static CcmJsonException tooLong(byte[] bytes, JavaType type) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < MAX_DOCUMENT_LENGTH; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = MAX_DOCUMENT_LENGTH - lineStart + 1;
        return new CcmJsonException("Cannot read " + name(type) + " at line " + line + ", column " + column
                + ": " + DOCUMENT_TOO_LONG, List.of(Problem.of(Location.json("", line, column), DOCUMENT_TOO_LONG)), null);
    }


}

package org.ccmcoach.json;

import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.json.internal.LazyStream;
import org.ccmcoach.json.internal.Utf8Reader;

/**
 * Reads and writes JSON Lines (<a href="https://jsonlines.org">jsonlines.org</a>): one ccm value
 * per line, the format for many records of one type, such as a year of survey responses.
 *
 * <p>Each line is read as strictly as {@link CcmJson#parse(String, Class)} reads a document. A
 * failure is a {@link CcmJsonException} whose {@link CcmJsonException#line() line} is the line of
 * the file and whose pointer and column are those within that line. Lines that are empty or only
 * white space are skipped (a trailing newline, or a blank line left by an editor, is not an error);
 * a byte-order mark before the first line is skipped too. {@link #stream(Path, Class)} reads lazily,
 * one line at a time, so a file of any length is read in memory bounded by one line of at most
 * {@value #MAX_LINE_LENGTH} characters. Files must be UTF-8: text in another encoding fails with a
 * {@link CcmJsonException} at the line and column of its first foreign character.
 *
 * <pre>{@code
 * JsonLines.write(Path.of("practices.jsonl"), practices);
 * List<Practice> back = JsonLines.read(Path.of("practices.jsonl"), Practice.class);
 * try (Stream<AssessmentResponse> responses = JsonLines.stream(file, AssessmentResponse.class)) {
 *     responses.map(pacic::score).forEach(...);
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe.
 */
public final class JsonLines {

    /**
     * The longest line read, in characters (8 Mi): a line is one document, and ccm's documents in
     * JSON Lines (a response, a practice) are a few kilobytes. A longer line fails at once, in memory
     * bounded by this length, instead of filling the heap.
     */
    public static final int MAX_LINE_LENGTH = 1 << 23;

    private JsonLines() {
    }

    /**
     * Reads every value of a UTF-8 JSON Lines file.
     *
     * @param <T> the type
     * @param file  the file, not null
     * @param type  the type of every line, not null
     * @return the values in file order, immutable, not null
     * @throws CcmJsonException at the first line that is not a valid value of the type
     * @throws CcmJsonException at a line that is not UTF-8 or is too long
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T> List<T> read(Path file, Class<T> type) {
        try (Stream<T> values = stream(file, type)) {
            return values.collect(Collectors.toUnmodifiableList());
        }
    }

    /**
     * Reads every value of JSON Lines text.
     *
     * @param <T> the type
     * @param text  the text, not null
     * @param type  the type of every line, not null
     * @return the values in order, immutable, not null
     * @throws CcmJsonException at the first line that is not a valid value of the type
     */
    public static <T> List<T> parse(String text, Class<T> type) {
        Objects.requireNonNull(text, "text");
        try (Stream<T> values = stream(new StringReader(text), type)) {
            return values.collect(Collectors.toUnmodifiableList());
        }
    }

    /**
     * Reads a UTF-8 JSON Lines file lazily, a line at a time. Close the stream (try-with-resources)
     * to close the file.
     *
     * @param <T> the type
     * @param file  the file, not null
     * @param type  the type of every line, not null
     * @return the values in file order, sequential, not null
     * @throws CcmJsonException while streaming, at the first line that is not a valid value
     * @throws CcmJsonException while streaming, at a line that is not UTF-8 or is too long
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public static <T> Stream<T> stream(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        try {
            return stream(new Utf8Reader(Files.newInputStream(file)), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads UTF-8 JSON Lines from a byte stream lazily, a line at a time, as a service reads a
     * request body. Closing the returned stream closes the byte stream.
     *
     * @param <T> the type
     * @param in  the bytes, not null
     * @param type  the type of every line, not null
     * @return the values in order, sequential, not null
     * @throws CcmJsonException while streaming, at the first line that is not a valid value, not
     *     UTF-8, or too long
     */
    public static <T> Stream<T> stream(java.io.InputStream in, Class<T> type) {
        return stream(new Utf8Reader(Objects.requireNonNull(in, "in")), type);
    }

    private static <T> Stream<T> stream(Reader source, Class<T> type) {
        Objects.requireNonNull(type, "type");
        LineReader reader = new LineReader(source, MAX_LINE_LENGTH);
        String name = CcmValidator.typeName(type);
        return LazyStream.of(() -> {
            for (String text = readLine(reader, name); text != null; text = readLine(reader, name)) {
                if (reader.line() == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isBlank()) { // a blank line is skipped, not an error
                    return CcmJson.parseLine(text, type, reader.line());
                }
            }
            return null;
        }, () -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The next line, or null at the end; a line that is not UTF-8 or too long is a ccm exception at its line. */
    private static String readLine(LineReader reader, String type) {
        try {
            return reader.readLine();
        } catch (Utf8Reader.Malformed e) {
            throw new CcmJsonException("Cannot read " + type + " at line " + e.line() + ", column " + e.column()
                    + ": the text " + e.reason(), List.of(Problem.of(Location.json("", e.line(), e.column()),
                    "the text " + e.reason())), e);
        } catch (LineReader.TooLong e) {
            throw new CcmJsonException("Cannot read " + type + " at " + e.getMessage()
                    + ", the most JsonLines reads (MAX_LINE_LENGTH); is the file JSON Lines?", List.of(Problem.of(
                    Location.json("", reader.line() + 1, 1), e.getMessage()
                    + ", the most JsonLines reads (MAX_LINE_LENGTH); is the file JSON Lines?")), e);
        } catch (IOException e) {
            throw new UncheckedIOException("line " + (reader.line() + 1) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes values as UTF-8 JSON Lines, one compact document per line, each line ending in a newline.
     *
     * @param file  the file, created or replaced, not null
     * @param values  the values, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, Collection<?> values) {
        Objects.requireNonNull(values, "values");
        try (BufferedWriter out = Files.newBufferedWriter(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8)) {
            for (Object value : values) {
                out.write(CcmJson.toJson(value));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes values as JSON Lines text.
     *
     * @param values  the values, not null
     * @return one compact document per line, each line ending in a newline, not null
     */
    public static String toJsonLines(Collection<?> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : Objects.requireNonNull(values, "values")) {
            out.append(CcmJson.toJson(value)).append('\n');
        }
        return out.toString();
    }
}

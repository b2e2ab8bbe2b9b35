package org.ccmcoach.json.csv;

import org.ccmcoach.core.value.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.internal.JacksonCompatibility;
import org.ccmcoach.json.internal.LazyStream;
import org.ccmcoach.json.internal.Utf8Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * Reads a CSV file a row at a time, in memory bounded by one row, for files too large to hold as a
 * {@link CsvTable}: a header row naming the columns, then the records. RFC 4180 quoting; blank
 * lines are skipped; a cell that ccm's {@link CsvWriter} escaped against formula injection reads
 * back as written.
 *
 * <p>Limits, against hostile files: at most {@value #MAX_COLUMNS} cells in a row (the header
 * included) and at most {@value #MAX_CELL_LENGTH} characters in a cell. The text must be UTF-8; a
 * file in another encoding (Windows-1252, or UTF-16 as Excel's "Unicode Text" saves) fails at the
 * line of its first foreign character, with advice to save it as UTF-8. Every failure is a
 * {@link CsvException} naming the line.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(Path.of("pacic.csv"));
 *      Stream<CsvRow> rows = csv.rows()) {
 *     rows.forEach(row -> row.get("subject").ifPresent(...));
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one reader per file.
 */
public final class CsvReader implements AutoCloseable {

    /** The most cells a row may have, header included: wide enough for any instrument's items. */
    public static final int MAX_COLUMNS = 10_000;

    /**
     * The longest cell read, in characters (1 Mi): the longest JSON string ({@link CcmJson#MAX_STRING_LENGTH}),
     * as a cell holds what a string does; an unclosed quote reaches it.
     */
    public static final int MAX_CELL_LENGTH = CcmJson.MAX_STRING_LENGTH;

    /** Built at the first reader, after the class path's Jackson is checked. */
    private static final class Mapper {
        static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_LENGTH).build())
                .build()).build();
    }

    private final JsonParser parser;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private boolean streamed;

    private CsvReader(Reader text) {
        JacksonCompatibility.require();
        this.parser = Mapper.CSV.createParser(text);
        List<String> first;
        try {
            first = record();
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
        if (first == null) {
            parser.close();
            throw new CsvException(List.of(Problem.ofCsv(1, "", "", "has no header row")));
        }
        this.header = first.stream().map(String::strip).toList();
        try {
            this.columns = CsvRow.columns(header);
        } catch (CsvException e) {
            parser.close();
            throw e;
        }
    }

    /**
     * Opens a UTF-8 CSV file and reads its header.
     *
     * @param file  the file, not null
     * @return the reader, to close
     * @throws CsvException if the file has no header, repeats a column name, or its header breaks a limit
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static CsvReader open(Path file) {
        try {
            return open(Files.newInputStream(Objects.requireNonNull(file, "file")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads UTF-8 CSV from a byte stream, which closing the reader closes.
     *
     * @param in  the stream, not null
     * @return the reader, to close
     * @throws CsvException if the text has no header, repeats a column name, or its header breaks a limit
     */
    public static CsvReader open(InputStream in) {
        return new CsvReader(new Utf8Reader(in));
    }

    /**
     * Reads CSV text; a leading byte-order mark is ignored.
     *
     * @param text  the text, not null
     * @return the reader
     * @throws CsvException if the text has no header, repeats a column name, or its header breaks a limit
     */
    public static CsvReader parse(String text) {
        return new CsvReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
    }

    /**
     * The column names, in file order, without surrounding white space.
     *
     * @return the column names, in file order
     */
    public List<String> header() {
        return header;
    }

    /**
     * The records after the header, blank lines left out, read as the stream is consumed. The
     * stream may be taken once; closing it closes this reader.
     *
     * @return the rows, sequential, not null
     * @throws IllegalStateException if the rows were taken before
     * @throws CsvException while streaming, at a line that is not CSV or breaks a limit
     */
    public Stream<CsvRow> rows() {
        if (streamed) {
            throw new IllegalStateException("the rows of a CsvReader can be read once");
        }
        streamed = true;
        return LazyStream.of(() -> {
            for (List<String> cells = record(); cells != null; cells = record()) {
                if (!(cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty())) { // else a blank line
                    return new CsvRow(columns, header.size(), recordLine, cells);
                }
            }
            return null;
        }, this::close);
    }

    private int recordLine;

    /** The next record's cells, or null at the end; {@link #recordLine} is set to its first line. */
    private List<String> record() {
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return null;
            }
            List<String> record = new ArrayList<>();
            recordLine = parser.currentLocation().getLineNr();
            while ((t = parser.nextToken()) != null && t != JsonToken.END_ARRAY) {
                if (record.isEmpty()) {
                    // The record's line is that of its first cell; the array start is synthetic.
                    recordLine = parser.currentTokenLocation().getLineNr();
                }
                if (record.size() == MAX_COLUMNS) {
                    throw new CsvException(List.of(Problem.ofCsv(recordLine, "", "", "has more than "
                            + Decimals.grouped(MAX_COLUMNS) + " cells, the most a row may have")));
                }
                record.add(FormulaGuard.restore(parser.getString()));
            }
            return record;
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    private CsvException translate(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Utf8Reader.Malformed m) {
                return new CsvException(List.of(Problem.ofCsv(m.line(), "", "", "at character " + m.column() + " "
                        + m.reason())));
            }
        }
        TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                : parser.currentLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        if (e instanceof StreamConstraintsException) {
            return new CsvException(List.of(Problem.ofCsv(line, "", "", "has a cell longer than "
                    + Decimals.grouped(MAX_CELL_LENGTH) + " characters, the most a cell may have"
                    + " (a quote left open makes the rest of the file one cell)")));
        }
        return new CsvException(List.of(Problem.ofCsv(line, "", "", "is not valid CSV: " + e.getOriginalMessage())));
    }

    /** Closes the file. */
    @Override
    public void close() {
        parser.close();
    }

    @Override
    public String toString() {
        return "CsvReader" + header;
    }
}

package org.ccmcoach.json.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ccmcoach.json.internal.JacksonCompatibility;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a CSV table row by row, for tables too large to hold in memory (a million survey scores):
 * the header first, then each row as it comes, quoted as {@link CsvTable} quotes. Close it to
 * flush; the rows written so far are on disk even if a later row fails.
 *
 * <p>Quoting, for every cell and every column name alike, whatever its length: a cell is written in
 * double quotes only when CSV needs them, that is when it holds a comma, a double quote (written
 * twice), a line break ({@code \n} or {@code \r}), or begins or ends with white space (which some
 * readers would trim); every other cell is written as it is.
 *
 * <p>Text that a spreadsheet would run as a formula (a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, as OWASP's CSV-injection guidance lists) is
 * written with a leading apostrophe, which spreadsheets show as text; numbers, negative ones
 * included, are written as they are. {@link CsvReader} and {@link CsvTable} take the apostrophe
 * away again, so ccm reads back exactly the text it wrote.
 *
 * <pre>{@code
 * try (CsvWriter out = CsvWriter.open(Path.of("scores.csv"), List.of("subject", "overall"))) {
 *     reports.forEach(r -> out.row(List.of(r.subject().value(), Decimals.show(r.overall().orElse(Double.NaN)))));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per thread.
 */
public final class CsvWriter implements AutoCloseable {

    /** Built at the first writer, after the class path's Jackson is checked. */
    private static final class Mapper {
        // Quote a cell only where CSV needs it, not (Jackson's default) every cell longer than 24
        // characters or holding a space: one rule for every cell, headers included.
        static final CsvMapper CSV = CsvMapper.builder()
                .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
                .enable(CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE)
                .build();
    }

    private final int columns;
    private final JsonGenerator generator;
    private long rows;

    private CsvWriter(Writer out, List<String> header) {
        JacksonCompatibility.require();
        List<String> names = List.copyOf(header);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("CsvWriter header: must name at least one column");
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("CsvWriter header: column names must be distinct (was " + names + ")");
        }
        // The header goes out as the first row, so a table without rows still has it.
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        names.forEach(schema::addColumn);
        this.columns = names.size();
        try {
            this.generator = Mapper.CSV.writer(schema.build()).createGenerator(out);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        row(names);
        this.rows = 0;
    }

    /**
     * Opens a UTF-8 file for writing, replacing it.
     *
     * @param file  the file, not null
     * @param header  the column names, distinct, at least one
     * @return the writer, to close
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static CsvWriter open(Path file, List<String> header) {
        try {
            return new CsvWriter(Files.newBufferedWriter(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8), header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes to a character stream, which closing the writer closes.
     *
     * @param out  the stream, not null
     * @param header  the column names, distinct, at least one
     * @return the writer, to close
     */
    public static CsvWriter of(Writer out, List<String> header) {
        return new CsvWriter(new BufferedWriter(Objects.requireNonNull(out, "out")), header);
    }

    /**
     * Writes one row.
     *
     * @param cells  one cell per column, not null
     * @return this writer
     * @throws IllegalArgumentException if the row's length differs from the header's
     * @throws UncheckedIOException if the row cannot be written
     */
    public CsvWriter row(List<String> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("row " + (rows + 1) + " has " + cells.size() + " cells for " + columns
                    + " columns");
        }
        return write(cells);
    }

    /** Writes a row as it is, ragged or not: for tables read from files, which keep their rows as read. */
    CsvWriter write(List<String> cells) {
        try {
            generator.writeStartArray();
            for (String cell : cells) {
                generator.writeString(FormulaGuard.neutralise(Objects.requireNonNull(cell, "cell")));
            }
            generator.writeEndArray();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        rows++;
        return this;
    }

    /**
     * The rows written so far, the header not counted.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * Flushes and closes the stream.
     *
     * @throws UncheckedIOException if the stream cannot be flushed or closed
     */
    @Override
    public void close() {
        try {
            generator.close();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }
}

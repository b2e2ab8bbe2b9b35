package org.ccmcoach.json.csv;

import org.ccmcoach.core.value.Problem;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.json.CcmJson;

/**
 * A wide CSV table: a header row naming the columns, then one row per record, as researchers
 * keep survey data in spreadsheets. RFC 4180 quoting; a leading byte-order mark is ignored. The
 * whole table is in memory, up to {@value #MAX_CELLS} cells and {@value #MAX_CHARACTERS}
 * characters; {@link CsvReader} reads larger files a row at a time, under the same limits per row
 * and cell. Writing goes through {@link CsvWriter}, which escapes text a spreadsheet would run as
 * a formula; reading takes the escape away again.
 *
 * <p>Reading keeps every row with its line number, ragged ones included ({@link CsvRow#ragged()}),
 * so that a domain reader can report each bad cell by row and column and never drop a row
 * silently. Only text that is not CSV at all (an unterminated quote) fails the whole read, with a
 * {@link CsvException} giving the line.
 *
 * <pre>{@code
 * CsvTable table = CsvTable.read(Path.of("acic.csv"));
 * for (CsvRow row : table.rows()) {
 *     String subject = row.get("subject").orElse("");
 * }
 * CsvTable out = CsvTable.of(List.of("subject", "overall"), List.of(List.of("site-1", "5.93")));
 * out.write(Path.of("scores.csv"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvTable {

    /**
     * The most cells a table read from a file holds: the library's choice, a million (40,000 responses
     * to a 25-column PACIC), so a table costs bounded memory; {@link CsvReader} streams a larger file.
     */
    public static final int MAX_CELLS = 1_000_000;

    /**
     * The most characters, all cells together, a table read from a file holds (32 Mi): the library's
     * choice, as many as the longest JSON document has bytes ({@link CcmJson#MAX_DOCUMENT_LENGTH}).
     */
    public static final int MAX_CHARACTERS = CcmJson.MAX_DOCUMENT_LENGTH;

    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvTable(List<String> header, List<CsvRow> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Obtains a table from a header and rows of cells, to write; rows are numbered from line 2.
     *
     * @param header  the column names, distinct, not null
     * @param rows  the rows, each with one cell per column, not null
     * @return the table, not null
     * @throws IllegalArgumentException if a row's length differs from the header's
     */
    public static CsvTable of(List<String> header, List<List<String>> rows) {
        Map<String, Integer> columns = CsvRow.columns(header);
        List<CsvRow> built = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells for " + header.size() + " columns");
            }
            built.add(new CsvRow(columns, header.size(), i + 2, rows.get(i)));
        }
        return new CsvTable(header, built);
    }

    /**
     * Reads a table from CSV text; the first record is the header.
     *
     * @param csv  the text, not null
     * @return the table, not null
     * @throws CsvException if the text is not CSV, has no header, repeats a column name or breaks a limit
     */
    public static CsvTable parse(String csv) {
        try (CsvReader reader = CsvReader.parse(csv)) {
            return read(reader);
        }
    }

    /**
     * Reads a table from a UTF-8 CSV file; the first record is the header.
     *
     * @param file  the file, not null
     * @return the table, not null
     * @throws CsvException if the file is not UTF-8 CSV, has no header, repeats a column name or
     *     breaks a limit (more than {@value #MAX_CELLS} cells: read it row by row with {@link CsvReader})
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CsvTable read(Path file) {
        try (CsvReader reader = CsvReader.open(file)) {
            return read(reader);
        }
    }

    private static CsvTable read(CsvReader reader) {
        List<CsvRow> data = new ArrayList<>();
        long cells = reader.header().size();
        long characters = 0;
        try (Stream<CsvRow> rows = reader.rows()) {
            for (Iterator<CsvRow> it = rows.iterator(); it.hasNext(); ) {
                CsvRow row = it.next();
                cells += row.cells().size();
                for (String cell : row.cells()) {
                    characters += cell.length();
                }
                if (cells > MAX_CELLS || characters > MAX_CHARACTERS) {
                    throw new CsvException(List.of(Problem.ofCsv(row.line(), "", "", "takes the table past "
                            + (cells > MAX_CELLS ? Decimals.grouped(MAX_CELLS) + " cells"
                                    : Decimals.grouped(MAX_CHARACTERS) + " characters")
                            + ", the most a CsvTable holds in memory; read the file row by row with CsvReader")));
                }
                data.add(row);
            }
        }
        return new CsvTable(reader.header(), data);
    }

    /** {@return the column names, in file order} */
    public List<String> header() {
        return header;
    }

    /** {@return the records after the header, blank lines left out, in file order} */
    public List<CsvRow> rows() {
        return rows;
    }

    /**
     * Writes the table as CSV text, quoting cells only where needed.
     *
     * @return the text, with a header line, not null
     */
    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = CsvWriter.of(out, header)) {
            rows.forEach(row -> writer.write(row.cells()));
        }
        return out.toString();
    }

    /**
     * Writes the table to a UTF-8 file, replacing it.
     *
     * @param file  the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Path file) {
        try (CsvWriter writer = CsvWriter.open(file, header)) {
            rows.forEach(row -> writer.write(row.cells()));
        }
    }

    @Override
    public String toString() {
        return "CsvTable" + header + " with " + rows.size() + " rows";
    }
}

package org.ccmcoach.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * A wide CSV table: a header row naming the columns, then one row per record, as researchers
 * keep survey data in spreadsheets. RFC 4180 quoting; a leading byte-order mark is ignored.
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

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private final List<String> header;
    private final List<CsvRow> rows;

    /** A table of the header and the records with their lines; rows share the header's column index. */
    private CsvTable(List<String> header, List<List<String>> records, List<Integer> lines) {
        this.header = List.copyOf(header);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (index.putIfAbsent(header.get(i), i) != null) {
                throw new CsvException(List.of(CsvProblem.of(1, header.get(i), header.get(i),
                        "appears twice in the header")));
            }
        }
        Map<String, Integer> columns = Map.copyOf(index);
        List<CsvRow> built = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            built.add(new CsvRow(columns, header.size(), lines.get(i), records.get(i)));
        }
        this.rows = List.copyOf(built);
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
        List<Integer> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells for " + header.size() + " columns");
            }
            lines.add(i + 2);
        }
        return new CsvTable(header, rows, lines);
    }

    /**
     * Reads a table from CSV text; the first record is the header.
     *
     * @param csv  the text, not null
     * @return the table, not null
     * @throws CsvException if the text is not CSV, has no header, or repeats a column name
     */
    public static CsvTable parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (JsonParser p = MAPPER.createParser(text)) {
            return read(p);
        }
    }

    /**
     * Reads a table from a UTF-8 CSV file; the first record is the header.
     *
     * @param file  the file, not null
     * @return the table, not null
     * @throws CsvException if the file is not CSV, has no header, or repeats a column name
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CsvTable read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvTable read(JsonParser p) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try {
            JsonToken t;
            List<String> record = null;
            int line = 0;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    record = new ArrayList<>();
                    line = 0;
                } else if (t == JsonToken.END_ARRAY) {
                    records.add(record);
                    lines.add(line);
                    record = null;
                } else if (record != null) {
                    if (record.isEmpty()) {
                        // The record's line is that of its first cell; the array start is synthetic.
                        line = p.currentTokenLocation().getLineNr();
                    }
                    record.add(p.getString());
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CsvException(List.of(CsvProblem.of(line, "", "", "is not valid CSV: " + e.getOriginalMessage())));
        }
        if (records.isEmpty()) {
            throw new CsvException(List.of(CsvProblem.of(1, "", "", "has no header row")));
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<List<String>> data = new ArrayList<>();
        List<Integer> dataLines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty()) {
                continue; // a blank line, not a record
            }
            data.add(cells);
            dataLines.add(lines.get(i));
        }
        return new CsvTable(header, data, dataLines);
    }

    /**
     * The column names, in file order.
     *
     * @return the column names, in file order
     */
    public List<String> header() {
        return header;
    }

    /**
     * The records after the header, blank lines left out, in file order.
     *
     * @return the records after the header, blank lines left out, in file order
     */
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
        try {
            Files.writeString(Objects.requireNonNull(file, "file"), toCsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "CsvTable" + header + " with " + rows.size() + " rows";
    }
}

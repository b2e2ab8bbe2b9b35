package org.ccmcoach.json.csv;

import org.ccmcoach.core.value.Problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record of a {@link CsvTable}, with the line it starts on. Immutable and thread-safe.
 *
 * <pre>{@code
 * Optional<String> subject = row.get("subject");
 * int line = row.line();   // for error messages
 * }</pre>
 */
public final class CsvRow {

    private final Map<String, Integer> columns;
    private final int width;
    private final int line;
    private final List<String> cells;

    /**
     * The header's column index, name to position, shared by every row of a table.
     *
     * @throws CsvException on line 1 if a name appears twice
     */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (index.putIfAbsent(header.get(i), i) != null) {
                throw new CsvException(List.of(Problem.ofCsv(1, header.get(i), header.get(i), "appears twice in the header")));
            }
        }
        return Map.copyOf(index);
    }

    /** A row of a table whose header maps names to positions in {@code columns}, {@code width} wide. */
    CsvRow(Map<String, Integer> columns, int width, int line, List<String> cells) {
        this.columns = columns;
        this.width = width;
        this.line = line;
        this.cells = List.copyOf(cells);
    }

    /** {@return the line of the file the record starts on, counting from 1 (the header is line 1)} */
    public int line() {
        return line;
    }

    /** {@return the cells as read, possibly more or fewer than the header has columns} */
    public List<String> cells() {
        return cells;
    }

    /** {@return whether the record has a different number of cells than the header has columns} */
    public boolean ragged() {
        return cells.size() != width;
    }

    /**
     * The cell in a column, empty when the header has no such column or the row is too short.
     *
     * @param column  the column name, not null
     * @return the cell's text as read, not null
     */
    public Optional<String> get(String column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() ? Optional.empty() : Optional.of(cells.get(i));
    }

    @Override
    public String toString() {
        return "line " + line + ": " + cells;
    }
}

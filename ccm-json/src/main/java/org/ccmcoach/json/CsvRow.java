package org.ccmcoach.json;

import java.util.List;
import java.util.Optional;

/**
 * One record of a {@link CsvTable}, with the line it starts on.
 *
 * <pre>{@code
 * Optional<String> subject = row.get("subject");
 * int line = row.line();   // for error messages
 * }</pre>
 */
public final class CsvRow {

    private CsvTable table;
    private final int line;
    private final List<String> cells;

    CsvRow(CsvTable table, int line, List<String> cells) {
        this.table = table;
        this.line = line;
        this.cells = List.copyOf(cells);
    }

    void bind(CsvTable owner) {
        this.table = owner;
    }

    /**
     * The line of the file the record starts on, counting from 1 (the header is line 1).
     *
     * @return the line of the file the record starts on, counting from 1 (the header is line 1)
     */
    public int line() {
        return line;
    }

    /**
     * The cells as read, possibly more or fewer than the header has columns.
     *
     * @return the cells as read, possibly more or fewer than the header has columns
     */
    public List<String> cells() {
        return cells;
    }

    /**
     * Whether the record has a different number of cells than the header has columns.
     *
     * @return whether the record has a different number of cells than the header has columns
     */
    public boolean ragged() {
        return cells.size() != table.header().size();
    }

    /**
     * The cell in a column, empty when the header has no such column or the row is too short.
     *
     * @param column  the column name, not null
     * @return the cell's text as read, not null
     */
    public Optional<String> get(String column) {
        return table.column(column).filter(i -> i < cells.size()).map(cells::get);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + cells;
    }
}

package org.ccmcoach.json;

import java.util.Objects;

/**
 * One bad cell (or row) of a CSV file: where it is, what it held and what is wrong.
 *
 * <pre>{@code
 * CsvProblem p = CsvProblem.of(4, "1.1", "12", "must be within 0..11");
 * p.toString();   // line 4, column "1.1": must be within 0..11 (was "12")
 * }</pre>
 */
public final class CsvProblem {

    private final int line;
    private final String column;
    private final String value;
    private final String reason;

    private CsvProblem(int line, String column, String value, String reason) {
        this.line = line;
        this.column = Objects.requireNonNull(column, "column");
        this.value = Objects.requireNonNull(value, "value");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Obtains a problem.
     *
     * @param line  the file line, counting from 1; 0 if unknown
     * @param column  the column name, empty for a whole-row problem
     * @param value  the cell's text, empty if none
     * @param reason  what is wrong, phrased to follow the column
     * @return the problem, not null
     */
    public static CsvProblem of(int line, String column, String value, String reason) {
        return new CsvProblem(line, column, value, reason);
    }

    /**
     * The file line, counting from 1 (the header is line 1).
     *
     * @return the file line, counting from 1 (the header is line 1)
     */
    public int line() {
        return line;
    }

    /**
     * The column name, empty for a whole-row problem.
     *
     * @return the column name, empty for a whole-row problem
     */
    public String column() {
        return column;
    }

    /**
     * The cell's text as read, empty if none.
     *
     * @return the cell's text as read, empty if none
     */
    public String value() {
        return value;
    }

    /**
     * What is wrong.
     *
     * @return what is wrong
     */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvProblem p && line == p.line && column.equals(p.column) && value.equals(p.value)
                && reason.equals(p.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, column, value, reason);
    }

    /**
     * Returns {@code line 4, column "1.1": reason (was "12")}.
     *
     * @return {@code line 4, column "1.1": reason (was "12")}
     */
    @Override
    public String toString() {
        String where = "line " + line + (column.isEmpty() ? "" : ", column \"" + column + "\"");
        return where + ": " + reason + (value.isEmpty() ? "" : " (was \"" + value + "\")");
    }
}

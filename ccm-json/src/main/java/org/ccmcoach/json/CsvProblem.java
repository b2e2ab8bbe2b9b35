package org.ccmcoach.json;

import java.util.Objects;

/**
 * One bad cell (or row) of a CSV file: where it is, what it held and what is wrong.
 *
 * <pre>{@code
 * CsvProblem p = CsvProblem.of(4, "1.1", "12", "must be within 0..11");
 * p.toString();   // line 4, column "1.1": must be within 0..11 (was "12")
 * }</pre>
 *
 * @param line  the file line, counting from 1; 0 if unknown
 * @param column  the column name, empty for a whole-row problem
 * @param value  the cell's text, empty if none
 * @param reason  what is wrong, phrased to follow the column
 */
public record CsvProblem(int line, String column, String value, String reason) {

    /**
     * Checks the parts.
     *
     * @param line  the file line, counting from 1; 0 if unknown
     * @param column  the column name, empty for a whole-row problem
     * @param value  the cell's text, empty if none
     * @param reason  what is wrong, phrased to follow the column
     */
    public CsvProblem {
        if (line < 0) {
            throw new IllegalArgumentException("line: must be 0 or more (was " + line + ")");
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
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

    /** Returns {@code line 4, column "1.1": must be within 0..11 (was "12")}. */
    @Override
    public String toString() {
        String where = "line " + line + (column.isEmpty() ? "" : ", column \"" + column + "\"");
        return where + ": " + reason + (value.isEmpty() ? "" : " (was \"" + value + "\")");
    }
}

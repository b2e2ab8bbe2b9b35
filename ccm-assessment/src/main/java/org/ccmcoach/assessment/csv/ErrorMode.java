package org.ccmcoach.assessment.csv;

/**
 * What a CSV reader does on a bad row.
 *
 * <pre>{@code
 * ResponseCsv.read(table, acic, ErrorMode.COLLECT_ALL).problems();   // every bad cell in the file
 * }</pre>
 */
public enum ErrorMode {
    /** Throw at the first bad row, naming each of its bad cells. */
    STOP_AT_FIRST,
    /** Read every row; return the good ones and every problem of the bad ones. */
    COLLECT_ALL
}

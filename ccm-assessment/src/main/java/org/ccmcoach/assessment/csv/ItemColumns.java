package org.ccmcoach.assessment.csv;

/**
 * What a response reader does when the header lacks some of the instrument's item columns.
 *
 * <p>A whole item column absent is almost always a mistake (a column deleted in a spreadsheet, an
 * export of the wrong version of a form): read silently, every answer to that item would be missing
 * and the subscale scores would rest on the other items. So it is refused unless the caller says
 * the short form is intended.
 *
 * <pre>{@code
 * ResponseCsv.read(table, acic, ErrorMode.COLLECT_ALL);                             // ALL_REQUIRED
 * ResponseCsv.read(table, acic, ErrorMode.COLLECT_ALL, ItemColumns.ABSENT_ALLOWED); // a short form, on purpose
 * }</pre>
 */
public enum ItemColumns {
    /** Every item of the instrument must have a column; a missing one is a header problem. The default. */
    ALL_REQUIRED,
    /** An absent item column reads as a missing answer to that item in every row. */
    ABSENT_ALLOWED
}

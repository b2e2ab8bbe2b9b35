/**
 * Every CSV of ccm-json, for statistics packages and spreadsheets: {@link org.ccmcoach.json.csv.CsvTable}
 * for a whole wide table in memory, {@link org.ccmcoach.json.csv.CsvReader} (a row at a time, in memory
 * bounded by one row) and {@link org.ccmcoach.json.csv.CsvWriter}, both escaping text a spreadsheet would run as a
 * formula; bad input is a {@link org.ccmcoach.json.csv.CsvException}, each problem at its line and column.
 * The tables of coaching values are here too: the facilitation log, read and written
 * ({@link org.ccmcoach.json.csv.EncounterCsv}), engagement costs ({@link org.ccmcoach.json.csv.CostCsv}),
 * fidelity ({@link org.ccmcoach.json.csv.FidelityCsv}) and, when ccm-allocation is present, plans and
 * their costs ({@link org.ccmcoach.json.csv.AllocationCsv}).
 *
 * <p>Amounts are written as plain decimals in the currency's minor unit, beside a {@code currency}
 * column; a value that does not exist (no fidelity when nothing fell due) is an empty cell, never 0.
 */
package org.ccmcoach.json.csv;

/**
 * Coaching costs and fidelity as CSV tables for statistics packages and spreadsheets.
 *
 * <p>Amounts are written as plain decimals in the currency's minor unit, beside a {@code currency}
 * column; a value that does not exist (no fidelity when nothing fell due) is an empty cell, never 0.
 */
package org.ccmcoach.json.coaching;

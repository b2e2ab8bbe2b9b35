/**
 * Every CSV of ccm-assessment, for spreadsheets: responses read and written one row per response and
 * one column per item, score reports written one row per report, and dose–response and program
 * fidelity tables ({@link org.ccmcoach.assessment.csv.DoseCsv}); every cell escaped against formulas.
 */
package org.ccmcoach.assessment.csv;

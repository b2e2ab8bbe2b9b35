/**
 * Assessments as CSV for spreadsheets: responses read and written one row per response and one
 * column per item, and score reports written one row per report; every cell escaped against formulas.
 */
package org.ccmcoach.assessment.csv;

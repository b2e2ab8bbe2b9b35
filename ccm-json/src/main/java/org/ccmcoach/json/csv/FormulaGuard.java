package org.ccmcoach.json.csv;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from running a CSV cell as a formula, as OWASP's
 * <a href="https://owasp.org/www-community/attacks/CSV_Injection">CSV Injection</a> page advises:
 * a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a leading apostrophe, which Excel, LibreOffice and Google Sheets show as
 * text. A number, negative ones included ({@code -0.5}, {@code -1E3}), is written as it is.
 *
 * <p>The escape is undone on reading, so reading ccm's own CSV gives back the text written. To make
 * that exact, a text that already starts with apostrophes followed by one of those characters gets
 * one more apostrophe, and reading takes exactly one away.
 */
final class FormulaGuard {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private FormulaGuard() {
    }

    /** The cell as written to a file: neutralised if a spreadsheet would read it as a formula. */
    static String neutralise(String cell) {
        return needsEscape(cell) ? "'" + cell : cell;
    }

    /** The cell as written, from the file's text: one escaping apostrophe taken away. */
    static String restore(String cell) {
        return cell.startsWith("'") && needsEscape(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Whether the text is apostrophes (any number) and then a formula start, and not a plain number. */
    private static boolean needsEscape(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i >= cell.length()) {
            return false;
        }
        char c = cell.charAt(i);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!trigger) {
            return false;
        }
        // Only an unescaped number is left alone; an apostrophe before it is text that must survive.
        return i > 0 || c != '-' || !NUMBER.matcher(cell).matches();
    }
}

package org.ccmcoach.core.value;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a date text names no day, in words a reader can act on: {@code 2026-02-30} has the form of a
 * date but February 2026 has 28 days, which "must be a date as YYYY-MM-DD" does not say. Every reader
 * of dates (JSON, CSV, FHIR) says it one way.
 *
 * <pre>{@code
 * Dates.notADay("2026-02-30");   // Optional[February 2026 has 28 days]
 * Dates.notADay("2026-13-01");   // Optional[there is no month 13]
 * Dates.notADay("2026-02-28");   // Optional.empty: a day
 * Dates.notADay("28/02/2026");   // Optional.empty: not the form; say Dates.FORM_RULE
 * }</pre>
 */
public final class Dates {

    /** The rule for a text that is not in the form of a date at all. */
    public static final String FORM_RULE = "must be a date as YYYY-MM-DD";

    private Dates() {
    }

    /**
     * {@return why a text in the form {@code YYYY-MM-DD} names no day, such as {@code February 2026 has
     * 28 days} or {@code there is no month 13}; empty if it names a day or is not in that form}
     *
     * @param text  the text, not null
     */
    public static Optional<String> notADay(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
            return Optional.empty();
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        int day = Integer.parseInt(text, 8, 10, 10);
        if (month < 1 || month > 12) {
            return Optional.of("there is no month " + month);
        }
        if (day == 0) {
            return Optional.of("there is no day 0");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day > ym.lengthOfMonth()) {
            String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            // February's length depends on the year, so the year is named; other months' do not.
            return Optional.of((month == 2 ? name + " " + year : name) + " has " + ym.lengthOfMonth() + " days");
        }
        return Optional.empty();
    }

    /**
     * {@return the problem with a date text, as a sentence that names it: {@code 2026-02-30 is not a day
     * (February 2026 has 28 days)}, or {@code must be a date as YYYY-MM-DD (was "28/02/2026")} for a text
     * not in that form; empty if the text is a date}
     *
     * @param text  the text, not null
     */
    public static Optional<String> problem(CharSequence text) {
        Optional<String> why = notADay(text);
        if (why.isPresent()) {
            return Optional.of(text + " is not a day (" + why.get() + ")");
        }
        try {
            java.time.LocalDate.parse(text);
            return Optional.empty();
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.of(FORM_RULE + " (was " + Problem.show(text.toString()) + ")");
        }
    }

    private static boolean digits(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}

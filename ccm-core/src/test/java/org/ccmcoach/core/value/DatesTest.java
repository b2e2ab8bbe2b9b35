package org.ccmcoach.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    /** Each month's length from the calendar: 2024 is a leap year (divisible by 4, not by 100), 2100 is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-02-30 | February 2026 has 28 days",
        "2026-02-29 | February 2026 has 28 days",
        "2024-02-30 | February 2024 has 29 days",
        "2100-02-29 | February 2100 has 28 days",
        "2026-04-31 | April has 30 days",
        "2026-11-31 | November has 30 days",
        "2026-01-32 | January has 31 days",
        "2026-13-01 | there is no month 13",
        "2026-00-01 | there is no month 0",
        "2026-03-00 | there is no day 0"})
    void a_text_in_the_form_that_names_no_day_says_why(String text, String why) {
        assertEquals(Optional.of(why), Dates.notADay(text));
        assertEquals(Optional.of(text + " is not a day (" + why + ")"), Dates.problem(text));
    }

    @ParameterizedTest
    @CsvSource({"2024-02-29", "2026-02-28", "2026-12-31", "2000-02-29"})
    void a_day_is_no_problem(String text) {
        assertEquals(Optional.empty(), Dates.notADay(text));
        assertEquals(Optional.empty(), Dates.problem(text));
    }

    @ParameterizedTest
    @CsvSource({"2026/02/28", "2026-2-28", "26-02-28", "2026-02-28T10:00", "'2026-02-3x'"})
    void a_text_not_in_the_form_keeps_the_form_rule(String text) {
        assertEquals(Optional.empty(), Dates.notADay(text));
        assertEquals(Optional.of("must be a date as YYYY-MM-DD (was \"" + text + "\")"), Dates.problem(text));
    }
}

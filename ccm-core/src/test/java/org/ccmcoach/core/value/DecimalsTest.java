package org.ccmcoach.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void whole_numbers_without_a_point_others_plain() {
        assertEquals("11", Decimals.show(11.0));
        assertEquals("-3", Decimals.show(-3.0));
        assertEquals("0", Decimals.show(0.0));
        assertEquals("2.5", Decimals.show(2.5));
        assertEquals("0.0000001", Decimals.show(1e-7));
        assertEquals("2.3333333333333335", Decimals.show(7.0 / 3));
        assertEquals("100000000000000000000", Decimals.show(1e20));
        // Hostile magnitudes in few characters, not 309 digits or 300 zeros.
        assertEquals("1.0E308", Decimals.show(1e308));
        assertEquals("-1.0E-300", Decimals.show(-1e-300));
        assertEquals("NaN", Decimals.show(Double.NaN));
        assertEquals("-Infinity", Decimals.show(Double.NEGATIVE_INFINITY));
    }

    @Test
    void violations_show_doubles_the_same_way() {
        assertEquals("T.p: r (was 12)", Problem.of("T", "p", "r", 12.0).toString());
        assertEquals("T.p: r (was 2.5)", Problem.of("T", "p", "r", 2.5f).toString());
        assertEquals("T.p: r (was 12)", Problem.of("T", "p", "r", 12L).toString());
    }

    @Test
    void p_values_print_as_journals_print_them() {
        assertEquals("p<0.001", Decimals.pValue(0.00049));
        assertEquals("p<0.001", Decimals.pValue(0));
        assertEquals("p=0.001", Decimals.pValue(0.001));
        assertEquals("p=0.025", Decimals.pValue(0.02489616346022272));   // rounded half up at the third decimal
        assertEquals("p=1.000", Decimals.pValue(1));
        assertEquals("p=NaN", Decimals.pValue(Double.NaN));
    }

    @Test
    void counts_agree_with_their_nouns() {
        assertEquals("1 crossing", Plural.count(1, "crossing"));
        assertEquals("0 crossings", Plural.count(0, "crossing"));
        assertEquals("7 subscales", Plural.count(7, "subscale"));
        assertEquals("1 coach", Plural.count(1, "coach", "coaches"));
        assertEquals("2 coaches", Plural.count(2, "coach", "coaches"));
    }

    @Test
    void fixed_and_rounded_decimals_round_half_up_on_the_number_as_written() {
        assertEquals("2.50", Decimals.fixed(2.5, 2));
        assertEquals("2.68", Decimals.fixed(2.675, 2), "2.675 as written rounds up, as a reader expects");
        assertEquals("-0.10", Decimals.fixed(-0.1, 2));
        assertEquals("-", Decimals.fixed(java.util.OptionalDouble.empty(), 2));
        assertEquals("12.46", Decimals.rounded(12.456, 2));
        assertEquals("28", Decimals.rounded(28.0, 2));
        assertEquals("p=0.021", Decimals.pValue(0.0213));
        assertEquals("places: must be 0 to 15 (was -1)", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Decimals.fixed(1.0, -1)).getMessage());
    }

    @Test
    void signed_significant_and_grouped_write_as_the_formats_they_replace() {
        assertEquals("+0.50", Decimals.signed(0.5, 2));
        assertEquals("-0.25", Decimals.signed(-0.25, 2));
        assertEquals("+0.00", Decimals.signed(0.0, 2));
        assertEquals("+2.68", Decimals.signed(2.675, 2), "half up on the number as written, as fixed");
        assertEquals("-Infinity", Decimals.signed(Double.NEGATIVE_INFINITY, 2));
        assertEquals("NaN", Decimals.signed(Double.NaN, 2));
        assertEquals("0.0123", Decimals.significant(0.012345, 3));
        assertEquals("12.3", Decimals.significant(12.345, 3));
        assertEquals("1.23e+05", Decimals.significant(123456, 3));
        assertEquals("1,048,576", Decimals.grouped(1 << 20));
        assertEquals("-1,000", Decimals.grouped(-1000));
        assertEquals("digits: must be 1 to 15 (was 0)", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Decimals.significant(1.0, 0)).getMessage());
    }
}

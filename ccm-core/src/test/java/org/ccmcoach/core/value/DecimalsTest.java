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
        assertEquals("NaN", Decimals.show(Double.NaN));
        assertEquals("-Infinity", Decimals.show(Double.NEGATIVE_INFINITY));
    }

    @Test
    void violations_show_doubles_the_same_way() {
        assertEquals("T.p: r (was 12)", Violation.of("T", "p", "r", 12.0).toString());
        assertEquals("T.p: r (was 2.5)", Violation.of("T", "p", "r", 2.5f).toString());
        assertEquals("T.p: r (was 12)", Violation.of("T", "p", "r", 12L).toString());
    }
}

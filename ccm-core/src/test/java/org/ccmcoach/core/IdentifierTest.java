package org.ccmcoach.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifierTest {

    private static final String SIXTY_FOUR = "a".repeat(64);
    private static final String SIXTY_FIVE = "a".repeat(65);
    private static final String RULE =
            "must be 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    static List<String> valid() {
        return List.of("a", "Z", "7", "p-17", "clinic2.team3", "NPI:1234567890", "a_b", "a-", SIXTY_FOUR);
    }

    static List<String> invalid() {
        return List.of("", " ", "-a", ".a", "_a", ":a", "a b", " a", "a\n", "é", "p/17", "p#1", SIXTY_FIVE);
    }

    @ParameterizedTest
    @MethodSource("valid")
    void accepts_the_documented_format(String text) {
        assertEquals(text, PracticeId.of(text).value());
        assertEquals(text, CoachId.of(text).value());
        assertEquals(text, ProgramId.of(text).value());
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejects_anything_else_naming_the_rule(String text) {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> PracticeId.of(text));
        assertEquals(1, e.problems().size());
        assertEquals("PracticeId", e.problems().get(0).atProperty().type());
        assertEquals("value", e.problems().get(0).atProperty().property());
        assertEquals(RULE, e.problems().get(0).rule());
    }

    @Test
    void message_names_type_rule_and_value() {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> CoachId.of(""));
        assertEquals("CoachId.value: " + RULE + " (was \"\")", e.getMessage());
    }

    @Test
    void null_is_a_programming_error() {
        assertThrows(NullPointerException.class, () -> PracticeId.of(null));
    }

    @Test
    void ids_of_different_kinds_never_equal() {
        assertEquals(PracticeId.of("x"), PracticeId.of("x"));
        assertEquals(PracticeId.of("x").hashCode(), PracticeId.of("x").hashCode());
        assertNotEquals(PracticeId.of("x"), CoachId.of("x"));
        assertNotEquals(PracticeId.of("x"), PracticeId.of("X"));
    }

    @Test
    void order_and_text() {
        assertTrue(PracticeId.of("p-10").compareTo(PracticeId.of("p-9")) < 0, "character order, not numeric");
        assertEquals("p-17", PracticeId.of("p-17").toString());
    }
}

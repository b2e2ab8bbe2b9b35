package org.ccmcoach.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.junit.jupiter.api.Test;

class CcmValidatorTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_2 = LocalDate.of(2026, 5, 2);

    @Test
    void a_cross_field_rule_holds_at_its_boundary() {
        assertEquals(MAY_1, DateSpan.builder().start(MAY_1).end(MAY_1).build().end());
    }

    @Test
    void a_broken_cross_field_rule_is_a_violation_like_any_other() {
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> DateSpan.builder().start(MAY_2).end(MAY_1).build());
        assertEquals("DateSpan.end: must not be before start 2026-05-02 (was 2026-05-01)", e.getMessage());
        assertEquals(Optional.of(MAY_1), e.problems().get(0).value());
        assertEquals(0, e.getConstraintViolations().size(), "not a Jakarta violation");
    }

    @Test
    void cross_field_rules_wait_for_single_field_constraints() {
        // The rule would throw on a null start; it is not evaluated while start is missing.
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> DateSpan.builder().end(MAY_1).build());
        assertEquals("DateSpan.start: must not be null (was null)", e.getMessage());
    }

    @Test
    void the_exception_is_ccm_input_exception_and_keeps_the_jakarta_violations() {
        // A Jakarta constraint (identifiers check their format in plain code, so a practice's name).
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> Practice.builder().id(PracticeId.of("p")).name(" ").organization("o").build());
        assertInstanceOf(CcmInputException.class, e, "one catch for every bad input; Java cannot catch two bases");
        assertEquals(1, e.getConstraintViolations().size());
        assertEquals(" ", e.getConstraintViolations().iterator().next().getInvalidValue());
    }

    @Test
    void messages_are_english_whatever_the_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            CcmValidationException e = assertThrows(CcmValidationException.class,
                    () -> Practice.builder().id(PracticeId.of("p")).name("").organization("o").build());
            assertEquals("Practice.name: must not be blank (was \"\")", e.getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void the_shared_validator_is_one_instance() {
        assertSame(CcmValidator.validator(), CcmValidator.validator());
    }

    @Test
    void type_names_are_public_names() {
        assertEquals("DateSpan", CcmValidator.typeName(ImmutableDateSpan.class));
        assertEquals("Practice", CcmValidator.typeName(Practice.builder().id(PracticeId.of("p")).name("n")
                .organization("o").build().getClass()));
        assertEquals("Practice.Builder", CcmValidator.typeName(Practice.Builder.class));
        // No public class above it: the top-most class below Object.
        assertEquals(DateSpan.class, CcmValidator.publicType(ImmutableDateSpan.class));
        assertEquals(Practice.class, CcmValidator.publicType(Practice.builder().id(PracticeId.of("p")).name("n")
                .organization("o").build().getClass()));
    }

    @Test
    void values_are_shown_quoted_escaped_and_shortened() {
        assertEquals("T.p: r (was \"a\\\"b\\n\")", Problem.of("T", "p", "r", "a\"b\n").toString());
        assertEquals("T.p: r (was null)", Problem.of("T", "p", "r", null).toString());
        assertEquals("T.p: r (was \"" + "y".repeat(80) + "… (100000000 chars)\")",
                Problem.of("T", "p", "r", new RepeatedChar('y', 100_000_000)).toString());
    }

    @Test
    void an_exception_needs_a_violation() {
        assertThrows(IllegalArgumentException.class, () -> CcmValidationException.of(List.of()));
        assertEquals("T.p: r (was 1)", CcmValidationException.of(List.of(Problem.of("T", "p", "r", 1))).getMessage());
    }

    /** A huge string that costs no memory, to show that messages stay short. */
    private record RepeatedChar(char c, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            return c;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new RepeatedChar(c, end - start);
        }

        @Override
        public String toString() {
            return String.valueOf(c).repeat(length);
        }
    }
}

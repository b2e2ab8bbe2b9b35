package org.ccmcoach.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Jakarta's constraints in ccm's words: one wording per rule ("must be at most 8", never "must be
 * less than or equal to 8"), and no Expression Language left in a message.
 */
class ConstraintMessagesTest {

    /** Every value breaks its one constraint; each accessor is a property (ccm's accessor strategy). */
    public static final class Broken {
        @Max(8) public int max() { return 9; }
        @Min(0) public int min() { return -1; }
        @DecimalMax("1.5") public double decimalMax() { return 2; }
        @DecimalMax(value = "1.5", inclusive = false) public double decimalMaxExclusive() { return 1.5; }
        @DecimalMin("0.5") public double decimalMin() { return 0; }
        @DecimalMin(value = "0.5", inclusive = false) public double decimalMinExclusive() { return 0.5; }
        @Positive public int positive() { return 0; }
        @PositiveOrZero public int positiveOrZero() { return -1; }
        @Negative public int negative() { return 0; }
        @NegativeOrZero public int negativeOrZero() { return 1; }
        @Size(max = 3) public String shortText() { return "abcd"; }
        @Size(min = 2) public String longText() { return "a"; }
        @Size(min = 2, max = 3) public String middleText() { return "a"; }
        @Size(min = 1, max = 2) public List<String> fewElements() { return List.of(); }
        @Size(max = 1) public List<String> oneElement() { return List.of("a", "b"); }
        @NotNull public String notNull() { return null; }
        @NotBlank public String notBlank() { return " "; }
        @NotEmpty public List<String> notEmpty() { return List.of(); }
        @Max(value = 8, message = "must be at most 8, its own words") public int own() { return 9; }
    }

    @Test
    void each_rule_reads_one_way() {
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<Broken> v : CcmValidator.validator().validate(new Broken())) {
            found.put(v.getPropertyPath().toString(), v.getMessage());
        }
        // Written from the constraints above, not from the code under test.
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("max", "must be at most 8"),
                Map.entry("min", "must be at least 0"),
                Map.entry("decimalMax", "must be at most 1.5"),
                Map.entry("decimalMaxExclusive", "must be less than 1.5"),
                Map.entry("decimalMin", "must be at least 0.5"),
                Map.entry("decimalMinExclusive", "must be more than 0.5"),
                Map.entry("positive", "must be more than 0"),
                Map.entry("positiveOrZero", "must be at least 0"),
                Map.entry("negative", "must be less than 0"),
                Map.entry("negativeOrZero", "must be at most 0"),
                Map.entry("shortText", "must be at most 3 characters"),
                Map.entry("longText", "must be at least 2 characters"),
                Map.entry("middleText", "must be 2 to 3 characters"),
                Map.entry("fewElements", "must hold 1 to 2 elements"),
                Map.entry("oneElement", "must hold at most 1 element"),
                Map.entry("notNull", "must not be null"),
                Map.entry("notBlank", "must not be blank"),
                Map.entry("notEmpty", "must not be empty"),
                Map.entry("own", "must be at most 8, its own words")));
        assertEquals(expected, found);
    }

    @Test
    void a_problem_shows_the_rule_and_the_value() {
        CcmValidationException e = org.junit.jupiter.api.Assertions.assertThrows(CcmValidationException.class,
                () -> CcmValidator.check(new OnlyMax()));
        assertEquals("ConstraintMessagesTest.OnlyMax.hours: must be at most 8 (was 9)", e.problems().get(0).toString());
    }

    /** One broken rule, as a ccm value would break it. */
    public static final class OnlyMax {
        @Max(8) public int hours() { return 9; }
    }
}

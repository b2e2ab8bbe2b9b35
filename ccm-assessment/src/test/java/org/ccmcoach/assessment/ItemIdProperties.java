package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The character-by-character check of answer keys against {@link Item#ID_FORMAT}, the regular
 * expression it stands in for on the reading path, as the reference.
 */
class ItemIdProperties {

    private static final Pattern REFERENCE = Pattern.compile(Item.ID_FORMAT);

    @Property(tries = 3000)
    void agrees_with_the_regular_expression_on_any_text(@ForAll("keys") String key) {
        assertEquals(REFERENCE.matcher(key).matches(), AssessmentResponse.isItemId(key), key);
    }

    @Provide
    Arbitrary<String> keys() {
        // Mostly the characters the format is about, near its length limit, plus any character at all.
        Arbitrary<String> near = Arbitraries.strings().withChars("aZ09._-/ é\u0660").ofMinLength(0).ofMaxLength(34);
        return Arbitraries.oneOf(near, Arbitraries.strings().ofMaxLength(40));
    }

    @Example
    void the_edges_of_the_format() {
        // By the format: first a letter or digit, then up to 31 of letters, digits, '.', '_', '-'.
        assertEquals(true, AssessmentResponse.isItemId("1.1"));
        assertEquals(true, AssessmentResponse.isItemId("a".repeat(32)));
        assertEquals(false, AssessmentResponse.isItemId("a".repeat(33)));
        assertEquals(false, AssessmentResponse.isItemId(".1"));
        assertEquals(false, AssessmentResponse.isItemId(""));
        assertEquals(false, AssessmentResponse.isItemId("1\u0660"), "an Arabic-Indic digit is not in [0-9]");
    }
}

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
        Arbitrary<String> near = Arbitraries.strings().withChars("aZ09._-/ é\u0660\t\u0085\u2028").ofMinLength(0)
                .ofMaxLength(8);
        Arbitrary<String> long_ = Arbitraries.strings().withChars("a/ \n").ofMinLength(250).ofMaxLength(260);
        return Arbitraries.oneOf(near, long_, Arbitraries.strings().ofMaxLength(40));
    }

    @Example
    void the_edges_of_the_format() {
        // By the format: 1 to 255 characters, none a control character, no space at either end.
        assertEquals(true, AssessmentResponse.isItemId("1.1"));
        assertEquals(true, AssessmentResponse.isItemId("/44250-9"), "LHC-Forms' linkId of PHQ-9 item 1");
        assertEquals(true, AssessmentResponse.isItemId("H1/T1/Q1"), "the SDC PHQ-9's linkId of item 1");
        assertEquals(true, AssessmentResponse.isItemId("item one"));
        assertEquals(true, AssessmentResponse.isItemId("a".repeat(255)));
        assertEquals(false, AssessmentResponse.isItemId("a".repeat(256)));
        assertEquals(false, AssessmentResponse.isItemId(" 1"));
        assertEquals(false, AssessmentResponse.isItemId("1 "));
        assertEquals(false, AssessmentResponse.isItemId("a\tb"), "a tab is a control character");
        assertEquals(false, AssessmentResponse.isItemId(""));
    }
}

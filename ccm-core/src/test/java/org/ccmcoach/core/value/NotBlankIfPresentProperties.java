package org.ccmcoach.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The character test says what the pattern it replaced says, {@link Text#NOT_BLANK}, for any text. */
class NotBlankIfPresentProperties {

    private final NotBlankIfPresent.Validator validator = new NotBlankIfPresent.Validator();

    @Property
    void agrees_with_the_pattern(@ForAll @StringLength(max = 8) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r',
            '\u00A0', '\u2003', '\u001C', 'a', '.'}) String text) {
        assertEquals(text.matches(Text.NOT_BLANK), validator.isValid(text, null), "\"" + text + "\"");
    }

    @Property
    void agrees_with_the_pattern_on_any_text(@ForAll @StringLength(max = 12) String text) {
        assertEquals(text.matches(Text.NOT_BLANK), validator.isValid(text, null));
    }
}

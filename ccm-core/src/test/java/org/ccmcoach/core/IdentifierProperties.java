package org.ccmcoach.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** The character test of an identifier says what its published pattern, {@link Identifier#FORMAT}, says. */
class IdentifierProperties {

    @Property
    void is_valid_agrees_with_the_format(@ForAll @StringLength(max = 70) @CharRange(from = 'A', to = 'z')
            @Chars({'0', '9', '.', '_', ':', '-', ' ', '/', '\u00E9'}) String text) {
        assertEquals(text.matches(Identifier.FORMAT), Identifier.isValid(text), "\"" + text + "\"");
    }
}

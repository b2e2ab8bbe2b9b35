package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.ccmcoach.core.Practice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document that is not JSON is refused in ccm's words, at the place where it stops being JSON:
 * each syntax error Jackson's strict parser refuses, one case each. Columns are counted by hand in
 * the comments (the first character is column 1).
 */
class JsonSyntaxMessagesTest {

    static Stream<Arguments> practices() {
        return Stream.of(
                // {"id": "p-1",}  -> '}' is the 14th character
                Arguments.of("{\"id\": \"p-1\",}", "", 1, 14, "a property name must follow the comma (found '}')"),
                // {"id": "p-1" "name": "A"}  -> the second name's quote is the 14th character
                Arguments.of("{\"id\": \"p-1\" \"name\": \"A\"}", "", 1, 14,
                        "missing comma or '}' between properties (found '\"')"),
                Arguments.of("{id: \"p-1\"}", "", 1, 2, "a property name must be in double quotes (found id)"),
                Arguments.of("{'id': 'p-1'}", "", 1, 2, "a property name must be in double quotes (found a single quote)"),
                // {"id": 'p-1'}  -> the value starts at the 8th character
                Arguments.of("{\"id\": 'p-1'}", "/id", 1, 8, "text must be in double quotes (found a single quote)"),
                Arguments.of("{\"id\": \"p-1}", "/id", 1, 8, "unclosed string: the text that starts here has no closing quote"),
                Arguments.of("{\"id\": \"p-1\n\"}", "/id", 1, 8, "unclosed string: the text that starts here has no closing"
                        + " quote on its line (a line break in text is written \\n)"),
                // {"id": "p-1"  -> 12 characters, so the end is column 13
                Arguments.of("{\"id\": \"p-1\"", "", 1, 13,
                        "unexpected end of document: the object opened at line 1, column 1 is not closed"),
                // {"id": "p<TAB>1"}  -> the tab is the 10th character
                Arguments.of("{\"id\": \"p\t1\"}", "/id", 1, 10,
                        "control character U+0009 must be escaped in text (a tab is written \\t)"),
                Arguments.of("{\"id\": \"p\\q\"}", "/id", 1, 10,
                        "invalid escape \\q in text (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)"),
                Arguments.of("{\"id\": \"p\\u12G4\"}", "/id", 1, 10, "invalid escape \\u12G4: \\u needs four hex digits"),
                // {"panelSize": 012}  -> the number starts at the 15th character
                Arguments.of("{\"panelSize\": 012}", "/panelSize", 1, 15, "a number must not start with 0 (found 012)"),
                Arguments.of("{\"panelSize\": NaN}", "/panelSize", 1, 15,
                        "must be a finite JSON number (was NaN, which JSON does not allow)"),
                Arguments.of("{\"panelSize\": -Infinity}", "/panelSize", 1, 15,
                        "must be a finite JSON number (was -Infinity, which JSON does not allow)"),
                Arguments.of("{\"panelSize\": +5}", "/panelSize", 1, 15, "a number must start with a digit or '-' (found '+')"),
                // {"panelSize": 5.}  -> '}' after the point is the 17th character
                Arguments.of("{\"panelSize\": 5.}", "/panelSize", 1, 17, "a digit must follow the decimal point (found '}')"),
                Arguments.of("{\"panelSize\": tru}", "/panelSize", 1, 15, "unknown word tru: a value is text in double quotes,"
                        + " a number, true, false, null, an object or a list"),
                Arguments.of("{\"panelSize\": }", "/panelSize", 1, 15, "a value must follow the colon (found '}')"),
                Arguments.of("{\"id\" \"p-1\"}", "/id", 1, 7, "a colon must follow property name \"id\" (found '\"')"),
                // {"id": "p-1" /* x */}  -> '/' is the 14th character
                Arguments.of("{\"id\": \"p-1\" /* x */}", "", 1, 14, "JSON has no comments (found /*)"),
                Arguments.of("// x\n{}", "", 1, 1, "JSON has no comments (found //)"),
                // {"id":"p-1","id":"p-2"}  -> the second name starts at the 13th character
                Arguments.of("{\"id\":\"p-1\",\"id\":\"p-2\"}", "/id", 1, 13,
                        "property \"id\" is given twice (first at line 1, column 2)"),
                // {} x  -> 'x' is the 4th character
                Arguments.of("{} x", "", 1, 4, "content after the end of the document (found x); a document holds one value"),
                Arguments.of("{} {}", "", 1, 4, "content after the end of the document (found '{'); a document holds one value"),
                Arguments.of("{\"id\": \"p-1\"]", "", 1, 13, "']' cannot close the object opened at line 1, column 1; it needs '}'"),
                Arguments.of("", "", 1, 1, "the document is empty"),
                Arguments.of("  \n ", "", 2, 2, "the document is empty"),
                // a trailing comma on line 2, the '}' at the start of line 3
                Arguments.of("{\n  \"id\": \"p-1\",\n}", "", 3, 1, "a property name must follow the comma (found '}')"),
                // the location's own object: the error is inside it, at its pointer
                Arguments.of("{\"location\": {\"latitude\": 1,}}", "/location", 1, 29,
                        "a property name must follow the comma (found '}')"));
    }

    @ParameterizedTest
    @MethodSource("practices")
    void a_syntax_error_is_named_at_its_place(String json, String pointer, int line, int column, String rule) {
        for (CcmJsonException e : List.of(
                assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, Practice.class)),
                assertThrows(CcmJsonException.class, () -> CcmJson.parse(json.getBytes(StandardCharsets.UTF_8), Practice.class)))) {
            assertEquals(List.of(pointer, line, column, rule),
                    List.of(e.pointer(), e.line(), e.column(), e.problems().get(0).rule()), e.getMessage());
            assertEquals(1, e.problems().size());
        }
    }

    @Test
    void the_message_names_the_type_the_place_and_the_rule() {
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse("{\"a\": 1,}", Practice.class));
        // The comma is not followed by a name: that is said before the unknown property "a".
        assertEquals("Cannot read Practice at the document (line 1, column 9): a property name must follow the comma"
                + " (found '}')", e.getMessage());
    }

    @Test
    void lists_have_their_own_words() {
        CcmJsonException trailing = assertThrows(CcmJsonException.class, () -> CcmJson.parseList("[1, 2,]", Integer.class));
        assertEquals("Cannot read a list of Integer at the document (line 1, column 7): a value must follow the comma"
                + " (found ']')", trailing.getMessage());
        CcmJsonException missing = assertThrows(CcmJsonException.class, () -> CcmJson.parseList("[1 2]", Integer.class));
        assertEquals("missing comma or ']' between values (found 2)", missing.problems().get(0).rule());
        assertEquals(4, missing.column());
        CcmJsonException open = assertThrows(CcmJsonException.class, () -> CcmJson.parseList("[1, 2", Integer.class));
        assertEquals("unexpected end of document: the list opened at line 1, column 1 is not closed",
                open.problems().get(0).rule());
        CcmJsonException doubled = assertThrows(CcmJsonException.class, () -> CcmJson.parseList("[1,,2]", Integer.class));
        // [1,,2]: the second comma is the 4th character, where element 1 belongs.
        assertEquals(List.of("/1", 4, "a value must follow the comma (found ',')"),
                List.of(doubled.pointer(), doubled.column(), doubled.problems().get(0).rule()));
    }

    @Test
    void a_line_of_json_lines_names_the_line_of_the_file() {
        CcmJsonException e = assertThrows(CcmJsonException.class,
                () -> JsonLines.parse("{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"Org\"}\n{\"id\": \"p-2\",}\n",
                        Practice.class));
        assertEquals(List.of(2, 14, "a property name must follow the comma (found '}')"),
                List.of(e.line(), e.column(), e.problems().get(0).rule()));
    }
}

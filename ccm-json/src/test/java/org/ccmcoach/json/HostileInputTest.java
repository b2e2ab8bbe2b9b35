package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.ccmcoach.core.Practice;
import org.ccmcoach.json.csv.CsvException;
import org.ccmcoach.json.csv.CsvTable;
import org.junit.jupiter.api.Test;

/**
 * Input built to hurt a reader: each is refused with a {@link CcmJsonException} (or, for CSV, a
 * {@link CsvException} or a flagged row) that says where, never a stack overflow, an out-of-memory
 * error or a half-built value. The limits that keep memory bounded are the reader's: nesting 200
 * deep, strings of 1 MiB, numbers of 1,000 digits.
 */
class HostileInputTest {

    private static final String HEAD = "{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"Org\"";

    private static CcmJsonException refused(String json) {
        return assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, Practice.class));
    }

    @Test
    void nesting_100000_deep_fails_fast_without_a_stack_overflow() {
        String open = "[".repeat(100_000);
        String deep = open + "]".repeat(100_000);
        // Where a ccm value is expected, the first bracket is already the wrong type.
        CcmJsonException e = refused(HEAD + ",\"attributes\":{\"a\":" + deep + "}}");
        assertEquals("/attributes/a", e.pointer());
        assertEquals(1, e.line());
        // Read as a plain tree with the shared mapper, the parser stops at the depth limit.
        tools.jackson.core.JacksonException tree = assertThrows(tools.jackson.core.JacksonException.class,
                () -> CcmJson.mapper().readTree(deep));
        assertTrue(tree.getMessage().contains("nesting depth (" + (CcmJson.MAX_NESTING_DEPTH + 1) + ")"), tree.getMessage());
        // And a JSON Lines file with such a line names the line.
        CcmJsonException line = assertThrows(CcmJsonException.class,
                () -> JsonLines.parse(HEAD + "}\n" + open + "\n", Practice.class));
        assertEquals(2, line.line());
    }

    @Test
    void a_10_megabyte_string_is_refused_at_the_one_mebibyte_limit() {
        byte[] prefix = (HEAD.replace("\"name\":\"A\"", "\"name\":\"")).getBytes(StandardCharsets.UTF_8);
        int start = HEAD.indexOf("\"name\":\"") + "\"name\":\"".length();
        byte[] json = Arrays.copyOf(prefix, start + 10 * 1024 * 1024 + 2);
        Arrays.fill(json, start, json.length - 2, (byte) 'x');
        json[json.length - 2] = '"';
        json[json.length - 1] = '}';
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, Practice.class));
        assertTrue(e.getMessage().contains("a string is longer than 1,048,576 characters"), e.getMessage());
    }

    @Test
    void a_document_in_windows_1252_fails_with_a_line_not_a_decoder_exception() {
        byte[] json = "{\"id\":\"p-1\",\n\"name\":\"Caf\u00e9\",\"organization\":\"Org\"}"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, Practice.class));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void the_strings_nan_and_infinity_are_not_numbers() {
        for (String text : List.of("NaN", "Infinity", "-Infinity")) {
            CcmJsonException e = refused(HEAD + ",\"location\":{\"latitude\":\"" + text + "\",\"longitude\":0}}");
            assertEquals("/location/latitude", e.pointer());
            assertTrue(e.getMessage().endsWith("must be a number (was \"" + text + "\")"), e.getMessage());
        }
        CcmJsonException bare = refused(HEAD + ",\"location\":{\"latitude\":NaN,\"longitude\":0}}");
        assertTrue(bare.getMessage().contains("must be a finite JSON number (was NaN, which JSON does not allow)"),
                bare.getMessage());
        CcmJsonException huge = refused(HEAD + ",\"location\":{\"latitude\":0,\"longitude\":-1e400}}");
        assertEquals("/location/longitude", huge.pointer());
        assertTrue(huge.getMessage().endsWith("must be a finite number (was -1e400)"), huge.getMessage());
    }

    @Test
    void numbers_beyond_double_and_non_numbers_are_refused_where_they_stand() {
        CcmJsonException huge = refused(HEAD + ",\"location\":{\"latitude\":1e400,\"longitude\":0}}");
        assertEquals("/location/latitude", huge.pointer());
        CcmJsonException nan = refused(HEAD + ",\"location\":{\"latitude\":NaN,\"longitude\":0}}");
        assertEquals(1, nan.line());
        CcmJsonException digits = refused(HEAD + ",\"panelSize\":1" + "0".repeat(2000) + "}");
        assertTrue(digits.getMessage().contains("a number is longer than 1,000 digits"), digits.getMessage());
        // -0 is a number JSON allows: a coordinate of -0 reads as zero; a panel size of -0 is 0,
        // which the rule for panel sizes refuses.
        Practice zero = CcmJson.parse(HEAD + ",\"location\":{\"latitude\":-0,\"longitude\":-0.0}}", Practice.class);
        assertEquals(0.0, zero.location().orElseThrow().latitude(), 0.0);
        assertEquals("/panelSize", refused(HEAD + ",\"panelSize\":-0}").pointer());
    }

    @Test
    void duplicate_keys_are_refused_naming_the_key() {
        CcmJsonException e = refused(HEAD + ",\"name\":\"B\"}");
        // HEAD is {"id":"p-1","name":"A","organization":"Org"  (43 characters): the repeated name starts at 45.
        assertEquals("property \"name\" is given twice (first at line 1, column 13)", e.problems().get(0).rule());
        assertEquals(HEAD.length() + 2, e.column());
        assertEquals(1, e.line());
    }

    @Test
    void a_byte_order_mark_before_utf8_bytes_is_skipped() {
        byte[] body = (HEAD + "}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("p-1", CcmJson.parse(withBom, Practice.class).id().value());
    }

    @Test
    void wrong_types_are_refused_at_their_pointer() {
        assertEquals("/panelSize", refused(HEAD + ",\"panelSize\":\"many\"}").pointer());
        assertEquals("/attributes", refused(HEAD + ",\"attributes\":[1,2]}").pointer());
        assertEquals("/name", refused("{\"id\":\"p-1\",\"name\":5,\"organization\":\"Org\"}").pointer());
        assertThrows(CcmJsonException.class, () -> CcmJson.parse("[]", Practice.class));
        assertThrows(CcmJsonException.class, () -> CcmJson.parse("null", Practice.class));
    }

    @Test
    void every_truncation_of_a_document_is_refused_never_read_as_a_partial_value() {
        String whole = HEAD + ",\"location\":{\"latitude\":45.5,\"longitude\":-122.6},\"panelSize\":2400}";
        CcmJson.parse(whole, Practice.class);
        for (int cut = 0; cut < whole.length(); cut++) {
            String part = whole.substring(0, cut);
            CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(part, Practice.class),
                    () -> "read a document cut at " + part.length());
            assertTrue(e.line() <= 1, "line " + e.line());
        }
    }

    @Test
    void csv_with_a_bom_quotes_and_ragged_rows_is_read_row_by_row_and_an_open_quote_names_its_line() {
        CsvTable t = CsvTable.parse("\uFEFFsubject,note\nsite-1,\"a, \"\"b\"\"\"\nsite-2\nsite-3,x,extra\n");
        assertEquals(List.of("subject", "note"), t.header());
        assertEquals("a, \"b\"", t.rows().get(0).get("note").orElseThrow());
        assertTrue(t.rows().get(1).ragged());
        assertTrue(t.rows().get(2).ragged());
        assertEquals(4, t.rows().get(2).line());
        // The quote opened on line 3 runs to the end of the text, where the parser reports it.
        CsvException e = assertThrows(CsvException.class, () -> CsvTable.parse("a,b\n1,2\n3,\"open\n4,5\n"));
        assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("Missing closing quote"), e.getMessage());
    }

    @Test
    void a_key_with_a_slash_a_tilde_and_a_dot_is_one_pointer_token() {
        // The violation's key is one segment; Jackson's JsonPointer escapes "/" as ~1 and "~" as ~0 (RFC 6901).
        CcmJsonException e = refused(HEAD + ",\"attributes\":{\"a/b~c.d\":\"x\\u0007\"}}");
        assertEquals("/attributes/a~1b~0c.d", e.pointer());
        assertEquals(1, e.line());
    }
}

package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    private static final String A = "{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"Org\",\"attributes\":{}}";
    private static final String B = "{\"id\":\"p-2\",\"name\":\"B\",\"organization\":\"Org\",\"attributes\":{}}";

    @Test
    void writes_one_compact_document_per_line_and_reads_them_back(@TempDir Path dir) {
        List<Practice> practices = JsonLines.parse(A + "\n" + B + "\n", Practice.class);
        assertEquals(List.of(PracticeId.of("p-1"), PracticeId.of("p-2")),
                practices.stream().map(Practice::id).toList());
        assertEquals(A + "\n" + B + "\n", JsonLines.toJsonLines(practices));
        Path file = dir.resolve("practices.jsonl");
        JsonLines.write(file, practices);
        assertEquals(A + "\n" + B + "\n", readString(file));
        assertEquals(practices, JsonLines.read(file, Practice.class));
    }

    @Test
    void skips_blank_lines_a_missing_final_newline_crlf_and_a_leading_byte_order_mark() {
        String text = "\uFEFF" + A + "\r\n\r\n   \n" + B;
        assertEquals(2, JsonLines.parse(text, Practice.class).size());
        assertEquals(List.of(), JsonLines.parse("", Practice.class));
    }

    @Test
    void an_error_names_the_file_line_the_pointer_and_the_column() {
        // Line 3 (after a blank line 2) has an empty id; the id's value starts at column 7 of that line ({ is column 1, the empty string "" starts at 7).
        String text = A + "\n\n{\"id\":\"\",\"name\":\"C\",\"organization\":\"Org\"}\n" + B + "\n";
        CcmJsonException e = assertThrows(CcmJsonException.class,
                () -> JsonLines.parse(text, Practice.class));
        assertEquals(3, e.line());
        assertEquals(7, e.column());
        assertEquals("/id", e.pointer());
        assertTrue(e.getMessage().contains("(line 3, column 7)"), e.getMessage());
    }

    @Test
    void a_document_spread_over_two_lines_is_refused_at_its_first_line() {
        // JSON Lines holds one document per line; the first half alone is a truncated document.
        CcmJsonException e = assertThrows(CcmJsonException.class,
                () -> JsonLines.parse(A + "\n{\"id\":\"p-3\",\n\"name\":\"C\"}\n", Practice.class));
        assertEquals(2, e.line());
    }

    @Test
    void streams_lazily_so_values_before_a_bad_line_are_delivered(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, A + "\n" + B + "\nnot json\n");
        try (Stream<Practice> values = JsonLines.stream(file, Practice.class)) {
            Iterator<Practice> it = values.iterator();
            assertEquals("p-1", it.next().id().value());
            assertEquals("p-2", it.next().id().value());
            CcmJsonException e = assertThrows(CcmJsonException.class, it::next);
            assertEquals(3, e.line());
        }
    }

    @Test
    void a_file_that_is_not_utf8_fails_at_its_line_and_column_not_as_garbled_text(@TempDir Path dir) throws Exception {
        // 2,000 good lines first, so that the decoder has read far past line 3 when the parser is there.
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 2; i++) {
            text.append("{\"id\":\"p-").append(i).append("\",\"name\":\"A\",\"organization\":\"Org\"}\n");
        }
        text.append("{\"id\":\"p-3\",\"name\":\"Caf\u00e9\",\"organization\":\"Org\"}\n");
        for (int i = 4; i <= 2000; i++) {
            text.append("{\"id\":\"p-").append(i).append("\",\"name\":\"A\",\"organization\":\"Org\"}\n");
        }
        Path file = dir.resolve("cp1252.jsonl");
        Files.write(file, text.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")));
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> JsonLines.read(file, Practice.class));
        // {"id":"p-3","name":"Caf is 1 + 4 + 1 + 5 + 1 + 6 + 1 + 4 = 23 characters, so the é is the 24th.
        assertEquals(3, e.line());
        assertEquals(24, e.column());
        assertTrue(e.getMessage().contains("is not UTF-8 (byte 0xE9)"), e.getMessage());
    }

    @Test
    void utf16_from_excel_is_named_as_such(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("utf16.jsonl");
        Files.write(file, "{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"Org\"}\n".getBytes(StandardCharsets.UTF_16LE));
        CcmJsonException bare = assertThrows(CcmJsonException.class, () -> JsonLines.read(file, Practice.class));
        assertTrue(bare.getMessage().contains("NUL character"), bare.getMessage());
        byte[] body = Files.readAllBytes(file);
        byte[] marked = new byte[body.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(body, 0, marked, 2, body.length);
        Files.write(file, marked);
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> JsonLines.read(file, Practice.class));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("is UTF-16 text"), e.getMessage());
    }

    @Test
    void a_line_longer_than_the_limit_fails_at_its_line_without_reading_it_whole() {
        String text = "{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"Org\"}\n"
                + "x".repeat(JsonLines.MAX_LINE_LENGTH + 1) + "\n";
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> JsonLines.parse(text, Practice.class));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("line 2 is longer than 8,388,608 characters"), e.getMessage());
    }

    @Test
    void a_document_longer_than_the_limit_is_refused_where_the_limit_falls() {
        // Three lines of 10 bytes, then one line past the limit: the first byte too many is on line 4,
        // at column MAX_DOCUMENT_LENGTH - 30 + 1.
        byte[] json = new byte[CcmJson.MAX_DOCUMENT_LENGTH + 100];
        java.util.Arrays.fill(json, (byte) ' ');
        for (int i = 9; i < 30; i += 10) {
            json[i] = '\n';
        }
        CcmJsonException e = assertThrows(CcmJsonException.class,
                () -> CcmJson.read(new java.io.ByteArrayInputStream(json), Practice.class));
        assertEquals(4, e.line());
        assertEquals(CcmJson.MAX_DOCUMENT_LENGTH - 30 + 1, e.column());
        assertTrue(e.getMessage().contains("longer than 33,554,432 bytes"), e.getMessage());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

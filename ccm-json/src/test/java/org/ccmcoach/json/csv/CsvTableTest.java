package org.ccmcoach.json.csv;

import org.ccmcoach.core.value.Location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @Test
    void reads_header_rows_and_line_numbers() {
        CsvTable t = CsvTable.parse("subject,date,note\np-1,2026-01-15,\"a, quoted \"\"note\"\"\"\n\np-2,2026-01-16,\"two\nlines\"\np-3,2026-01-17,x\n");
        assertEquals(List.of("subject", "date", "note"), t.header());
        assertEquals(3, t.rows().size(), "the blank line is not a record");
        assertEquals(2, t.rows().get(0).line());
        assertEquals(Optional.of("a, quoted \"note\""), t.rows().get(0).get("note"));
        assertEquals(4, t.rows().get(1).line());
        assertEquals(Optional.of("two\nlines"), t.rows().get(1).get("note"));
        assertEquals(6, t.rows().get(2).line(), "after a two-line record");
        assertEquals(Optional.empty(), t.rows().get(0).get("missing-column"));
    }

    @Test
    void a_byte_order_mark_is_ignored() {
        CsvTable t = CsvTable.parse("\uFEFFsubject,date\np-1,2026-01-15\n");
        assertEquals(List.of("subject", "date"), t.header());
    }

    @Test
    void spreadsheet_files_with_crlf_and_a_byte_order_mark(@TempDir Path dir) throws java.io.IOException {
        // As Excel on Windows writes them: UTF-8 BOM, CRLF line ends, a blank line.
        Path file = dir.resolve("export.csv");
        java.nio.file.Files.write(file, "\uFEFFsubject,date,1\r\npt-1,2026-01-15,3\r\n\r\npt-2,2026-01-16,4\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CsvTable t = CsvTable.read(file);
        assertEquals(List.of("subject", "date", "1"), t.header());
        assertEquals(2, t.rows().size());
        assertEquals(Optional.of("2026-01-15"), t.rows().get(0).get("date"));
        assertEquals(2, t.rows().get(0).line());
        assertEquals(4, t.rows().get(1).line());
        assertFalse(t.rows().get(1).ragged());
    }

    @Test
    void ragged_rows_are_kept_and_flagged() {
        CsvTable t = CsvTable.parse("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
        assertTrue(t.rows().get(0).ragged());
        assertEquals(Optional.empty(), t.rows().get(0).get("c"));
        assertTrue(t.rows().get(1).ragged());
        assertFalse(t.rows().get(2).ragged());
    }

    @Test
    void broken_csv_and_bad_headers_fail_with_the_line() {
        CsvException quote = assertThrows(CsvException.class, () -> CsvTable.parse("a,b\n1,\"unterminated\n"));
        assertTrue(quote.problems().get(0).rule().startsWith("is not valid CSV"), quote.getMessage());
        CsvException twice = assertThrows(CsvException.class, () -> CsvTable.parse("a,a\n1,2\n"));
        assertEquals("line 1, column \"a\": appears twice in the header (was \"a\")", twice.getMessage());
        assertThrows(CsvException.class, () -> CsvTable.parse(""));
    }

    @Test
    void writes_what_it_reads(@TempDir Path dir) {
        CsvTable t = CsvTable.of(List.of("name", "note"), List.of(List.of("a", "x, \"y\""), List.of("b", "")));
        assertEquals("name,note\na,\"x, \"\"y\"\"\"\nb,\n", t.toCsv());
        Path file = dir.resolve("t.csv");
        t.write(file);
        CsvTable back = CsvTable.read(file);
        assertEquals(t.header(), back.header());
        assertEquals(List.of("a", "x, \"y\""), back.rows().get(0).cells());
        assertEquals("name,note\n", CsvTable.of(List.of("name", "note"), List.of()).toCsv());
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of(List.of("a"), List.of(List.of("1", "2"))));
    }
}

package org.ccmcoach.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void writes_the_header_then_rows_quoting_only_where_needed() {
        StringWriter text = new StringWriter();
        try (CsvWriter out = CsvWriter.of(text, List.of("subject", "note"))) {
            out.row(List.of("site-1", "plain")).row(List.of("site-2", "a, b \"quoted\""));
            assertEquals(2, out.rows());
        }
        // RFC 4180: a cell with a comma or quote is quoted and its quotes doubled.
        assertEquals("subject,note\nsite-1,plain\nsite-2,\"a, b \"\"quoted\"\"\"\n", text.toString());
    }

    @Test
    void an_empty_table_still_has_its_header_and_reads_back_as_csv_table(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.csv");
        CsvWriter.open(file, List.of("a", "b")).close();
        assertEquals("a,b\n", Files.readString(file));
        Path full = dir.resolve("full.csv");
        try (CsvWriter out = CsvWriter.open(full, List.of("a", "b"))) {
            out.row(List.of("1", "x\ny"));
        }
        CsvTable back = CsvTable.read(full);
        assertEquals(List.of("a", "b"), back.header());
        assertEquals(List.of("1", "x\ny"), back.rows().get(0).cells());
    }

    @Test
    void refuses_ragged_rows_and_repeated_columns() {
        try (CsvWriter out = CsvWriter.of(new StringWriter(), List.of("a", "b"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> out.row(List.of("1")));
            assertEquals("row 1 has 1 cells for 2 columns", e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvWriter.of(new StringWriter(), List.of("a", "a")));
        assertEquals("CsvWriter header: column names must be distinct (was [a, a])", e.getMessage());
    }
}

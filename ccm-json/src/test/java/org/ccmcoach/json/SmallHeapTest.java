package org.ccmcoach.json;

import org.ccmcoach.core.value.Location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ccmcoach.core.Practice;
import org.ccmcoach.json.csv.CsvException;
import org.ccmcoach.json.csv.CsvReader;
import org.ccmcoach.json.csv.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files end with ccm's exception in a 256 MB heap (the small-heap surefire execution sets
 * {@code -Xmx256m}; an OutOfMemoryError fails the test). Each file is larger than the heap or
 * would be, read naively: a 300 MB line, a 63 MB cell, a million columns.
 */
@Tag("small-heap")
class SmallHeapTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void the_heap_is_small() {
        assertTrue(Runtime.getRuntime().maxMemory() <= 300L * 1024 * 1024,
                "run with -Xmx256m (was " + Runtime.getRuntime().maxMemory() + " bytes)");
    }

    /** Writes {@code head}, then {@code count} bytes of {@code fill}, then {@code tail}. */
    private static Path file(String name, String head, long count, byte fill, String tail) throws IOException {
        Path file = dir.resolve(name);
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, fill);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long left = count; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(left, chunk.length));
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void a_300_megabyte_json_lines_line() throws IOException {
        Path file = file("line.jsonl", "{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"Org\"}\n{\"id\":\"", 300_000_000L,
                (byte) 'x', "\"}\n");
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> JsonLines.read(file, Practice.class));
        assertEquals(2, e.line());
    }

    @Test
    void a_300_megabyte_json_document_on_one_line() throws IOException {
        Path file = file("one.json", "{\"id\":\"", 300_000_000L, (byte) 'x', "\"}");
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.read(file, Practice.class));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("longer than 33,554,432 bytes"), e.getMessage());
    }

    @Test
    void a_63_megabyte_csv_cell() throws IOException {
        Path file = file("cell.csv", "subject,role\nsite-1,nurse\nsite-2,", 63L * 1024 * 1024, (byte) 'x', "\n");
        CsvException e = assertThrows(CsvException.class, () -> CsvTable.read(file));
        assertEquals(3, ((Location.CsvCell) e.problems().get(0).location()).line());
        assertTrue(e.getMessage().contains("a cell longer than"), e.getMessage());
    }

    @Test
    void a_header_of_a_million_unknown_columns() throws IOException {
        Path file = dir.resolve("wide.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(((i == 0 ? "" : ",") + "unknown-column-" + i).getBytes(StandardCharsets.UTF_8));
            }
            out.write("\n".getBytes(StandardCharsets.UTF_8));
        }
        CsvException e = assertThrows(CsvException.class, () -> CsvReader.open(file));
        assertEquals(1, ((Location.CsvCell) e.problems().get(0).location()).line());
        assertTrue(e.getMessage().contains("more than 10,000 cells"), e.getMessage());
    }
}

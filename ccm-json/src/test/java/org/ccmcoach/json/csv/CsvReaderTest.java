package org.ccmcoach.json.csv;

import org.ccmcoach.core.value.Location;

import org.ccmcoach.core.value.Problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @Test
    void reads_rows_lazily_with_their_lines_and_skips_blank_lines() {
        try (CsvReader csv = CsvReader.parse("subject,score\nsite-1,3\n\nsite-2,\"4\n5\"\nsite-3,6\n");
             Stream<CsvRow> rows = csv.rows()) {
            assertEquals(List.of("subject", "score"), csv.header());
            List<CsvRow> all = rows.toList();
            assertEquals(List.of(2, 4, 6), all.stream().map(CsvRow::line).toList());
            assertEquals("4\n5", all.get(1).get("score").orElseThrow());
        }
    }

    @Test
    void windows_1252_fails_at_the_true_line_though_the_decoder_reads_ahead(@TempDir Path dir) throws Exception {
        // 3,000 lines of about 12 bytes: the decoder's 64 KiB buffer holds them all at once.
        StringBuilder text = new StringBuilder("subject,role\n");
        for (int i = 2; i <= 3000; i++) {
            text.append("site-").append(i).append(i == 2500 ? ",m\u00e9decin\n" : ",nurse\n");
        }
        Path file = dir.resolve("cp1252.csv");
        Files.write(file, text.toString().getBytes(Charset.forName("windows-1252")));
        CsvException e = assertThrows(CsvException.class, () -> CsvTable.read(file));
        assertEquals(2500, ((Location.CsvCell) e.problems().get(0).location()).line());
        // "site-2500,m" is 11 characters, so the é is the 12th.
        assertTrue(e.getMessage().contains("at character 12 is not UTF-8 (byte 0xE9)"), e.getMessage());
        assertTrue(e.getMessage().contains("CSV UTF-8"), e.getMessage());
    }

    @Test
    void utf16_as_excel_saves_unicode_text_is_named(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("utf16.csv");
        Files.write(file, "subject\tscore\r\nsite-1\t3\r\n".getBytes(StandardCharsets.UTF_16)); // Java writes a BOM
        CsvException e = assertThrows(CsvException.class, () -> CsvTable.read(file));
        assertEquals(1, ((Location.CsvCell) e.problems().get(0).location()).line());
        assertTrue(e.getMessage().contains("is UTF-16 text"), e.getMessage());
    }

    @Test
    void a_row_wider_than_the_column_limit_is_refused_at_its_line() {
        String wide = IntStream.range(0, CsvReader.MAX_COLUMNS + 1).mapToObj(i -> "c" + i)
                .collect(Collectors.joining(","));
        CsvException header = assertThrows(CsvException.class, () -> CsvReader.parse(wide + "\n"));
        assertEquals(1, ((Location.CsvCell) header.problems().get(0).location()).line());
        assertTrue(header.getMessage().contains("more than 10,000 cells"), header.getMessage());
        String narrow = IntStream.range(0, CsvReader.MAX_COLUMNS).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        assertEquals(CsvReader.MAX_COLUMNS, CsvTable.parse(narrow + "\n").header().size());
        CsvException row = assertThrows(CsvException.class, () -> CsvTable.parse("a\n1\n2\n" + wide + "\n"));
        assertEquals(4, ((Location.CsvCell) row.problems().get(0).location()).line());
    }

    @Test
    void a_cell_longer_than_the_limit_is_refused_at_its_line() {
        String csv = "a,b\n1,2\n3," + "x".repeat(CsvReader.MAX_CELL_LENGTH + 10) + "\n";
        CsvException e = assertThrows(CsvException.class, () -> CsvTable.parse(csv));
        assertEquals(3, ((Location.CsvCell) e.problems().get(0).location()).line());
        assertTrue(e.getMessage().contains("a cell longer than 1,048,576 characters"), e.getMessage());
        // A quote left open makes the rest of the file one cell.
        String open = "a,b\n1,\"2\n" + "3,4\n".repeat(300_000);
        CsvException unclosed = assertThrows(CsvException.class, () -> CsvTable.parse(open));
        assertTrue(unclosed.getMessage().contains("a quote left open"), unclosed.getMessage());
    }

    @Test
    void a_table_past_its_memory_bound_points_to_the_streaming_reader() {
        // 2 columns: the header's 2 cells, then 499,999 rows of 2 reach 1,000,000; the next row is one too many.
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 500_000; i++) {
            text.append("1,2\n");
        }
        CsvException e = assertThrows(CsvException.class, () -> CsvTable.parse(text.toString()));
        assertEquals(500_001, ((Location.CsvCell) e.problems().get(0).location()).line());
        assertTrue(e.getMessage().contains("CsvReader"), e.getMessage());
        try (CsvReader all = CsvReader.open(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
             Stream<CsvRow> rows = all.rows()) {
            assertEquals(500_000, rows.count());
        }
    }

    @Test
    void an_exception_keeps_the_first_hundred_problems_and_counts_the_rest() {
        List<Problem> problems = new ArrayList<>();
        for (int line = 2; line < 252; line++) {
            problems.add(Problem.ofCsv(line, "score", "x", "is not a number"));
        }
        CsvException e = new CsvException(problems, 1000);
        assertEquals(100, e.problems().size());
        assertEquals(150 + 1000, e.more());
        assertEquals(1 + 100 + 1, e.getMessage().lines().count()); // the count, 100 problems, "and 1,150 more"
        assertTrue(e.getMessage().startsWith("1,250 problems (the first 100 shown):"), e.getMessage());
        assertTrue(e.getMessage().endsWith("and 1,150 more"), e.getMessage());
    }
}

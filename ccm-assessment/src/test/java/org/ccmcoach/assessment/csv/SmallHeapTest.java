package org.ccmcoach.assessment.csv;

import org.ccmcoach.core.value.Location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.json.csv.CsvException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A million bad rows end with ccm's exception in a 256 MB heap (the small-heap execution's -Xmx256m). */
@Tag("small-heap")
class SmallHeapTest {

    @Test
    void a_million_bad_rows_give_a_hundred_problems_and_a_count(@TempDir Path dir) throws IOException {
        Instrument pacic = Instruments.pacic20();
        String items = pacic.items().stream().map(Item::id).collect(Collectors.joining(","));
        String answers = pacic.items().stream().map(i -> "9").collect(Collectors.joining(","));
        Path file = dir.resolve("bad.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("subject,date," + items + "\n");
            for (int i = 0; i < 1_000_000; i++) {
                // Every row: a date that is not a date; the answers (9 on a 1..5 scale) go unchecked
                // once the row has a problem, so each row has exactly one.
                out.write("pt-" + i + ",someday," + answers + "\n");
            }
        }
        CsvException e = assertThrows(CsvException.class, () -> ResponseCsv.read(file, pacic));
        assertEquals(CsvException.MAX_PROBLEMS, e.problems().size());
        assertEquals(1_000_000 - CsvException.MAX_PROBLEMS, e.more());
        assertEquals(2, ((Location.CsvCell) e.problems().get(0).location()).line());
        assertTrue(e.getMessage().endsWith("and 999,900 more"), e.getMessage().lines().reduce((a, b) -> b).orElse(""));
    }
}

package org.ccmcoach.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OWASP's CSV-injection payloads come out as text, numbers stay numbers, and ccm reads back what it wrote. */
class FormulaInjectionTest {

    private static final List<String> PAYLOADS = List.of(
            "=HYPERLINK(\"http://evil.example\",\"Click\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1");

    @Test
    void each_payload_is_written_behind_an_apostrophe() {
        List<List<String>> rows = PAYLOADS.stream().map(p -> List.of(p)).toList();
        String csv = CsvTable.of(List.of("role"), rows).toCsv();
        // Expected by hand: an apostrophe before each payload; quoted only where CSV needs it: the
        // first for its commas and quotes (doubled), the last for its carriage return.
        assertEquals("role\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"\n"
                + "'+cmd|' /C calc'!A0\n"
                + "'@SUM(1+9)*cmd|' /C calc'!A0\n"
                + "'-2+3+cmd|' /C calc'!A0\n"
                + "'\t=1+1\n"
                + "\"'\r=1+1\"\n", csv);
        List<String> back = CsvTable.parse(csv).rows().stream().map(r -> r.cells().get(0)).toList();
        assertEquals(PAYLOADS, back);
    }

    @Test
    void numbers_negative_ones_included_are_written_as_they_are() {
        List<String> numbers = List.of("-0.5", "-3", "-1E3", "-.25", "4.0", "1e-3");
        String csv = CsvTable.of(List.of("score"), numbers.stream().map(List::of).toList()).toCsv();
        assertEquals("score\n-0.5\n-3\n-1E3\n-.25\n4.0\n1e-3\n", csv);
    }

    @Test
    void text_that_already_starts_with_an_apostrophe_survives_the_round_trip() {
        List<String> cells = List.of("'=1", "''@x", "'-5", "'", "'plain", "-", "--");
        String csv = CsvTable.of(List.of("c"), cells.stream().map(List::of).toList()).toCsv();
        // One more apostrophe where a formula start follows the apostrophes; none elsewhere.
        assertEquals("c\n''=1\n'''@x\n''-5\n'\n'plain\n'-\n'--\n", csv);
        assertEquals(cells, CsvTable.parse(csv).rows().stream().map(r -> r.cells().get(0)).toList());
    }

    @Test
    void the_streaming_writer_escapes_as_the_table_does() {
        java.io.StringWriter text = new java.io.StringWriter();
        try (CsvWriter out = CsvWriter.of(text, List.of("subject", "role"))) {
            out.row(List.of("site-1", "@admin"));
        }
        assertEquals("subject,role\nsite-1,'@admin\n", text.toString());
    }
}

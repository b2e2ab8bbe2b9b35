package org.ccmcoach.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class FormulaInjectionProperties {

    /** Any text, of the characters that matter most here, reads back as written and never opens a formula. */
    @Property(tries = 500)
    void ccm_reads_back_what_it_wrote_and_no_cell_starts_a_formula(
            @ForAll @Size(min = 1, max = 5) List<@StringLength(max = 6) @Chars({'=', '+', '-', '@', '\t', '\r', '\'', '"',
                    ',', '\n', '1', '.', 'e', 'x', ' '}) @CharRange(from = '0', to = '9') String> cells) {
        CsvTable written = CsvTable.of(List.of("c"), cells.stream().map(List::of).toList());
        String csv = written.toCsv();
        // Reading the header too: each row keeps its cell, blank ones included (one empty cell is a blank line).
        List<String> back = CsvTable.parse(csv).rows().stream().map(r -> r.cells().get(0)).toList();
        assertEquals(cells.stream().filter(c -> !c.isEmpty()).toList(), back);
        for (String cell : cells) {
            String out = FormulaGuard.neutralise(cell);
            if (!out.isEmpty() && "=+-@\t\r".indexOf(out.charAt(0)) >= 0) {
                // Only a plain number may start with a minus.
                assertFalse(!out.matches("-(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?"), out);
            }
        }
    }
}

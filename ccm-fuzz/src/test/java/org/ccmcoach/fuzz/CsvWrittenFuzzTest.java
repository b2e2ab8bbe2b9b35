package org.ccmcoach.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.ccmcoach.json.csv.CsvTable;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * What ccm writes to CSV, fuzzed: a class of its own because Jazzer fuzzes one test per JVM, and
 * surefire forks one per class.
 */
class CsvWrittenFuzzTest {

    /**
     * Whatever text ccm writes to CSV, it reads back as written, and no cell of the file starts a
     * spreadsheet formula: the file is read back by Jackson's CSV parser alone, without ccm's
     * unescaping, and every raw cell that starts with =, +, -, @, tab or carriage return must be a
     * plain number.
     */
    @FuzzTest(maxDuration = "10s")
    @DisabledIfSystemProperty(named = "ccm.fuzz.long", matches = "true")
    void csv_written_reads_back_and_never_starts_a_formula(FuzzedDataProvider data) {
        int columns = data.consumeInt(1, 4);
        List<String> header = new java.util.ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add("c" + c);
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        while (data.remainingBytes() > 0 && rows.size() < 20) {
            List<String> row = new java.util.ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(data.consumeString(40));
            }
            if (!(columns == 1 && row.get(0).isEmpty())) { // one empty cell is a blank line, which readers skip
                rows.add(row);
            }
        }
        String csv = CsvTable.of(header, rows).toCsv();
        List<List<String>> back = CsvTable.parse(csv).rows().stream().map(org.ccmcoach.json.csv.CsvRow::cells).toList();
        if (!back.equals(rows)) {
            throw new AssertionError("read back " + back + " for " + rows);
        }
        try (tools.jackson.core.JsonParser raw = tools.jackson.dataformat.csv.CsvMapper.builder().build().createParser(csv)) {
            for (tools.jackson.core.JsonToken t = raw.nextToken(); t != null; t = raw.nextToken()) {
                if (t != tools.jackson.core.JsonToken.VALUE_STRING) {
                    continue;
                }
                String cell = raw.getString();
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                        && !cell.matches("-(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
                    throw new AssertionError("a written cell starts a formula: " + cell);
                }
            }
        }
    }
}

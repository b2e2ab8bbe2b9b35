package org.ccmcoach.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ccmcoach.assessment.dose.DosePoint;
import org.ccmcoach.assessment.dose.DoseResponse;
import org.ccmcoach.assessment.dose.ProgramFidelity;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.json.csv.CsvTable;
import org.junit.jupiter.api.Test;

class DoseCsvTest {

    @Test
    void practices_by_dose_with_their_third_and_the_caveat_last() {
        List<DosePoint> points = List.of(new DosePoint(PracticeId.of("b"), 2, 0.4), new DosePoint(PracticeId.of("a"), 1, 0.2),
                new DosePoint(PracticeId.of("c"), 3, 0.1), new DosePoint(PracticeId.of("d"), 4, 0.3),
                new DosePoint(PracticeId.of("e"), 5, 0.5), new DosePoint(PracticeId.of("f"), 6, 0.7));
        CsvTable t = DoseCsv.doseResponse(DoseResponse.of(points, List.of(PracticeId.of("g"))));
        // Thirds of two: a, b (mean 0.3); c, d (0.2); e, f (0.6).
        assertEquals(DoseCsv.DOSE_RESPONSE_HEADER, t.header());
        // Plain decimals: 1 hour, not 1.0; the double's shortest text of the mean.
        assertEquals(List.of("a", "1", "0.2", "lowest third", "0.30000000000000004", ""), t.rows().get(0).cells());
        assertEquals("middle third", t.rows().get(2).cells().get(3));
        assertEquals(List.of("g", "", "", "", "", "no change given: left out"), t.rows().get(6).cells());
        assertEquals(true, t.rows().get(7).cells().get(5).startsWith("Observational"));
        CsvTable p = DoseCsv.program(ProgramFidelity.of(List.of()));
        assertEquals(DoseCsv.PROGRAM_HEADER, p.header());
        assertEquals(DoseCsv.PROGRAM_FIGURES, p.rows().stream().map(r -> r.cells().get(0)).toList());
        assertEquals(List.of("frequency", "0", "", "", "", "", "", ""), p.rows().get(0).cells());
    }

    @Test
    void tied_doses_without_thirds_leave_the_third_cells_empty_and_say_why() {
        // Issue 33: six practices at 10 hours, changes 1, 1, 0, 0, -1, -1; no thirds rather than 1, 0, -1 by id.
        List<DosePoint> points = new java.util.ArrayList<>();
        double[] change = {1, 1, 0, 0, -1, -1};
        for (int i = 0; i < 6; i++) {
            points.add(new DosePoint(PracticeId.of("p-" + i), 10.0, change[i]));
        }
        CsvTable t = DoseCsv.doseResponse(DoseResponse.of(points, List.of()));
        assertEquals(List.of("p-0", "10", "1", "", "", ""), t.rows().get(0).cells());
        assertEquals(true, t.rows().stream().limit(6).allMatch(r -> r.cells().get(3).isEmpty() && r.cells().get(4).isEmpty()));
        assertEquals(true, t.rows().get(6).cells().get(5).contains("No thirds"), t.rows().get(6).cells().get(5));
    }

    @Test
    void small_and_large_numbers_are_plain_decimals_never_exponents() {
        assertEquals("0.00002", org.ccmcoach.core.value.Decimals.plain(2.0E-5));
        assertEquals("0.0000000000001", org.ccmcoach.core.value.Decimals.plain(1e-13));
        assertEquals("12000000", org.ccmcoach.core.value.Decimals.plain(1.2e7));
        assertEquals("100", org.ccmcoach.core.value.Decimals.plain(100.0));
        assertEquals("-0.25", org.ccmcoach.core.value.Decimals.plain(-0.25));
        CsvTable t = DoseCsv.doseResponse(DoseResponse.of(List.of(new DosePoint(PracticeId.of("a"), 0.5, 2.0E-5)),
                List.of()));
        assertEquals(List.of("a", "0.5", "0.00002", "", "", ""), t.rows().get(0).cells());
    }
}

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
        assertEquals(List.of("a", "1.0", "0.2", "lowest third", "0.30000000000000004", ""), t.rows().get(0).cells());
        assertEquals("middle third", t.rows().get(2).cells().get(3));
        assertEquals(List.of("g", "", "", "", "", "no change given: left out"), t.rows().get(6).cells());
        assertEquals(true, t.rows().get(7).cells().get(5).startsWith("Observational"));
        CsvTable p = DoseCsv.program(ProgramFidelity.of(List.of()));
        assertEquals(List.of("fidelity", "0", "", "", "", "", ""), p.rows().get(0).cells());
    }
}

package org.ccmcoach.assessment.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.Fidelity;
import org.ccmcoach.core.fidelity.FidelityCount;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class DoseResponseTest {

    static PracticeId p(int i) {
        return PracticeId.of("p-" + i);
    }

    @Test
    void quartiles_are_type_7_as_in_r_and_excel() {
        // R: quantile(1:9) gives 1 3 5 7 9; quantile(c(0, 10.75, 10.75)) gives 0 5.375 10.75 10.75 10.75.
        assertEquals(new Distribution(9, 1, 3, 5, 7, 9), Distribution.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertEquals(new Distribution(3, 0, 5.375, 10.75, 10.75, 10.75), Distribution.of(10.75, 0, 10.75));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of());
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(1, Double.NaN));
    }

    @Test
    void thirds_of_dose_by_hand() {
        // Hours 1..9 with changes 0.1 0.3 0.2 | 0.5 0.4 0.6 | 1.0 0.8 0.9: means 0.2, 0.5, 0.9.
        double[] change = {0.1, 0.3, 0.2, 0.5, 0.4, 0.6, 1.0, 0.8, 0.9};
        List<DosePoint> points = new ArrayList<>();
        for (int i = 9; i >= 1; i--) {
            points.add(new DosePoint(p(i), i, change[i - 1]));
        }
        DoseResponse table = DoseResponse.of(points, List.of(p(10)));
        assertEquals(p(1), table.points().get(0).practice(), "by dose");
        assertEquals(List.of("lowest third", "middle third", "highest third"),
                table.groups().stream().map(DoseGroup::label).toList());
        assertEquals(0.2, table.groups().get(0).meanChange(), 1e-12);
        assertEquals(0.5, table.groups().get(1).meanChange(), 1e-12);
        assertEquals(0.9, table.groups().get(2).meanChange(), 1e-12);
        assertEquals(4.0, table.groups().get(1).minHours());
        assertEquals(6.0, table.groups().get(1).maxHours());
        assertTrue(table.caveat().startsWith("Observational: dose was not assigned at random, so these 9 practices'"),
                table.caveat());
        assertTrue(table.caveat().endsWith("Left out for want of a change: 1."), table.caveat());
        // 8 practices: 3, 3, 2.
        assertEquals(List.of(3, 3, 2), DoseResponse.of(points.subList(1, 9), List.of()).groups().stream()
                .map(g -> g.practices().size()).toList());
        // 5 practices: no thirds, and the caveat says why.
        DoseResponse few = DoseResponse.of(points.subList(0, 5), List.of());
        assertEquals(List.of(), few.groups());
        assertTrue(few.caveat().contains("Fewer than 6 practices: no thirds."), few.caveat());
        assertThrows(CcmValidationException.class, () -> new DosePoint(p(1), -1, 0));
    }

    @Test
    void six_practices_at_one_dose_have_no_thirds_not_a_gradient_of_their_ids() {
        // Issue 33: all at 10 hours, changes 1, 1, 0, 0, -1, -1 by id; cut by id they made thirds of 1, 0, -1.
        double[] change = {1, 1, 0, 0, -1, -1};
        List<DosePoint> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            points.add(new DosePoint(p(i), 10.0, change[i]));
        }
        DoseResponse table = DoseResponse.of(points, List.of());
        assertEquals(List.of(), table.groups());
        assertEquals(6, table.points().size(), "the points are still listed");
        assertTrue(table.caveat().contains("No thirds: so many practices share a dose"), table.caveat());
    }

    @Test
    void tied_doses_stay_in_one_third_by_hand() {
        // Nine practices at 1, 1 | 2, 2, 2 | 3, 3, 4, 4 hours. Even thirds would cut before the 4th and the 7th
        // (3, 3, 3), splitting the three at 2 hours; the dose changes before the 3rd, 6th and 8th. First cut 3rd
        // (one from even) with second 6th (one from even; the 8th is as near, the lower wins): cost 2. First
        // cut 6th leaves the second the 8th: cost 3 + 1. So thirds 1-1 hours, 2-2, 3-4 with changes
        // 0, 0 (mean 0) | 1, 2, 3 (mean 2) | 4, 4, 5, 5 (mean 4.5).
        double[] hours = {1, 1, 2, 2, 2, 3, 3, 4, 4};
        double[] change = {0, 0, 1, 2, 3, 4, 4, 5, 5};
        // Ids in reverse of dose, so the order of ids would put the 2-hour practices across a cut.
        List<DosePoint> points = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            points.add(new DosePoint(p(9 - i), hours[i], change[i]));
        }
        DoseResponse table = DoseResponse.of(points, List.of());
        assertEquals(List.of(2, 3, 4), table.groups().stream().map(g -> g.practices().size()).toList());
        assertEquals(List.of(0.0, 2.0, 4.5), table.groups().stream().map(DoseGroup::meanChange).toList());
        assertEquals(List.of(1.0, 2.0, 3.0), table.groups().stream().map(DoseGroup::minHours).toList());
        assertEquals(List.of(1.0, 2.0, 4.0), table.groups().stream().map(DoseGroup::maxHours).toList());
        assertEquals(java.util.Set.of(p(7), p(6), p(5)), java.util.Set.copyOf(table.groups().get(1).practices()));
        assertTrue(!table.caveat().contains("No thirds"), table.caveat());
    }

    @Test
    void too_few_dose_changes_for_thirds_of_two_leave_none() {
        // Seven at 1, 2, 2, 2, 3, 4, 5: the dose changes before the 2nd, 5th, 6th and 7th, but a first cut must
        // leave two below it (the 5th at the earliest) and a second two above it (the 6th at the latest), and a
        // middle third of two needs them two apart: no pair, no thirds.
        double[] hours = {1, 2, 2, 2, 3, 4, 5};
        List<DosePoint> points = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            points.add(new DosePoint(p(i), hours[i], i));
        }
        DoseResponse table = DoseResponse.of(points, List.of());
        assertEquals(List.of(), table.groups());
        assertTrue(table.caveat().contains("No thirds"), table.caveat());
    }

    @Test
    void program_fidelity_by_hand() {
        LocalDate apr20 = LocalDate.of(2026, 4, 20);
        // A: the pilot with its activities named (FidelityCsvTest works it by hand): frequency 3 on time, 1 late,
        // 2 missed, 1 due, 1 added, 4 of 6; duration 355 of 375 minutes; content 0 of 10 key changes; coverage 0
        // of 3 roles; the practice's 445 minutes (the joint Assessment Day once), 645 coach minutes.
        Engagement a = CoachingFixtures.pilotWithActivities();
        // B: the same encounters naming no activity: the six due by 20 April missed, one due; no duration
        // (nothing delivered to time); content 0 of 10, coverage 0 of 3; the same 445 and 645 minutes.
        Engagement b = Engagement.builder().from(CoachingFixtures.pilot()).practice(p(2))
                .encounters(CoachingFixtures.pilot().encounters().stream().map(e -> e.withPractice(p(2))).toList()).build();
        // C: starts 1 May, after the date: nothing due, planned or logged.
        Engagement c = Engagement.builder().from(CoachingFixtures.pilot()).practice(p(3)).start(LocalDate.of(2026, 5, 1))
                .encounters(List.of()).build();
        List<EngagementFidelity> all = List.of(Fidelity.assess(a, apr20), Fidelity.assess(b, apr20), Fidelity.assess(c, apr20));
        ProgramFidelity program = ProgramFidelity.of(all);
        assertEquals(3, program.practices());
        // Practices lacking a part are listed, not counted as 0 or 100 %.
        assertEquals(List.of(p(3)), program.lacking(FidelityPart.FREQUENCY));
        assertEquals(List.of(p(2), p(3)), program.lacking(FidelityPart.DURATION));
        assertEquals(List.of(p(3)), program.lacking(FidelityPart.CONTENT));
        assertEquals(List.of(p(3)), program.lacking(FidelityPart.COVERAGE));
        // Frequency 4/6 and 0: HF7 of two values.
        Distribution f = program.spread(FidelityPart.FREQUENCY).orElseThrow();
        assertEquals(2, f.n());
        assertEquals(0.0, f.min());
        assertEquals(1.0 / 3, f.median(), 1e-12);
        assertEquals(4.0 / 6, f.max(), 1e-12);
        assertEquals(Distribution.of(355.0 / 375), program.duration().orElseThrow());
        assertEquals(new Distribution(2, 0, 0, 0, 0, 0), program.content().orElseThrow());
        assertEquals(new Distribution(2, 0, 0, 0, 0, 0), program.coverage().orElseThrow());
        // The practices' hours 445/60 = 7.4167 twice and 0; HF7 Q1 is half of 7.4167.
        double h = 445 / 60.0;
        assertEquals(new Distribution(3, 0, h / 2, h, h, h), program.deliveredHours().orElseThrow());
        // Coach hours 10.75 (645 minutes) twice and 0; per practice hour 645 / 445 = 1.449, C left out (no hours).
        assertEquals(new Distribution(3, 0, 5.375, 10.75, 10.75, 10.75), program.deliveredCoachHours().orElseThrow());
        assertEquals(Distribution.of(645.0 / 445, 645.0 / 445), program.coachTimePerDose().orElseThrow());
        assertEquals(2, program.doseRatio().orElseThrow().n(), "C planned nothing yet: no ratio");
        // C is named where it is left out, as for the four parts: no planned minutes, no hours delivered.
        assertEquals(List.of(p(3)), program.lackingDoseRatio());
        assertEquals(List.of(p(3)), program.lackingCoachTimePerDose());
        assertEquals("p-3", org.ccmcoach.assessment.csv.DoseCsv.program(program).rows().stream()
                .filter(r -> r.get("figure").orElseThrow().equals("dose_ratio")).findFirst().orElseThrow()
                .get("lacking").orElseThrow());
        assertEquals(new FidelityCount("program", 3, 1, 8, 2, 1), program.total());
        assertThrows(IllegalArgumentException.class, () -> ProgramFidelity.of(List.of(all.get(0), all.get(0))));
        DoseResponse table = DoseResponse.of(all, Map.of(PracticeId.of("p-1"), 0.8, p(2), 0.1));
        assertEquals(List.of(p(3)), table.missingChange());
        // The practice's dose, each encounter once: 7.4167 hours, not the 10.75 coach hours.
        assertEquals(h, table.points().get(0).deliveredHours(), 1e-12);
        assertTrue(table.caveat().contains("Dose is the practice's hours with its coaches, each encounter once, not coach"
                + " hours."), table.caveat());
    }

    @Test
    void tables_round_trip_in_json() {
        DoseResponse table = DoseResponse.of(List.of(new DosePoint(PracticeId.of("a"), 1.5, 0.25)), List.of(PracticeId.of("b")));
        assertEquals(table, org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(table), DoseResponse.class));
        ProgramFidelity none = ProgramFidelity.of(List.of());
        assertEquals(none, org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(none), ProgramFidelity.class));
    }
}

package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.Fidelity;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.junit.jupiter.api.Test;

class DoseFigureTest {

    @Test
    void practice_hours_planned_against_delivered_with_frequency_beside_each_practice() {
        // FidelityTest by hand: to 20 April, the practice's 705 minutes planned (11.75 h), 445 delivered (7.42 h,
        // the joint Assessment Day once), 4 of 6 due; coach time 645 minutes (10.75 h).
        EngagementFidelity f = Fidelity.assess(CoachingFixtures.pilotWithActivities(), LocalDate.of(2026, 4, 20));
        String svg = Figures.dose(List.of(f), "Dose").toSvg();
        Svg.parse(svg);
        assertTrue(svg.contains("p-1 (67 %)"), svg);
        assertTrue(svg.contains("1 practice: 7.4 of 11.8 planned practice hours delivered (63 %)<"), svg);
        assertTrue(svg.contains("Practice hours to 2026-04-20"), svg);
        String page = Figures.dose(List.of(f), "Dose").forPrint(170, 120, 96).toSvg();
        assertTrue(page.contains("7.4 of 11.8 planned practice hours delivered (63 %); a joint visit counts once"), page);
        assertTrue(page.contains("hours: 10.8)"), page);
        assertThrows(IllegalArgumentException.class, () -> Figures.dose(List.of(), "Dose"));
    }

    @Test
    void four_parts_per_practice_with_gaps_where_nothing_was_planned() {
        List<EngagementFidelity> all = PrintFigures.pilotFidelities();
        String svg = Figures.fidelityParts(all, "Fidelity").toSvg();
        Svg.parse(svg);
        for (String part : List.of("frequency", "duration", "content", "coverage")) {
            assertTrue(svg.contains(">" + part + "<"), part);
        }
        // p-9 starts in May: every part lacking, named in the note rather than drawn at 0 %.
        assertTrue(svg.contains("9 practices; no mark: nothing of that part planned yet:"), svg);
        assertTrue(svg.contains("p-9 (all)"), svg);
        assertThrows(IllegalArgumentException.class, () -> Figures.fidelityParts(List.of(), "Fidelity"));
        // One axis "to <date>": practices assessed on different days are refused, not drawn as one picture.
        EngagementFidelity other = org.ccmcoach.core.fidelity.Fidelity.assess(org.ccmcoach.core.testing.CoachingFixtures.pilotWithActivities(),
                all.get(0).asOf().minusMonths(1));
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> Figures.fidelityParts(List.of(all.get(0), other), "Fidelity"));
        assertTrue(mixed.getMessage().startsWith("engagements: must be assessed as of one day"), mixed.getMessage());
    }

    @Test
    void a_technical_assistance_coach_without_a_cap_is_drawn_without_one() {
        org.ccmcoach.allocation.Allocation a = org.ccmcoach.allocation.Allocation.builder()
                .addCoachLoads(org.ccmcoach.allocation.CoachLoad.builder().coach(CoachingFixtures.RAJ).capacityHours(140)
                        .hours(26.01).travelHours(5.4).build()).build();
        String svg = Figures.utilization(a, "Utilization").toSvg();
        assertTrue(svg.contains("coach-raj (0, no cap)"), svg);
    }
}

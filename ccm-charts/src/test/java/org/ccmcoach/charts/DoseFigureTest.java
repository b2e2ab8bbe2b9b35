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
    void planned_against_delivered_with_fidelity_beside_each_practice() {
        // FidelityTest by hand: to 20 April, 1,155 minutes planned (19.25 h), 645 delivered (10.75 h), 4 of 6 due.
        EngagementFidelity f = Fidelity.assess(CoachingFixtures.pilotWithActivities(), LocalDate.of(2026, 4, 20));
        String svg = Figures.dose(List.of(f), "Dose").toSvg();
        Svg.parse(svg);
        assertTrue(svg.contains("p-1 (67 %)"), svg);
        assertTrue(svg.contains("10.8 of 19.3 planned hours delivered (56 %)"), svg);
        assertTrue(svg.contains("Coaching hours to 2026-04-20"), svg);
        assertThrows(IllegalArgumentException.class, () -> Figures.dose(List.of(), "Dose"));
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

package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

/** Coaching hours, travel and candidacy under the default policy, each worked by hand. */
class AllocationPolicyTest {

    private final AllocationPolicy policy = AllocationPolicy.defaults();

    @Test
    void a_standard_practice_takes_ten_off_site_hours_and_one_visit_of_87_minutes() {
        // 10 × 1.0 × 1.0 + 1 visit × 87 / 60 = 11.45
        assertEquals(11.45, policy.coachingHours(Scenario.practice(1).build()), 1e-9);
        // The Javadoc's arithmetic: with a 65-minute drive each way, 11.45 + 2 × 65 / 60 = 13.62 h;
        // 140 h / 13.62 = 10.3 practices per FTE, EvidenceNOW's ratio.
        double standard = policy.coachingHours(Scenario.practice(1).build()) + policy.travelHours(Scenario.practice(1).build(), 65);
        assertEquals(13.6167, standard, 1e-4);
        assertEquals(10.28, policy.hoursPerFteMonth() / standard, 0.01);
    }

    @Test
    void two_coaches_carry_about_ten_intensive_practices_not_nine() {
        // 20 + 2 visits × 87 / 60 = 22.9 coaching hours; 2 visits × 2 × 65 / 60 = 4.33 travel: 27.23 h.
        // Two coaches at 140 h: 280 / 27.23 = 10.28.
        PracticeProfile intensive = Scenario.practice(1).intensity(Intensity.INTENSIVE).build();
        double load = policy.coachingHours(intensive) + policy.travelHours(intensive, 65);
        assertEquals(27.2333, load, 1e-4);
        assertEquals(10.28, 2 * policy.hoursPerFteMonth() / load, 0.01);
    }

    @Test
    void scope_maturity_and_other_resources_scale_the_off_site_hours() {
        PracticeProfile heavy = Scenario.practice(1).intensity(Intensity.INTENSIVE).scope(ChangeScope.SYSTEM_WIDE)
                .maturity(Maturity.NEW_TO_IMPROVEMENT).build();
        // 20 × 1.5 × 1.25 + 2 × 1.45 = 37.5 + 2.9
        assertEquals(40.4, policy.coachingHours(heavy), 1e-9);
        PracticeProfile light = Scenario.practice(2).intensity(Intensity.LIGHT).maturity(Maturity.EXPERIENCED)
                .addOtherResources(FacilitationResource.IT_EHR_EXPERT, FacilitationResource.PHYSICIAN_PEER).build();
        // 4 × 0.75 × 0.85 × 0.90 + 0.5 × 1.45 = 2.295 + 0.725
        assertEquals(3.02, policy.coachingHours(light), 1e-9);
        // travel: 0.5 visits × 2 × 45 min / 60 = 0.75 h
        assertEquals(0.75, policy.travelHours(light, 45), 1e-9);
    }

    @Test
    void a_program_wide_learning_collaborative_reduces_everyone_once() {
        AllocationPolicy withCollaborative = policy.withLearningCollaborative(true);
        PracticeProfile member = Scenario.practice(1).addOtherResources(FacilitationResource.LEARNING_COLLABORATIVE).build();
        // 10 × 0.8 + 1.45, not reduced twice
        assertEquals(9.45, withCollaborative.coachingHours(member), 1e-9);
        assertEquals(9.45, withCollaborative.coachingHours(Scenario.practice(2).build()), 1e-9);
    }

    @Test
    void great_circle_travel_uses_speed_and_detour() {
        // one degree of latitude: 6371.0088 km × π / 180 = 111.1951 km; × 1.3 / 60 km/h × 60 = 144.554 min
        assertEquals(144.554, policy.travelMinutes(GeoPoint.of(0, 0), GeoPoint.of(1, 0)), 1e-3);
        assertEquals(72.277, policy.withSpeedKmPerHour(120).travelMinutes(GeoPoint.of(0, 0), GeoPoint.of(1, 0)), 1e-3);
    }

    @Test
    void candidates_follow_the_handbooks_triage() {
        assertTrue(policy.isCandidate(Scenario.practice(1).triage(TriageLevel.FUNCTIONAL).build()));
        assertTrue(policy.isCandidate(Scenario.practice(1).triage(TriageLevel.LOW_FUNCTIONAL).build()));
        assertTrue(policy.isCandidate(Scenario.practice(1).triage(TriageLevel.SURVIVAL).wantsToEngage(true).build()));
        assertFalse(policy.isCandidate(Scenario.practice(1).triage(TriageLevel.SURVIVAL).build()));
        assertFalse(policy.isCandidate(Scenario.practice(1).triage(TriageLevel.EXEMPLAR).build()));
        assertFalse(policy.withSurvivalWhenWilling(false).isCandidate(
                Scenario.practice(1).triage(TriageLevel.SURVIVAL).wantsToEngage(true).build()));
        PracticeProfile untriaged = Scenario.practice(1).build();
        assertFalse(policy.isCandidate(untriaged));
        assertTrue(policy.isCoachable(untriaged));
    }

    @Test
    void negative_hours_and_incomplete_tables_are_refused_naming_the_field() {
        CcmValidationException negative = assertThrows(CcmValidationException.class, () -> AllocationPolicy.builder()
                .coachingHours(Map.of(Intensity.LIGHT, -1.0, Intensity.STANDARD, 10.0, Intensity.INTENSIVE, 20.0)).build());
        assertTrue(negative.getMessage().contains("AllocationPolicy.coachingHours[LIGHT]"), negative.getMessage());
        assertTrue(negative.getMessage().contains("(was -1)"), negative.getMessage());
        CcmValidationException incomplete = assertThrows(CcmValidationException.class, () -> AllocationPolicy.builder()
                .putVisitsPerMonth(Intensity.LIGHT, 0.25).build());
        assertTrue(incomplete.getMessage().contains(
                "AllocationPolicy.visitsPerMonth: must give a value for every one of [LIGHT, STANDARD, INTENSIVE]; missing STANDARD"),
                incomplete.getMessage());
        assertThrows(CcmValidationException.class, () -> policy.withDetourFactor(0.9));
        assertThrows(CcmValidationException.class, () -> policy.withReductions(Map.of(FacilitationResource.IT_EHR_EXPERT, 1.0,
                FacilitationResource.PHYSICIAN_PEER, 0.1, FacilitationResource.LEARNING_COLLABORATIVE, 0.2)));
    }

    @Test
    void infinite_policy_values_are_refused_and_messages_render_without_expression_language() {
        assertEquals("AllocationPolicy.detourFactor: must be a finite number (was Infinity)",
                refused(() -> AllocationPolicy.defaults().withDetourFactor(Double.POSITIVE_INFINITY)));
        assertEquals("AllocationPolicy.detourFactor: must be at least 1.0 (was 0.5)",
                refused(() -> AllocationPolicy.defaults().withDetourFactor(0.5)));
        assertEquals("AllocationPolicy.reductions[IT_EHR_EXPERT]: must be at least 0.0 (was -0.1)",
                refused(() -> AllocationPolicy.defaults().withReductions(Map.of(
                        FacilitationResource.IT_EHR_EXPERT, -0.1,
                        FacilitationResource.PHYSICIAN_PEER, 0.10,
                        FacilitationResource.LEARNING_COLLABORATIVE, 0.20))));
        assertEquals("AllocationPolicy.speedKmPerHour: must be a finite number (was Infinity)",
                refused(() -> AllocationPolicy.defaults().withSpeedKmPerHour(Double.POSITIVE_INFINITY)));
        assertEquals("AllocationPolicy.maxOneWayMinutes: must be a finite number (was Infinity)",
                refused(() -> AllocationPolicy.defaults().withMaxOneWayMinutes(Double.POSITIVE_INFINITY)));
    }

    private static String refused(Runnable build) {
        return assertThrows(CcmValidationException.class, build::run).getMessage();
    }
}

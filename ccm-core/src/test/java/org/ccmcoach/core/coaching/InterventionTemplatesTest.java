package org.ccmcoach.core.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class InterventionTemplatesTest {

    @Test
    void the_pilot_has_two_phases_in_the_manuals_order_over_ten_months() {
        InterventionTemplate pilot = InterventionTemplates.ahrqSafetyNetPilot();
        assertEquals(Period.ofMonths(10), pilot.duration());
        assertEquals(List.of("Phase I — Laying the Foundation for Success", "Phase II — Active Practice Coaching"),
                pilot.phases().stream().map(Phase::name).toList());
        // The manual's appendix order: orientation call, site-visit preparation call, Assessment Day, Learning Session.
        assertEquals(List.of(ActivityType.ORIENTATION_CALL, ActivityType.SITE_VISIT_PREPARATION_CALL,
                        ActivityType.ASSESSMENT_DAY, ActivityType.LEARNING_SESSION),
                pilot.phases().get(0).activities().stream().map(Activity::type).toList());
        Activity assessmentDay = pilot.phases().get(0).activities().get(2);
        assertEquals(210, assessmentDay.expectedMinutes(), "team meeting 60 + observation 150");
        assertEquals(ContactMode.ON_SITE, assessmentDay.mode());
        assertTrue(assessmentDay.tools().contains("Clinic Observation Assessment"));
        assertEquals(240, pilot.phases().get(0).activities().get(3).expectedMinutes(), "about 4 hours");
        // The manual: the coaches "visited the sites twice" and kept in touch by phone; low intensity.
        List<Activity> onSite = pilot.phases().stream().flatMap(p -> p.activities().stream())
                .filter(a -> a.mode() == ContactMode.ON_SITE).toList();
        assertEquals(List.of(ActivityType.ASSESSMENT_DAY, ActivityType.LEARNING_SESSION),
                onSite.stream().map(Activity::type).toList(), "two site visits, no more");
        assertTrue(pilot.phases().get(1).activities().stream().allMatch(a -> a.mode() == ContactMode.PHONE),
                "Phase II by phone");
    }

    @Test
    void the_six_stages_in_order() {
        InterventionTemplate stages = InterventionTemplates.facilitationStages();
        assertEquals(6, stages.phases().size());
        assertTrue(stages.phases().get(0).name().startsWith("1. Practice recruitment and readiness assessment"));
        assertTrue(stages.phases().get(5).name().startsWith("6. Completion and maintenance"));
        assertEquals(Period.ofYears(1), stages.duration());
    }

    @Test
    void key_changes_1_1_to_3_5() {
        assertEquals(10, KeyChange.values().length);
        assertEquals(KeyChange.USE_DATA_TO_SET_PRIORITIES, KeyChange.fromNumber("2.1"));
        assertEquals(ToolkitPhase.REDESIGN_CARE_AND_BUSINESS_SYSTEMS, KeyChange.fromNumber("3.5").phase());
        assertThrows(IllegalArgumentException.class, () -> KeyChange.fromNumber("4.1"));
    }

    @Test
    void invalid_definitions_name_the_field() {
        Phase one = InterventionTemplates.ahrqSafetyNetPilot().phases().get(0);
        assertEquals("Phase.activities: must not be empty (was [])",
                assertThrows(CcmValidationException.class, () -> one.withActivities(List.of())).getMessage());
        assertEquals("Phase.duration: must be more than 0 (P0D) (was P-1M)",
                assertThrows(CcmValidationException.class, () -> one.withDuration(Period.ofMonths(-1))).getMessage());
        assertEquals("Timing.offset: must be at least 0 (PT0S) (was P-3D)",
                assertThrows(CcmValidationException.class, () -> Timing.at(Period.ofDays(-3))).getMessage());
        assertEquals("Activity.expectedMinutes: must be more than 0 (was 0)",
                assertThrows(CcmValidationException.class, () -> one.activities().get(0).withExpectedMinutes(0)).getMessage());
        // A one-off activity 9 weeks into a 2-month phase could fall outside it (February).
        CcmValidationException outside = assertThrows(CcmValidationException.class, () -> one.withActivities(
                one.activities().get(0).withTiming(Timing.at(Period.ofWeeks(9)))));
        assertEquals("Phase.activities[0].timing.offset: must fall inside the phase of P2M whatever the start date (was P63D)",
                outside.getMessage());
    }
}

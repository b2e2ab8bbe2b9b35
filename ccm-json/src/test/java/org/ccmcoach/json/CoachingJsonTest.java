package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.ActionItem;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.FacilitationStrategy;
import org.ccmcoach.core.coaching.KeyChange;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.EngagementStatus;
import org.ccmcoach.core.coaching.ExitRules;
import org.ccmcoach.core.coaching.InterventionTemplate;
import org.ccmcoach.core.coaching.InterventionTemplates;
import org.ccmcoach.core.coaching.PracticeProgress;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.value.CcmValidator;
import org.junit.jupiter.api.Test;

/** Coaching types read back equal from their JSON; a template loads from JSON like any user's. */
class CoachingJsonTest {

    private static final CoachId ANA = CoachId.of("coach-ana");

    @Test
    void templates_engagements_progress_and_rules_round_trip() {
        Engagement e = Engagement.builder().practice(PracticeId.of("p-1"))
                .addCoaches(CoachAssignment.of(ANA, EngagementRole.POINT_OF_CONTACT))
                .template(InterventionTemplates.ahrqSafetyNetPilot()).start(LocalDate.of(2026, 1, 5)).build()
                .record(Encounter.builder().practice(PracticeId.of("p-1")).date(LocalDate.of(2026, 1, 5))
                        .mode(ContactMode.PHONE).minutes(60).addCoaches(ANA).activity(ActivityType.ORIENTATION_CALL)
                        .putStaff("practice team", 6).putStaff("physician", 1).addKeyChanges(KeyChange.ORGANIZE_LEAD_QI_TEAM)
                        .addElements(CcmElement.HEALTH_SYSTEM).addStrategies(FacilitationStrategy.TAILORING_QI_WORK)
                        .addActionItems(ActionItem.of("Name a QI lead", "practice manager", LocalDate.of(2026, 1, 19)))
                        .quality(4).responsiveness(5).notes("orientation").build())
                .changeStatus(EngagementStatus.PAUSED, LocalDate.of(2026, 4, 1), "relocation");
        PracticeProgress p = PracticeProgress.builder().practice(PracticeId.of("p-1")).asOf(LocalDate.of(2026, 4, 1))
                .pdsaCyclesCompleted(2).acicChange(0.5).qiLeadNamed(true).regularTeamMeetings(false)
                .putIndicators("no-show-rate", -0.04).readinessFollowUp(4).build();
        for (Object value : List.of(InterventionTemplates.ahrqSafetyNetPilot(), InterventionTemplates.facilitationStages(),
                e, p, ExitRules.defaults())) {
            assertEquals(value, CcmJson.parse(CcmJson.toJson(value), CcmValidator.publicType(value.getClass())));
        }
        assertTrue(CcmJson.toJson(InterventionTemplates.ahrqSafetyNetPilot()).contains("\"duration\":\"P2M\""));
    }

    @Test
    void a_users_template_with_a_phase_without_activities_is_refused_at_its_pointer() {
        String json = """
                {"id": "mine", "name": "Mine", "phases": [
                  {"name": "Only phase", "duration": "P3M", "activities": []}]}""";
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, InterventionTemplate.class));
        assertEquals("/phases/0/activities", e.pointer());
        assertTrue(e.getMessage().endsWith("Phase.activities: must not be empty (was [])"), e.getMessage());
        // Reported once, not once by Jakarta and again by the value's own check.
        assertEquals(1, e.getMessage().split("must not be empty", -1).length - 1, e.getMessage());
        assertEquals(1, e.problems().size(), e.problems().toString());
        CcmJsonException noPhases = assertThrows(CcmJsonException.class,
                () -> CcmJson.parse("{\"id\": \"mine\", \"name\": \"Mine\", \"phases\": []}", InterventionTemplate.class));
        assertEquals(List.of("/phases (line 1, column 42): must not be empty (was [])"),
                noPhases.problems().stream().map(Object::toString).toList());
    }

}

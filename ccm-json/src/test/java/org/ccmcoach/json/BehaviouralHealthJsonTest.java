package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.TravelTime;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.EngagementRole;
import org.junit.jupiter.api.Test;

/** Behavioural-health coaches and needs read back equal from JSON and JSON Lines, and are read strictly. */
class BehaviouralHealthJsonTest {

    private static final CoachId ANA = CoachId.of("coach-ana");
    private static final CoachId HANA = CoachId.of("coach-hana");
    private static final PracticeId P1 = PracticeId.of("p-1");

    private static AllocationProblem problem() {
        return AllocationProblem.builder()
                .policy(AllocationPolicy.defaults().withBehaviouralHealthHours(3).withBehaviouralHealthVisitsPerMonth(0.5))
                .addCoaches(CoachProfile.of(Coach.builder().id(ANA).name("Ana").build()),
                        CoachProfile.builder().coach(Coach.builder().id(HANA).name("Hana").fte(0.5).build())
                                .role(EngagementRole.BEHAVIOURAL_HEALTH).caseloadCap(6).build())
                .addPractices(PracticeProfile.builder().practice(Practice.builder().id(P1).name("Riverside")
                        .organization("RCH").build()).needsBehaviouralHealth(true).build())
                .addTravelTimes(TravelTime.of(ANA, P1, 20), TravelTime.of(HANA, P1, 40))
                .build();
    }

    @Test
    void an_integrated_program_and_its_plan_round_trip() {
        AllocationProblem problem = problem();
        Allocation allocation = Allocator.heuristic().allocate(problem);
        assertEquals(1, allocation.behaviouralHealth().size());
        // 3 + 0.5 × (87 + 2 × 40)/60 = 3 + 1.391 666… = 4.391 666… h a month
        assertEquals(4.391667, allocation.behaviouralHealth().get(0).load(), 1e-6);
        for (Object value : List.of(problem, problem.policy(), allocation, problem.coaches().get(1), problem.practices().get(0))) {
            assertEquals(value, CcmJson.parse(CcmJson.toJson(value), org.ccmcoach.core.value.CcmValidator.publicType(value.getClass())));
        }
        assertEquals(problem.practices(), JsonLines.parse(JsonLines.toJsonLines(problem.practices()), PracticeProfile.class));
        assertEquals(problem.coaches(), JsonLines.parse(JsonLines.toJsonLines(problem.coaches()), CoachProfile.class));
    }

    @Test
    void the_plan_table_lists_behavioural_health_rows_and_an_older_plan_reads_without_them() {
        Allocation allocation = Allocator.heuristic().allocate(problem());
        List<List<String>> rows = org.ccmcoach.json.csv.AllocationCsv.table(allocation).rows().stream()
                .map(r -> r.cells()).toList();
        // Row 1: p-1 served by Ana; row 2: p-1's behavioural-health coach, Hana, at 40 min:
        // travel 0.5 × 2 × 40/60 = 0.67 h, coaching 4.39 − 0.67 = 3.73 h (3 + 0.5 × 87/60 = 3.725, half up).
        assertEquals(List.of("p-1", "behavioural_health", "coach-hana", "NEAREST_ELIGIBLE_COACH", "3.73", "0.67", "40"),
                rows.get(1).subList(0, 7));
        String json = CcmJson.toJson(allocation);
        String older = json.replaceAll(",?\\s*\"behaviouralHealth(Gaps)?\"\\s*:\\s*\\[[^\\]]*\\]", "");
        assertTrue(!older.contains("behaviouralHealth"), older);
        Allocation read = CcmJson.parse(older, Allocation.class);
        assertEquals(allocation.plan(), read.plan());
        assertEquals(List.of(), read.behaviouralHealth());
    }

    @Test
    void a_hand_written_profile_reads_the_new_fields_and_defaults_them() {
        PracticeProfile needs = CcmJson.parse("""
                {"practice": {"id": "p-1", "name": "Riverside", "organization": "RCH"}, "needsBehaviouralHealth": true}""",
                PracticeProfile.class);
        assertTrue(needs.needsBehaviouralHealth());
        PracticeProfile silent = CcmJson.parse("""
                {"practice": {"id": "p-1", "name": "Riverside", "organization": "RCH"}}""", PracticeProfile.class);
        assertEquals(false, silent.needsBehaviouralHealth());
        CoachProfile hana = CcmJson.parse("""
                {"coach": {"id": "coach-hana", "name": "Hana"}, "role": "BEHAVIOURAL_HEALTH"}""", CoachProfile.class);
        assertEquals(EngagementRole.BEHAVIOURAL_HEALTH, hana.role());
    }

    @Test
    void the_new_fields_are_read_strictly() {
        for (String value : List.of("\"yes\"", "\"true\"", "1", "null")) {
            String json = "{\"practice\": {\"id\": \"p-1\", \"name\": \"Riverside\", \"organization\": \"RCH\"},"
                    + " \"needsBehaviouralHealth\": " + value + "}";
            CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, PracticeProfile.class), value);
            assertTrue(e.getMessage().contains("needsBehaviouralHealth"), e.getMessage());
        }
        CcmJsonException role = assertThrows(CcmJsonException.class, () -> CcmJson.parse("""
                {"coach": {"id": "coach-hana", "name": "Hana"}, "role": "BEHAVIORAL_HEALTH"}""", CoachProfile.class));
        assertTrue(role.getMessage().contains("role"), role.getMessage());
        assertThrows(CcmJsonException.class, () -> CcmJson.parse("""
                {"practice": {"id": "p-1", "name": "Riverside", "organization": "RCH"}, "needsBehavioralHealth": true}""",
                PracticeProfile.class), "a misspelt field is refused, not ignored");
    }
}

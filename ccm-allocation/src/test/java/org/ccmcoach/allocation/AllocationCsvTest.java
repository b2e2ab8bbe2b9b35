package org.ccmcoach.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.junit.jupiter.api.Test;

/** A plan as a spreadsheet table, written out cell by cell. */
class AllocationCsvTest {

    @Test
    void one_row_per_practice_served_first_with_reasons_and_numbers() {
        Allocation plan = Allocation.builder()
                .addAssignments(Assignment.builder().practice(PracticeId.of("p-1")).coach(CoachId.of("ana"))
                        .coachingHours(11.45).travelHours(1.0).oneWayMinutes(30).reason(AssignmentReason.NEAREST_ELIGIBLE_COACH)
                        .explanation("nearest eligible coach, 30 min one way").build())
                .addUnserved(Unserved.builder().practice(PracticeId.of("p-2")).reason(UnservedReason.CAPACITY_TAKEN)
                                .explanation("the coaches that may serve it are full, \"ana\" too").addDisplacedBy(PracticeId.of("p-1")).build(),
                        Unserved.builder().practice(PracticeId.of("p-3")).reason(UnservedReason.NOT_A_CANDIDATE)
                                .explanation("triaged EXEMPLAR: a peer mentor, not coached").build())
                .addCoachLoads(CoachLoad.builder().coach(CoachId.of("ana")).addPractices(PracticeId.of("p-1"))
                        .capacityHours(14).hours(12.45).travelHours(1.0).caseloadCap(1).build())
                .build();
        assertEquals("""
                practice,status,coach,reason,coaching_hours,travel_hours,one_way_minutes,explanation,displaced_by
                p-1,served,ana,NEAREST_ELIGIBLE_COACH,11.45,1.0,30.0,"nearest eligible coach, 30 min one way",
                p-2,waitlisted,,CAPACITY_TAKEN,,,,"the coaches that may serve it are full, ""ana"" too",p-1
                p-3,not_candidate,,NOT_A_CANDIDATE,,,,"triaged EXEMPLAR: a peer mentor, not coached",
                """, AllocationCsv.table(plan).toCsv());
    }
}

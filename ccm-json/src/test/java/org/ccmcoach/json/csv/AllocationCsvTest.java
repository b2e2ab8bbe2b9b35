package org.ccmcoach.json.csv;

import static org.ccmcoach.allocation.testing.NineTeams.PROFILE;
import static org.ccmcoach.allocation.testing.NineTeams.hour;
import static org.ccmcoach.allocation.testing.NineTeams.model;
import static org.ccmcoach.allocation.testing.NineTeams.teams;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.Assignment;
import org.ccmcoach.allocation.AssignmentReason;
import org.ccmcoach.allocation.CoachLoad;
import org.ccmcoach.allocation.Intensity;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.Unserved;
import org.ccmcoach.allocation.UnservedReason;
import org.ccmcoach.allocation.capacity.BudgetPlan;
import org.ccmcoach.allocation.capacity.CapacityPlanner;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.junit.jupiter.api.Test;

/** A plan as a spreadsheet table, written out cell by cell; a plan's costs and a budget's sensitivity as tables. */
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
                p-1,served,ana,NEAREST_ELIGIBLE_COACH,11.45,1.00,30,"nearest eligible coach, 30 min one way",
                p-2,waitlisted,,CAPACITY_TAKEN,,,,"the coaches that may serve it are full, ""ana"" too",p-1
                p-3,not_candidate,,NOT_A_CANDIDATE,,,,"triaged EXEMPLAR: a peer mentor, not coached",
                """, AllocationCsv.table(plan).toCsv());
    }

    @Test
    void numbers_are_written_as_people_read_them_with_a_precision_per_column() {
        Allocation plan = Allocation.builder()
                .addAssignments(Assignment.builder().practice(PracticeId.of("p-1")).coach(CoachId.of("ana"))
                        .coachingHours(10.0 / 3).travelHours(0.4302499680600711).oneWayMinutes(12.9083)
                        .reason(AssignmentReason.NEAREST_ELIGIBLE_COACH).explanation("nearest").build())
                .addCoachLoads(CoachLoad.builder().coach(CoachId.of("ana")).addPractices(PracticeId.of("p-1"))
                        .capacityHours(14).hours(10.0 / 3 + 0.4302499680600711).travelHours(0.4302499680600711)
                        .caseloadCap(10).build(),
                        CoachLoad.builder().coach(CoachId.of("raj")).capacityHours(140).hours(0).travelHours(0).build())
                .build();
        // 10/3 = 3.333… h -> 3.33; 0.43025 h -> 0.43; 12.9083 min -> 13.
        assertEquals("p-1,served,ana,NEAREST_ELIGIBLE_COACH,3.33,0.43,13,nearest,",
                AllocationCsv.table(plan).toCsv().lines().skip(1).findFirst().orElseThrow());
        // ana: 3.33333 + 0.43025 = 3.76358 h of 14 -> 3.76; utilization 3.76358 / 14 = 0.268827 -> 0.269.
        // raj has no caseload cap: the cell is empty.
        assertEquals("""
                coach,practices,caseload_cap,hours,travel_hours,capacity_hours,utilization
                ana,1,10,3.76,0.43,14.00,0.269
                raj,0,,0.00,0.00,140.00,0.000
                """, AllocationCsv.coachLoads(plan).toCsv());
    }

    @Test
    void plan_costs_and_sensitivity_as_tables() {
        List<PracticeProfile> teams = teams(Intensity.INTENSIVE);
        BudgetPlan plan = CapacityPlanner.budget(AllocationPolicy.defaults(), teams, PROFILE, hour(teams), model());
        CsvTable t = AllocationCsv.planCost(plan.planCost());
        assertEquals(List.of("practice", "coach", "technical_assistance", "basis", "currency", "coach_time", "travel_time",
                "mileage", "visit_expenses", "start_up", "materials", "activity_expenses", "coach_salaries",
                "staff_time", "total"), t.header());
        assertEquals(18, t.rows().size(), "two rows for each of nine teams");
        List<String> first = t.rows().get(0).cells();
        assertEquals(List.of("first_year", "USD", "13740.00", "2400.00", "1252.68", "360.00", "4500.00", "1500.00",
                "0.00", "0.00", "0.00", "23752.68"), first.subList(3, first.size()));
        CsvTable s = AllocationCsv.sensitivity(CapacityPlanner.sensitivity(AllocationPolicy.defaults(),
                teams, PROFILE, hour(teams), model()));
        assertEquals(List.of("every practice one intensity lighter", "1", "9", "USD", "145257.06"), s.rows().get(3).cells());
    }
}

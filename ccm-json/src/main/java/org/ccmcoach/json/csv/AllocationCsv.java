package org.ccmcoach.json.csv;

import java.util.ArrayList;
import java.util.List;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.Assignment;
import org.ccmcoach.allocation.Unserved;
import org.ccmcoach.allocation.UnservedReason;
import org.ccmcoach.allocation.capacity.BudgetScenario;
import org.ccmcoach.allocation.capacity.CapacityPlanner;
import org.ccmcoach.allocation.capacity.PlanCost;
import org.ccmcoach.allocation.capacity.PracticeCost;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.Decimals;

/**
 * An allocation as a CSV table for a spreadsheet: one row per practice, the served ones first, each
 * part in priority order.
 *
 * <p>Columns: {@code practice, status, coach, reason, coaching_hours, travel_hours,
 * one_way_minutes, explanation, displaced_by}. Status is {@code served}, {@code waitlisted} or
 * {@code not_candidate}, then for support coaches {@code technical_assistance} or
 * {@code no_technical_assistance}, and {@code behavioural_health} or {@code no_behavioural_health};
 * the reason is an {@code AssignmentReason} or {@code UnservedReason} name;
 * {@code displaced_by} lists practice ids separated by {@code ;}. Cells that do not apply are empty.
 *
 * <p>Numbers are written as people read them, with a fixed count of decimals per column (half up),
 * not as the shortest text of a double ({@code 0.4302499680600711}): hours with 2 decimals
 * ({@code 11.45}, about half a minute), minutes whole ({@code 30}), a share of capacity with 3
 * decimals ({@code 0.930}, a tenth of a percent). A program reading them back gets the value to that
 * precision, which is finer than the inputs (travel times, monthly hours) are known.
 *
 * <pre>{@code
 * AllocationCsv.table(Allocator.heuristic().allocate(problem)).write(Path.of("plan.csv"));
 * }</pre>
 */
public final class AllocationCsv {

    /** The column names, in order. */
    public static final List<String> HEADER = List.of("practice", "status", "coach", "reason", "coaching_hours",
            "travel_hours", "one_way_minutes", "explanation", "displaced_by");

    private AllocationCsv() {
    }

    /**
     * Lays out an allocation as a table.
     *
     * @param allocation  the allocation, not null
     * @return the table, not null
     */
    public static CsvTable table(Allocation allocation) {
        List<List<String>> rows = new ArrayList<>();
        for (Assignment a : allocation.assignments()) {
            rows.add(List.of(a.practice().value(), "served", a.coach().value(), a.reason().name(),
                    hours(a.coachingHours()), hours(a.travelHours()), minutes(a.oneWayMinutes()), a.explanation(), ""));
        }
        for (Unserved u : allocation.unserved()) {
            rows.add(List.of(u.practice().value(), u.reason() == UnservedReason.NOT_A_CANDIDATE ? "not_candidate" : "waitlisted",
                    "", u.reason().name(), "", "", "", u.explanation(),
                    String.join(";", u.displacedBy().stream().map(PracticeId::value).toList())));
        }
        for (Assignment a : allocation.technicalAssistance()) {
            rows.add(List.of(a.practice().value(), "technical_assistance", a.coach().value(), a.reason().name(),
                    hours(a.coachingHours()), hours(a.travelHours()), minutes(a.oneWayMinutes()), a.explanation(), ""));
        }
        for (Unserved u : allocation.technicalAssistanceGaps()) {
            rows.add(List.of(u.practice().value(), "no_technical_assistance", "", u.reason().name(), "", "", "",
                    u.explanation(), ""));
        }
        for (Assignment a : allocation.behaviouralHealth()) {
            rows.add(List.of(a.practice().value(), "behavioural_health", a.coach().value(), a.reason().name(),
                    hours(a.coachingHours()), hours(a.travelHours()), minutes(a.oneWayMinutes()), a.explanation(), ""));
        }
        for (Unserved u : allocation.behaviouralHealthGaps()) {
            rows.add(List.of(u.practice().value(), "no_behavioural_health", "", u.reason().name(), "", "", "",
                    u.explanation(), ""));
        }
        return CsvTable.of(HEADER, rows);
    }

    /** The column names of {@link #coachLoads}, in order. */
    public static final List<String> LOAD_HEADER = List.of("coach", "practices", "caseload_cap", "hours", "travel_hours",
            "capacity_hours", "utilization");

    /**
     * Each coach's load as a table, in the allocation's order: the practices the coach holds and the
     * caseload cap they count against (empty for a coach without one), hours a month (coaching and
     * travel, of which travel, and the capacity) with 2 decimals, and utilization, the share of
     * capacity used, with 3 decimals ({@code 0.930}).
     *
     * @param allocation  the allocation, not null
     * @return the table, with the columns {@link #LOAD_HEADER}
     */
    public static CsvTable coachLoads(Allocation allocation) {
        return CsvTable.of(LOAD_HEADER, allocation.coachLoads().stream().map(l -> List.of(l.coach().value(),
                String.valueOf(l.caseload()), l.caseloadCap().isPresent() ? String.valueOf(l.caseloadCap().getAsInt()) : "",
                hours(l.hours()), hours(l.travelHours()), hours(l.capacityHours()), share(l.utilization()))).toList());
    }

    /** Hours as people read them: 2 decimals, about half a minute. */
    private static String hours(double hours) {
        return Decimals.fixed(hours, 2);
    }

    /** Minutes of travel, whole. */
    private static String minutes(double minutes) {
        return Decimals.fixed(minutes, 0);
    }

    /** A share (0.93 for 93 %): 3 decimals, a tenth of a percent. */
    private static String share(double share) {
        return Decimals.fixed(share, 3);
    }

    /**
     * A plan's cost as a table: per practice its first and later years, one column per cost line
     * (see {@code CostCsv}), its coaches first.
     *
     * @param cost  the plan's cost, not null
     * @return the table: {@code practice, coach, technical_assistance, basis, currency}, the lines, {@code total}
     */
    public static CsvTable planCost(PlanCost cost) {
        List<String> header = new ArrayList<>(List.of("practice", "coach", "technical_assistance", "basis"));
        header.addAll(CostCsv.amountColumns());
        List<List<String>> rows = new ArrayList<>();
        for (PracticeCost c : cost.practices()) {
            String ta = c.technicalAssistance().map(org.ccmcoach.core.CoachId::value).orElse("");
            for (String basis : List.of("first_year", "later_year")) {
                List<String> row = new ArrayList<>(List.of(c.practice().value(), c.coach().value(), ta, basis));
                row.addAll(CostCsv.amounts(basis.equals("first_year") ? c.firstYearCost() : c.laterYearCost()));
                rows.add(row);
            }
        }
        return CsvTable.of(header, rows);
    }

    /**
     * {@link CapacityPlanner#sensitivity}'s rows as a table.
     *
     * @param rows  the scenarios, not null
     * @return the table: {@code scenario, coaches_needed, practices_served, currency, first_year_budget}
     */
    public static CsvTable sensitivity(List<BudgetScenario> rows) {
        return CsvTable.of(List.of("scenario", "coaches_needed", "practices_served", "currency", "first_year_budget"),
                rows.stream().map(r -> List.of(r.scenario(), r.coachesNeeded().isPresent()
                        ? String.valueOf(r.coachesNeeded().getAsInt()) : "", String.valueOf(r.practicesServed()),
                        r.firstYearBudget().getCurrencyUnit().getCode(), r.firstYearBudget().getAmount().toPlainString()))
                        .toList());
    }
}

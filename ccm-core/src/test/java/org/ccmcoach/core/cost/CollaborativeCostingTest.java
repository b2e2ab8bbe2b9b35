package org.ccmcoach.core.cost;

import static org.ccmcoach.core.cost.CostModelTest.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.InterventionTemplates;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

/** A learning collaborative's sessions and calls priced per occurrence, planned and delivered. */
class CollaborativeCostingTest {

    static final LocalDate JUN_30 = LocalDate.of(2027, 6, 30);

    /** The fixture's model (start-up 4,500, materials 1,500) with 1,500.00 a session and 25.00 a call. */
    static CostModel model() {
        return CoachingFixtures.costModel().withActivityExpenses(Map.of(
                ActivityType.LEARNING_SESSION, usd("1500.00"), ActivityType.ACTION_PERIOD_CALL, usd("25.00")));
    }

    /** Three sessions, action periods of four months, from 11 January 2027 (dated in LearningCollaborativeTest). */
    static Engagement collaborative() {
        return Engagement.builder().practice(PracticeId.of("p-lc"))
                .addCoaches(CoachAssignment.of(CoachingFixtures.ANA, EngagementRole.POINT_OF_CONTACT))
                .template(InterventionTemplates.learningCollaborative(3, Period.ofMonths(4)))
                .start(LocalDate.of(2027, 1, 11)).build();
    }

    /** Sessions on 11 January and 14 May; calls on 27 January, 27 February, 15 April and 29 May. */
    static Engagement delivered() {
        return collaborative()
                .record(CoachingFixtures.attended("p-lc", ActivityType.LEARNING_SESSION, LocalDate.of(2027, 1, 11)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2027, 1, 27)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2027, 2, 27)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.MONTHLY_REPORT, LocalDate.of(2027, 2, 3)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2027, 4, 15)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.LEARNING_SESSION, LocalDate.of(2027, 5, 14)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2027, 5, 29)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.LEARNING_SESSION, LocalDate.of(2027, 9, 15)));
    }

    @Test
    void sessions_and_calls_are_priced_per_occurrence_planned_and_delivered() {
        EngagementCost cost = EngagementCosting.of(model(), delivered(), Map.of(), JUN_30);
        // Planned: 3 sessions × 1,500.00 = 4,500.00 and 12 calls × 25.00 = 300.00: 4,800.00; the 12
        // monthly reports have no expense. No activity names a coach role, so no coach time; no site
        // visit, so no trip is needed. With start-up 4,500 and materials 1,500: 10,800.00.
        assertEquals(usd("4800.00"), cost.planned().line(CostLine.ACTIVITY_EXPENSES));
        assertEquals(usd("0.00"), cost.planned().line(CostLine.COACH_TIME));
        assertEquals(usd("10800.00"), cost.planned().total());
        assertEquals(Map.of(ActivityType.LEARNING_SESSION, 3.0, ActivityType.ACTION_PERIOD_CALL, 12.0,
                ActivityType.MONTHLY_REPORT, 12.0), cost.plannedWorkload().activities());
        // Delivered to 30 June: sessions 11 January and 14 May, 2 × 1,500.00 = 3,000.00; calls 27 January,
        // 27 February, 15 April, 29 May, 4 × 25.00 = 100.00 (the session of 15 September is after the
        // date costed); 3,100.00, with start-up and materials 9,100.00.
        assertEquals(usd("3100.00"), cost.delivered().line(CostLine.ACTIVITY_EXPENSES));
        assertEquals(usd("9100.00"), cost.delivered().total());
        assertEquals(Map.of(ActivityType.LEARNING_SESSION, 2.0, ActivityType.ACTION_PERIOD_CALL, 4.0,
                ActivityType.MONTHLY_REPORT, 1.0), cost.deliveredWorkload().activities());
    }

    @Test
    void occurrences_count_each_type_and_date_once_by_engagement_year() {
        // Year 1 runs from 11 January 2027 to 10 January 2028; 11 January 2028 is year 2; 1 February
        // 2028 is after the date costed.
        Map<Integer, Workload> byYear = EngagementCosting.occurrences(collaborative(), List.of(
                Map.entry(ActivityType.LEARNING_SESSION, LocalDate.of(2027, 1, 11)),
                Map.entry(ActivityType.LEARNING_SESSION, LocalDate.of(2028, 1, 10)),
                Map.entry(ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2028, 1, 11)),
                Map.entry(ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2028, 2, 1))), LocalDate.of(2028, 1, 31));
        assertEquals(Map.of(ActivityType.LEARNING_SESSION, 2.0), byYear.get(1).activities());
        assertEquals(Map.of(ActivityType.ACTION_PERIOD_CALL, 1.0), byYear.get(2).activities());
        // 2 × 1,500.00 in year 1; 1 × 25.00 in year 2.
        assertEquals(usd("3000.00"), model().price(byYear.get(1)).total());
        assertEquals(usd("25.00"), model().price(byYear.get(2)).total());
    }

    @Test
    void an_off_site_session_without_an_expense_is_refused_once() {
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> EngagementCosting.of(CoachingFixtures.costModel(), collaborative(), Map.of(), JUN_30));
        // Three sessions, one problem: the first, on 11 January 2027, is schedule[0].
        assertEquals("CostModel.activityExpenses[LEARNING_SESSION]: must give the expense of LEARNING_SESSION, an "
                + "off-site activity of the schedule (schedule[0], 2027-01-11); give 0 if the practice pays nothing "
                + "(was LEARNING_SESSION)", e.getMessage());
        // A zero expense is an answer: the sessions are then free.
        CostModel free = CoachingFixtures.costModel()
                .withActivityExpenses(Map.of(ActivityType.LEARNING_SESSION, usd("0.00")));
        assertEquals(usd("0.00"), EngagementCosting.of(free, collaborative(), Map.of(), JUN_30).planned()
                .line(CostLine.ACTIVITY_EXPENSES));
    }

    @Test
    void a_negative_or_foreign_expense_is_refused_at_its_entry() {
        CcmValidationException negative = assertThrows(CcmValidationException.class, () -> CoachingFixtures.costModel()
                .withActivityExpenses(Map.of(ActivityType.LEARNING_SESSION, usd("-1.00"))));
        assertEquals("CostModel.activityExpenses[LEARNING_SESSION]: must be at least 0 (was USD -1.00)",
                negative.getMessage());
        CcmValidationException euro = assertThrows(CcmValidationException.class, () -> CoachingFixtures.costModel()
                .withActivityExpenses(Map.of(ActivityType.LEARNING_SESSION, org.joda.money.Money.parse("EUR 900.00"))));
        assertEquals("CostModel.activityExpenses[LEARNING_SESSION]: must be in the model's currency USD; convert it "
                + "first, as ccm holds no exchange rates (was EUR 900.00)", euro.getMessage());
    }

    @Test
    void the_model_shows_its_expenses_in_activity_order() {
        String shown = model().toString();
        assertEquals(true, shown.endsWith(", materials 1500.00, per occurrence LEARNING_SESSION 1500.00, "
                + "ACTION_PERIOD_CALL 25.00]"), shown);
    }

    @Test
    void a_negative_count_is_refused() {
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> Workload.builder().putActivities(ActivityType.LEARNING_SESSION, -1.0).build());
        assertEquals("Workload.activities[LEARNING_SESSION]: must be at least 0 (was -1)", e.getMessage());
        assertThrows(CcmValidationException.class,
                () -> Workload.builder().putActivities(ActivityType.LEARNING_SESSION, Double.NaN).build());
    }
}

package org.ccmcoach.core.cost;

import static org.ccmcoach.core.cost.CostModelTest.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementStatus;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class EngagementCostingTest {

    static final CoachId ANA = CoachingFixtures.ANA;
    static final CoachId RAJ = CoachingFixtures.RAJ;
    static final Map<CoachId, Trip> TRIPS = Map.of(ANA, Trip.of(60, 40), RAJ, Trip.of(90, 70));

    static Engagement pilot() {
        return CoachingFixtures.pilot();
    }

    @Test
    void planned_and_delivered_by_hand() {
        EngagementCost cost = EngagementCosting.of(CostModelTest.model(), pilot(), TRIPS, LocalDate.of(2026, 4, 20));
        // Planned, the whole pilot (EngagementTest dates it): Ana (point of contact) 60 + 60 + 210 + 240
        // + 8 × 45 + 60 = 990 min, Raj (technical assistance) 210 + 240 + 4 × 45 = 630; 1,620 min at
        // 50.00 an hour = 1,350.00. Two site visits each: travel 2 × 120 + 2 × 180 = 600 min = 500.00,
        // 2 × 80 + 2 × 140 = 440 miles × 0.70 = 308.00, 4 × 15 = 60.00. Start-up 4,500, materials 1,500;
        // no activity expenses. Total 8,218.00.
        assertEquals(usd("1350.00"), cost.planned().line(CostLine.COACH_TIME));
        assertEquals(usd("500.00"), cost.planned().line(CostLine.TRAVEL_TIME));
        assertEquals(usd("308.00"), cost.planned().line(CostLine.MILEAGE));
        assertEquals(usd("0.00"), cost.planned().line(CostLine.ACTIVITY_EXPENSES));
        assertEquals(usd("8218.00"), cost.planned().total());
        assertEquals(10.0, cost.plannedWorkload().practiceMonths(), 1e-12);
        // Delivered to 20 April (the May contact left out): 55 + 60 + 200 + 200 + 40 + 90 = 645 min =
        // 537.50; visits Ana 2, Raj 1: travel 2 × 120 + 180 = 420 min = 350.00, 160 + 140 = 300 miles =
        // 210.00, 3 × 15 = 45.00; start-up and materials 6,000. Total 7,142.50. Practice-months, counted
        // but not priced: 5 January to 21 April = 3 months and 16 of April's 30 days.
        assertEquals(usd("537.50"), cost.delivered().line(CostLine.COACH_TIME));
        assertEquals(usd("350.00"), cost.delivered().line(CostLine.TRAVEL_TIME));
        assertEquals(usd("210.00"), cost.delivered().line(CostLine.MILEAGE));
        assertEquals(usd("45.00"), cost.delivered().line(CostLine.VISIT_EXPENSES));
        assertEquals(usd("7142.50"), cost.delivered().total());
        assertEquals(3 + 16 / 30.0, cost.deliveredWorkload().practiceMonths(), 1e-12);
        assertEquals(3, cost.deliveredWorkload().siteVisits());
        assertEquals(7142.50 / 8218.00, cost.deliveredShare().orElseThrow(), 1e-12);
        assertEquals(java.util.Set.of(1), cost.plannedByYear().keySet(), "a 10-month engagement has one year");
    }

    @Test
    void before_the_start_nothing_is_delivered() {
        EngagementCost cost = EngagementCosting.of(CostModelTest.model(), pilot(), TRIPS, LocalDate.of(2026, 1, 4));
        assertEquals(usd("0.00"), cost.delivered().total());
        assertEquals(usd("8218.00"), cost.planned().total());
    }

    @Test
    void a_date_outside_ccms_window_is_refused_as_as_of() {
        // Issue 33: LocalDate.MAX threw DateTimeException (the day after it, where delivered coaching ends).
        CcmValidationException max = assertThrows(CcmValidationException.class,
                () -> EngagementCosting.of(CostModelTest.model(), pilot(), TRIPS, LocalDate.MAX));
        assertEquals("EngagementCosting.asOf: must be from 1900-01-01 to 9999-12-31, the dates ccm works with (was "
                + "+999999999-12-31)", max.getMessage());
        assertThrows(CcmValidationException.class, () -> EngagementCosting.of(CostModelTest.model(), pilot(), TRIPS, LocalDate.MIN));
        // The last supported day is allowed: everything delivered by then, as at the end (7,142.50 + the May
        // call's 45 min = 37.50: 7,180.00).
        EngagementCost last = EngagementCosting.of(CostModelTest.model(), pilot(), TRIPS, LocalDate.of(9999, 12, 31));
        assertEquals(usd("7180.00"), last.delivered().total());
    }

    @Test
    void an_exit_stops_the_practice_months() {
        Engagement withdrawn = pilot().changeStatus(EngagementStatus.WITHDRAWN, LocalDate.of(2026, 3, 5), "closed");
        EngagementCost cost = EngagementCosting.of(CostModelTest.model(), withdrawn, TRIPS, LocalDate.of(2026, 4, 20));
        // 5 January to 5 March: 2 months.
        assertEquals(2.0, cost.deliveredWorkload().practiceMonths(), 1e-12);
    }

    @Test
    void years_are_split_at_the_anniversary() {
        // Started 5 March 2026, graduated 1 December, re-engaged 10 March 2027: a call on 6 March 2026
        // (60 min) is year 1, one on 20 March 2027 (30 min) year 2.
        Engagement e = Engagement.builder().from(pilot()).start(LocalDate.of(2026, 3, 5)).encounters(java.util.List.of(
                        CoachingFixtures.encounter(LocalDate.of(2026, 3, 6), ContactMode.PHONE, 60, null, ANA)))
                .build()
                .changeStatus(EngagementStatus.GRADUATED, LocalDate.of(2026, 12, 1), "graduated")
                .reEngage(org.ccmcoach.core.coaching.ReEngagementTrigger.values()[0], LocalDate.of(2027, 3, 10), "")
                .record(CoachingFixtures.encounter(LocalDate.of(2027, 3, 20), ContactMode.PHONE, 30, null, ANA));
        EngagementCost cost = EngagementCosting.of(CostModelTest.model(), e, TRIPS, LocalDate.of(2027, 3, 31));
        assertEquals(java.util.Set.of(1, 2), cost.deliveredByYear().keySet());
        assertEquals(usd("50.00"), cost.deliveredByYear().get(1).line(CostLine.COACH_TIME));
        assertEquals(usd("25.00"), cost.deliveredByYear().get(2).line(CostLine.COACH_TIME));
        assertEquals(usd("6000.00"), cost.deliveredByYear().get(1).line(CostLine.START_UP)
                .plus(cost.deliveredByYear().get(1).line(CostLine.MATERIALS)), "start-up and materials in year 1");
        assertEquals(1, EngagementCosting.year(e, LocalDate.of(2027, 3, 4)));
        assertEquals(2, EngagementCosting.year(e, LocalDate.of(2027, 3, 5)));
        // 15 months from 5 March 2026: 12 in year 1, 3 in year 2.
        assertEquals(Map.of(1, 12.0, 2, 3.0), EngagementCosting.months(e, LocalDate.of(2027, 6, 5)));
        // 5 March to 1 December: 8 months to 5 November, then 26 of November's 30 days.
        assertEquals(Map.of(1, 8 + 26 / 30.0), EngagementCosting.months(e, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void a_site_visit_without_a_trip_is_refused_once_per_coach() {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> EngagementCosting.of(
                CostModelTest.model(), pilot(), Map.of(ANA, Trip.of(60, 40)), LocalDate.of(2026, 4, 20)));
        assertEquals(1, e.problems().size());
        assertEquals("EngagementCosting.trips.coach-raj: must give a trip for coach-raj, who has a site visit (schedule) "
                + "(was coach-raj)", e.getMessage());
    }

    @Test
    void a_trip_faster_than_any_road_is_refused() {
        // 40 miles in 60 minutes is 40 mph; 60 minutes and 400 miles (a slip of a digit) would be 400 mph.
        assertEquals(40, Trip.of(60, 40).oneWayMiles());
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> Trip.of(60, 400));
        assertEquals("Trip.oneWayMiles: must be at most 100 miles an hour over oneWayMinutes (minutes and miles swapped, "
                + "or in other units?) (was 400)", e.getMessage());
        assertThrows(CcmValidationException.class, () -> Trip.of(0, 5));
        assertEquals(0, Trip.of(0, 0).oneWayMiles(), "a practice next door");
    }
}

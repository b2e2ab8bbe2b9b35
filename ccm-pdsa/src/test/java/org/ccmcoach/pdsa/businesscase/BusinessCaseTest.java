package org.ccmcoach.pdsa.businesscase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ccmcoach.core.cost.CostLine;
import org.ccmcoach.core.cost.CostModel;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.pdsa.Direction;
import org.ccmcoach.pdsa.Measure;
import org.ccmcoach.pdsa.MeasureId;
import org.ccmcoach.pdsa.MeasureType;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class BusinessCaseTest {

    static Money usd(String amount) {
        return org.ccmcoach.core.testing.CoachingFixtures.usd(amount);
    }

    /** 84,000 over 1,680 hours: 50.00 an hour of coach time. */
    static CostModel model() {
        return org.ccmcoach.core.testing.CoachingFixtures.costModel();
    }

    static final Measure NO_SHOWS = Measure.builder().id(MeasureId.of("no-show-rate")).name("no-show rate")
            .type(MeasureType.PROCESS).definition("missed visits over booked visits, monthly").unit("%")
            .direction(Direction.DOWN).build();

    static BusinessCase reminders(double current) {
        return BusinessCase.builder().change("Phone reminders two days before diabetes visits").measure(NO_SHOWS)
                .practices(2).coachHours(6).staffHours(40).otherCosts(usd("120")).baseline(18).current(current).build();
    }

    @Test
    void cost_per_practice_and_per_point_by_hand() {
        // Coach 6 h × 50.00 = 300.00; staff 40 h × 30.00 = 1,200.00; other 120.00: 1,620.00, 810.00 a practice.
        // No-shows 18 % → 11 %, lower is better: 7 points; 1,620 / 7 = 231.428… → 231.43 a point.
        BusinessCaseResult r = reminders(11).evaluate(model().withStaffHourlyCost(usd("30")));
        assertEquals(usd("300.00"), r.cost().line(CostLine.COACH_TIME));
        assertEquals(usd("1200.00"), r.cost().line(CostLine.STAFF_TIME));
        assertEquals(usd("120.00"), r.cost().line(CostLine.MATERIALS));
        assertEquals(usd("1620.00"), r.cost().total());
        assertEquals(usd("810.00"), r.perPractice());
        assertEquals(7.0, r.improvement(), 1e-12);
        assertEquals(Optional.of(usd("231.43")), r.perPoint());
        assertTrue(r.statement().startsWith("Phone reminders two days before diabetes visits: USD 1620.00 (USD 810.00 a "
                + "practice) for an improvement of 7 percentage points in no-show rate, USD 231.43 a percentage point. The change "
                + "is taken as given: whether it is more than chance is for a run or control chart to say."), r.statement());
        assertTrue(r.statement().endsWith("is the practice's to state; this prices the investment."));
        assertEquals(java.util.List.of("Phone reminders two days before diabetes visits", "no-show-rate", "%", "2", "0",
                "6.0", "40.0", "USD", "300.00", "1200.00", "120.00", "1620.00", "810.00", "18.0", "11.0", "7.0", "231.43"),
                r.row());
        assertEquals(BusinessCaseResult.HEADER.size(), r.row().size());
    }

    @Test
    void no_improvement_has_no_cost_per_point() {
        BusinessCaseResult worse = reminders(20).evaluate(model().withStaffHourlyCost(usd("30")));
        assertEquals(-2.0, worse.improvement(), 1e-12);
        assertEquals(Optional.empty(), worse.perPoint());
        // 24.1 − 12.7 in decimal: 11.4, not the 11.400000000000002 of binary floating point.
        assertEquals(11.4, reminders(12.7).withBaseline(24.1).improvement());
        assertTrue(worse.statement().contains("a change for the worse of 2 percentage points in no-show rate"), worse.statement());
    }

    @Test
    void missing_cost_inputs_are_refused_not_assumed() {
        CcmValidationException noWage = assertThrows(CcmValidationException.class, () -> reminders(11).evaluate(model()));
        assertEquals("BusinessCase.staffHours: must be priced, but the cost model has no staffHourlyCost: set it (ccm "
                + "assumes no wage) (was 40)", noWage.getMessage());
        CcmValidationException euros = assertThrows(CcmValidationException.class, () -> reminders(11)
                .withOtherCosts(Money.parse("EUR 120.00")).evaluate(model().withStaffHourlyCost(usd("30"))));
        assertTrue(euros.getMessage().startsWith("BusinessCase.otherCosts: must be in the cost model's currency USD"));
        CcmValidationException negative = assertThrows(CcmValidationException.class,
                () -> reminders(11).withOtherCosts(usd("-5")));
        assertEquals("BusinessCase.otherCosts: must be at least 0 (was USD -5.00)", negative.getMessage());
        CcmValidationException hours = assertThrows(CcmValidationException.class, () -> reminders(11).withCoachHours(-1));
        assertTrue(hours.getMessage().startsWith("BusinessCase.coachHours: must be at least 0"),
                hours.getMessage());
    }

    static final Measure VISITS = Measure.builder().id(MeasureId.of("visits")).name("planned visits")
            .type(MeasureType.PROCESS).definition("planned care visits a month").unit("%")
            .direction(Direction.UP).build();

    @Test
    void values_beyond_meaningful_ranges_are_refused_where_they_enter() {
        // Issue 33: baseline -1e308 and current 1e308 threw NumberFormatException (an infinite difference).
        CcmValidationException extreme = assertThrows(CcmValidationException.class, () -> BusinessCase.builder()
                .change("x").measure(VISITS).coachHours(1).staffHours(0).baseline(-1e308).current(1e308).build());
        assertEquals(2, extreme.problems().size(), extreme.getMessage());
        assertTrue(extreme.getMessage().contains("BusinessCase.baseline: must be between -10^12 and 10^12"), extreme.getMessage());
        assertTrue(extreme.getMessage().contains("BusinessCase.current: must be between -10^12 and 10^12"), extreme.getMessage());
        // coachHours 1e307 was blamed on Workload.coachMinutes, an internal value (1e307 × 60 is infinite).
        CcmValidationException coach = assertThrows(CcmValidationException.class, () -> reminders(11).withCoachHours(1e307));
        assertTrue(coach.getMessage().startsWith("BusinessCase.coachHours: must be at most 1,000,000 hours"), coach.getMessage());
        CcmValidationException staff = assertThrows(CcmValidationException.class, () -> reminders(11).withStaffHours(1e6 + 1));
        assertTrue(staff.getMessage().startsWith("BusinessCase.staffHours: must be at most 1,000,000 hours"), staff.getMessage());
        // The limits themselves are allowed: 10^6 coach hours at 50.00 is 50,000,000.00.
        BusinessCase edge = BusinessCase.builder().change("x").measure(VISITS).coachHours(1e6).staffHours(0)
                .baseline(-1e12).current(1e12).build();
        BusinessCaseResult r = edge.evaluate(model());
        assertEquals(usd("50000000.00"), r.cost().total());
        // 50,000,000 / 2 × 10^12 = 0.000025 → 0.00 a point (half up to cents).
        assertEquals(Optional.of(usd("0.00")), r.perPoint());
    }

    @Test
    void an_improvement_below_a_millionth_of_a_unit_is_no_change() {
        // Issue 33: current 1e-300 against 0 printed "0 percentage points" and a cost of 300 digits a point.
        BusinessCaseResult r = BusinessCase.builder().change("x").measure(VISITS).coachHours(6).staffHours(0)
                .baseline(0).current(1e-300).build().evaluate(model());
        assertEquals(0.0, r.improvement());
        assertEquals(Optional.empty(), r.perPoint());
        assertTrue(r.statement().contains("for no change in planned visits (to six decimals, ccm's resolution)."), r.statement());
        // Half a millionth rounds up to one: 300.00 / 0.000001 = 300,000,000.00 a point.
        BusinessCaseResult half = BusinessCase.builder().change("x").measure(VISITS).coachHours(6).staffHours(0)
                .baseline(0).current(0.0000005).build().evaluate(model());
        assertEquals(0.000001, half.improvement());
        assertEquals(Optional.of(usd("300000000.00")), half.perPoint());
    }

    @Test
    void a_business_case_and_its_result_round_trip_in_json() {
        BusinessCase c = reminders(11);
        String json = org.ccmcoach.json.CcmJson.toJson(c);
        assertTrue(json.contains("\"otherCosts\":\"USD 120.00\""), json);
        assertEquals(c, org.ccmcoach.json.CcmJson.parse(json, BusinessCase.class));
        BusinessCaseResult r = c.evaluate(model().withStaffHourlyCost(usd("30")));
        assertEquals(r, org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(r), BusinessCaseResult.class));
    }

    @Test
    void a_key_change_is_named_with_its_number() {
        BusinessCase c = BusinessCase.of(org.ccmcoach.core.coaching.KeyChange.PLAN_CARE).measure(NO_SHOWS).coachHours(4)
                .staffHours(0).baseline(18).current(15).build();
        assertEquals("Key change 3.4: Plan care", c.change());
        // 4 coach hours at 50.00 = 200.00 for 3 points: 66.67 a point.
        assertEquals(Optional.of(usd("66.67")), c.evaluate(model()).perPoint());
    }
}

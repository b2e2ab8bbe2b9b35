package org.ccmcoach.core.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.Map;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.ccmcoach.core.value.CcmValidationException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CostModelTest {

    static Money usd(String amount) {
        return CoachingFixtures.usd(amount);
    }

    /** 84,000 a year over 1,680 hours is 50.00 an hour; the other figures are round to follow by hand. */
    static CostModel model() {
        return CoachingFixtures.costModel();
    }

    static Workload practiceYear(int visits) {
        // Culler's practice-year expressed in AF4Q's visit: 87 minutes on site, 130 minutes' driving.
        return Workload.builder().siteVisits(visits).coachMinutes(visits * 87).travelMinutes(visits * 130)
                .practiceStarts(1).practiceMonths(12).build();
    }

    @Test
    void culler_2013_is_reproduced_within_two_and_a_half_percent() {
        CostModel culler = CostModel.culler2013();
        assertEquals(usd("60.60"), culler.coachHourlyCost().toMoney(RoundingMode.UNNECESSARY));   // 101,808 / 1,680
        CostBreakdown six = culler.price(practiceYear(6));
        // 6 visits: time 522 min × 1.01 = 527.22; travel 780 min × 1.01 = 787.80 (together 1,315.02, Table 2's
        // 1,315); expenses 6 × 82.39 = 494.34; start-up 6,076.66; materials 1,582.00. Sum 9,468.02.
        assertEquals(usd("527.22"), six.line(CostLine.COACH_TIME));
        assertEquals(usd("787.80"), six.line(CostLine.TRAVEL_TIME));
        assertEquals(usd("494.34"), six.line(CostLine.VISIT_EXPENSES));
        assertEquals(usd("9468.02"), six.total());
        assertWithin(usd("9670"), six.total(), 0.025);     // Culler's median practice-year: −2.09 %
        CostBreakdown twentyFour = culler.price(practiceYear(24));
        // 24 visits: time 2,088 × 1.01 = 2,108.88; travel 3,120 × 1.01 = 3,151.20; expenses 1,977.36;
        // with start-up and materials 14,896.10.
        assertEquals(usd("14896.10"), twentyFour.total());
        assertWithin(usd("15098"), twentyFour.total(), 0.025);   // Culler's 24-visit sensitivity: −1.34 %
        // The added visits cost Culler's difference: 18 × 301.56 = 5,428.08 against their 5,428.
        assertEquals(usd("5428.08"), twentyFour.total().minus(six.total()));
    }

    static void assertWithin(Money published, Money modelled, double tolerance) {
        double gap = modelled.getAmount().subtract(published.getAmount()).abs()
                .divide(published.getAmount(), java.math.MathContext.DECIMAL64).doubleValue();
        assertTrue(gap <= tolerance, modelled + " is " + gap + " from " + published);
    }

    @Test
    void each_line_by_hand() {
        // 45 coach minutes at 50.00 = 37.50; 130 travel minutes = 108.33 (108.333… half up);
        // 81 miles × 0.70 = 56.70; 1 visit = 15.00; 1 start = 4,500 + 1,500; 4 learning sessions at
        // 250.00 = 1,000.00, and 2 coaching calls with no expense of their type add nothing.
        Workload w = Workload.builder().siteVisits(1).coachMinutes(45).travelMinutes(130).travelMiles(81)
                .practiceStarts(1).practiceMonths(10).putActivities(ActivityType.LEARNING_SESSION, 4.0)
                .putActivities(ActivityType.COACHING_CALL, 2.0).build();
        CostBreakdown c = model().withActivityExpenses(Map.of(ActivityType.LEARNING_SESSION, usd("250.00"))).price(w);
        assertEquals(usd("37.50"), c.line(CostLine.COACH_TIME));
        assertEquals(usd("108.33"), c.line(CostLine.TRAVEL_TIME));
        assertEquals(usd("56.70"), c.line(CostLine.MILEAGE));
        assertEquals(usd("15.00"), c.line(CostLine.VISIT_EXPENSES));
        assertEquals(usd("4500.00"), c.line(CostLine.START_UP));
        assertEquals(usd("1500.00"), c.line(CostLine.MATERIALS));
        assertEquals(usd("1000.00"), c.line(CostLine.ACTIVITY_EXPENSES));
        assertEquals(usd("7217.53"), c.total());
        assertEquals(usd("0.00"), c.line(CostLine.STAFF_TIME));
        assertTrue(!c.lines().containsKey(CostLine.STAFF_TIME), "a zero line is left out");
    }

    @Test
    void money_never_passes_through_binary_floating_point() {
        // 1.15 miles × 0.70 = 0.805 exactly, 0.81 half up; in binary floating point 1.15 × 0.7 is
        // 0.8049999999999999, which rounds to 0.80.
        CostBreakdown c = model().price(Workload.builder().travelMiles(1.15).build());
        assertEquals(usd("0.81"), c.line(CostLine.MILEAGE));
    }

    @Test
    void negative_amounts_and_other_currencies_are_refused_by_field() {
        CcmValidationException negative = assertThrows(CcmValidationException.class,
                () -> CostModel.builder().from(model()).mileageRate(usd("-0.50")).build());
        assertEquals("CostModel.mileageRate: must be at least 0 (was USD -0.50)", negative.getMessage());
        CcmValidationException euro = assertThrows(CcmValidationException.class,
                () -> CostModel.builder().from(model()).visitExpenses(Money.parse("EUR 12.00")).build());
        assertEquals("CostModel.visitExpenses: must be in the model's currency USD; convert it first, as ccm holds no "
                + "exchange rates (was EUR 12.00)", euro.getMessage());
    }

    @Test
    void every_amount_must_be_given() {
        CcmValidationException missing = assertThrows(CcmValidationException.class,
                () -> CostModel.builder().currency(CurrencyUnit.USD).coachCostPerFteYear(usd("84000")).build());
        // One message lists every amount left out: none is assumed.
        assertEquals(String.join("\n", "CostModel.materialsPerPractice: must not be null (was null)",
                "CostModel.mileageRate: must not be null (was null)",
                "CostModel.startUpPerPractice: must not be null (was null)",
                "CostModel.visitExpenses: must not be null (was null)"), missing.getMessage());
    }

    @Test
    void staff_time_is_refused_without_a_wage() {
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> model().staffTime(2));
        assertTrue(none.getMessage().startsWith("CostModel.staffHourlyCost: is not set"), none.getMessage());
        // 2.5 hours at 32.10 = 80.25
        assertEquals(usd("80.25"), model().withStaffHourlyCost(usd("32.10")).staffTime(2.5));
    }

    @Test
    void breakdowns_add_and_refuse_other_currencies() {
        CostBreakdown a = model().price(Workload.builder().coachMinutes(60).build());    // 50.00
        CostBreakdown b = model().price(Workload.builder().coachMinutes(30).siteVisits(1).build());   // 25.00 + 15.00
        assertEquals(usd("90.00"), a.plus(b).total());
        assertEquals(usd("75.00"), a.plus(b).line(CostLine.COACH_TIME));
        assertThrows(org.joda.money.CurrencyMismatchException.class, () -> a.plus(CostBreakdown.zero(CurrencyUnit.EUR)));
    }
}

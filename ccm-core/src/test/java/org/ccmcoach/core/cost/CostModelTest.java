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
        // Culler's practice-year in ccm's terms: the visits at 87 minutes each (ccm's choice, the SEC trial's mean
        // time on site, Sutton et al. 2023) and no travel minutes, since Table 2 prices travel time in Part D, which
        // culler2013() charges as visit expenses.
        // One Assessment Day and one check-in carry the start-up's and monitoring's travel and food (Part D).
        return Workload.builder().siteVisits(visits).coachMinutes(visits * 87)
                .practiceStarts(1).practiceMonths(12)
                .putActivities(org.ccmcoach.core.coaching.ActivityType.ASSESSMENT_DAY, 1.0)
                .putActivities(org.ccmcoach.core.coaching.ActivityType.CHECK_IN, 1.0).build();
    }

    @Test
    void culler_2013_parts_add_up_to_table_2s_sum() {
        // Arithmetic, not agreement: the model is built from Table 2's parts, so their sum must come out.
        CostModel culler = CostModel.culler2013();
        // 253,931.03 / 1,680 = 151.1494… an hour; 6 × 87 = 522 minutes = 8.7 h: 1,314.99998… = 1,315.00.
        assertEquals(usd("151.15"), culler.coachHourlyCost().toMoney(RoundingMode.HALF_UP));
        CostBreakdown six = culler.price(practiceYear(6));
        // Start-up 4,517; materials 474 + 660 + 448 = 1,582; visits' travel and food 6 × 153.17 = 919.02;
        // start-up's and monitoring's travel and food 1,040 + 95 = 1,135 (Part D's split).
        assertEquals(usd("4517.00"), six.line(CostLine.START_UP));
        assertEquals(usd("1582.00"), six.line(CostLine.MATERIALS));
        assertEquals(usd("1315.00"), six.line(CostLine.COACH_TIME));
        assertEquals(usd("919.02"), six.line(CostLine.VISIT_EXPENSES));
        assertEquals(usd("1135.00"), six.line(CostLine.ACTIVITY_EXPENSES));
        assertEquals(usd("0.00"), six.line(CostLine.TRAVEL_TIME));
        // Table 2: 4,517 + 2,449 + 448 + 2,054 = 9,468; the model's 0.02 over is 919 / 6 rounded to the cent.
        assertEquals(usd("9468.02"), six.total());
        // The paper's total is 9,670: its parts are medians, which do not add. 9,468.02 − 9,670 = −201.98.
        assertEquals(usd("-201.98"), six.total().minus(usd("9670")));
    }

    /**
     * The abstract's shares of the year, "approximately 50 %" for practice assessment and start-up
     * and 31 % for practice facilitation visits, against how ccm groups Table 2's parts into lines.
     *
     * <p>Tolerances, stated before the shares were computed (the grouping was then revised after the
     * former one failed, see below): start-up ±5 percentage points,
     * since "approximately 50 %" is a figure rounded to a round number (45 to 55 would all be written
     * so); visits ±1 point, since 31 % is rounded to the whole point (±0.5) and the paper's median
     * total and the sum of its median parts differ by 2.1 % (9,670 against 9,468), which moves a 31 %
     * share by 0.65 points (31 × 202 / 9,670).
     *
     * <p>By hand, with travel and food apart as Part D keeps them: start-up 4,517 / 9,468.02 =
     * 0.47708, 47.71 %, 2.29 points under 50; facilitation, coach time and materials (Parts B and C),
     * (1,315 + 1,582) / 9,468.02 = 2,897 / 9,468.02 = 0.30598, 30.60 %, 0.40 points under 31; travel
     * and food (919.02 + 1,135) / 9,468.02 = 21.69 %. Had the travel gone with the activity it serves
     * (ccm's former split), start-up would be 5,557 / 9,468.02 = 58.69 % and visits (1,315 + 919.02)
     * / 9,468.02 = 23.60 %, outside both.
     *
     * <p>What this checks: how ccm groups Table 2's parts into lines, against the paper's abstract.
     * Each line is a Table 2 part, so it cannot test ccm's pricing arithmetic; it is kept as a
     * regression test of the grouping, which was chosen after the former split failed it.
     */
    @Test
    void culler_2013_start_up_and_facilitation_shares_agree_with_the_abstracts_50_and_31_percent() {
        CostBreakdown six = CostModel.culler2013().price(practiceYear(6));
        java.math.BigDecimal total = six.total().getAmount();
        double startUpShare = percent(six.line(CostLine.START_UP).getAmount(), total);
        double facilitationShare = percent(six.line(CostLine.COACH_TIME).plus(six.line(CostLine.MATERIALS)).getAmount(), total);
        double travelShare = percent(six.line(CostLine.VISIT_EXPENSES).plus(six.line(CostLine.ACTIVITY_EXPENSES))
                .plus(six.line(CostLine.TRAVEL_TIME)).plus(six.line(CostLine.MILEAGE)).getAmount(), total);
        assertEquals(47.71, startUpShare, 0.005);
        assertEquals(30.60, facilitationShare, 0.005);
        assertEquals(21.69, travelShare, 0.005);
        assertEquals(50, startUpShare, 5, "the abstract's \"approximately 50 %\" for assessment and start-up");
        assertEquals(31, facilitationShare, 1, "the abstract's 31 % for practice facilitation visits");
    }

    private static double percent(java.math.BigDecimal part, java.math.BigDecimal whole) {
        return part.multiply(java.math.BigDecimal.valueOf(100)).divide(whole, java.math.MathContext.DECIMAL64).doubleValue();
    }

    @Test
    void culler_2013_twenty_four_visits_cost_more_than_the_papers_sensitivity_figure() {
        CostModel culler = CostModel.culler2013();
        // 24 visits: time 24 × 87 = 2,088 min = 34.8 h at 151.1494… = 5,259.99993… = 5,260.00 (4 × 1,315);
        // visit expenses 24 × 153.17 = 3,676.08; start-up 4,517, materials 1,582 and the start-up and monitoring
        // travel 1,135: 16,170.08.
        CostBreakdown twentyFour = culler.price(practiceYear(24));
        assertEquals(usd("16170.08"), twentyFour.total());
        // The paper's 24-visit protocol: 15,098. The model is 1,072.08 over (+7.1 %): the paper's 18 added visits
        // cost 5,428 (301.56 each); the model's cost time 5,260.00 − 1,315.00 = 3,945.00 and travel and food
        // 18 × 153.17 = 2,757.06, together 6,702.06 (372.34 a visit).
        assertEquals(usd("1072.08"), twentyFour.total().minus(usd("15098")));
        assertEquals(usd("6702.06"), twentyFour.total().minus(culler.price(practiceYear(6)).total()));
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

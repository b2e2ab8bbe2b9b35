package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.ccmcoach.core.cost.CostBreakdown;
import org.ccmcoach.core.cost.CostLine;
import org.ccmcoach.core.cost.CostModel;
import org.ccmcoach.core.cost.EngagementCost;
import org.ccmcoach.core.cost.EngagementCosting;
import org.ccmcoach.core.cost.Trip;
import org.ccmcoach.core.cost.Workload;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.Fidelity;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.ccmcoach.json.csv.CostCsv;
import org.ccmcoach.json.csv.CsvTable;
import org.ccmcoach.json.csv.FidelityCsv;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Cost models, costs and fidelity in JSON: amounts as text, so no reader turns them into binary floating point. */
class CostJsonTest {

    @Test
    void a_cost_model_reads_back_equal_with_amounts_as_text() {
        CostModel culler = CostModel.culler2013();
        String json = CcmJson.toJson(culler);
        assertTrue(json.contains("\"coachCostPerFteYear\":\"USD 253931.03\""), json);
        assertTrue(json.contains("\"currency\":\"USD\""), json);
        assertEquals(culler, CcmJson.parse(json, CostModel.class));
    }

    @Test
    void an_amount_as_a_number_or_in_too_many_decimals_is_refused_at_its_pointer() {
        String json = CcmJson.toJson(CostModel.culler2013());
        CcmJsonException number = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                json.replace("\"USD 153.17\"", "153.17"), CostModel.class));
        assertEquals("/visitExpenses", number.pointer());
        assertTrue(number.getMessage().contains("must be an amount such as \"USD 12.50\""), number.getMessage());
        CcmJsonException cents = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                json.replace("\"USD 153.17\"", "\"USD 153.175\""), CostModel.class));
        assertEquals("/visitExpenses", cents.pointer());
        CcmJsonException currency = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                json.replace("\"currency\":\"USD\"", "\"currency\":\"XYZ\""), CostModel.class));
        assertEquals("/currency", currency.pointer());
        assertTrue(currency.getMessage().contains("ISO 4217"), currency.getMessage());
        CcmJsonException long_ = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                json.replace("\"USD 153.17\"", "\"USD " + "9".repeat(100_000) + "\""), CostModel.class));
        assertEquals("/visitExpenses", long_.pointer());
        assertTrue(long_.getMessage().contains("at most 32 characters"), long_.getMessage());
        CcmJsonException mismatch = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                json.replace("\"USD 153.17\"", "\"EUR 82.39\""), CostModel.class));
        assertTrue(mismatch.getMessage().contains("CostModel.visitExpenses: must be in the model's currency USD"),
                mismatch.getMessage());
    }

    /** Amounts just over the limit were cut for the message past their end, and escaped as a StringIndexOutOfBoundsException. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {33, 36, 39})
    void an_amount_just_over_the_limit_is_refused_naming_the_limit(int length) {
        String json = CcmJson.toJson(CostModel.culler2013());
        String amount = "USD " + "9".repeat(length - 4);
        assertEquals(length, amount.length());
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                json.replace("\"USD 153.17\"", "\"" + amount + "\""), CostModel.class));
        assertEquals("/visitExpenses", e.pointer());
        assertTrue(e.getMessage().contains("at most 32 characters"), e.getMessage());
        assertTrue(e.getMessage().contains(org.ccmcoach.core.value.Problem.show(amount)), e.getMessage());
        assertThrows(tools.jackson.databind.exc.MismatchedInputException.class,   // Jackson's own, through the module alone
                () -> CcmJson.mapper().readValue("\"" + amount + "\"", Money.class));
    }

    @Test
    void costs_and_fidelity_are_written_with_their_amounts() {
        EngagementCost cost = EngagementCosting.of(CostModel.culler2013(), CoachingFixtures.pilot(),
                Map.of(CoachingFixtures.ANA, Trip.of(60, 40), CoachingFixtures.RAJ, Trip.of(90, 70)),
                LocalDate.of(2026, 4, 20));
        String json = CcmJson.toJson(cost);
        assertTrue(json.contains("\"START_UP\":\"USD 4517.00\""), json);
        CostBreakdown back = CcmJson.parse(CcmJson.toJson(cost.planned()), CostBreakdown.class);
        assertEquals(cost.planned(), back);
        assertEquals(Money.parse("USD 1582.00"), back.line(CostLine.MATERIALS));
        Workload w = cost.deliveredWorkload();
        assertEquals(w, CcmJson.parse(CcmJson.toJson(w), Workload.class));
        assertEquals(Trip.of(60, 40), CcmJson.parse("{\"oneWayMinutes\":60,\"oneWayMiles\":40}", Trip.class));
        EngagementFidelity f = Fidelity.assess(CoachingFixtures.pilotWithActivities(), LocalDate.of(2026, 4, 20));
        String fidelity = CcmJson.toJson(f);
        assertTrue(fidelity.contains("\"delivery\":\"LATE\""), fidelity);
        assertTrue(fidelity.contains("\"grace\":\"P14D\""), fidelity);
    }

    @Test
    void cost_and_fidelity_tables_by_hand() {
        org.ccmcoach.core.cost.CostModel model = org.ccmcoach.core.cost.CostModel.culler2013();
        EngagementCost cost = EngagementCosting.of(model, CoachingFixtures.pilot(),
                Map.of(CoachingFixtures.ANA, Trip.of(60, 40), CoachingFixtures.RAJ, Trip.of(90, 70)),
                LocalDate.of(2026, 4, 20));
        CsvTable t = CostCsv.table(java.util.List.of(cost));
        assertEquals(java.util.List.of("practice", "basis", "currency", "coach_time", "travel_time", "mileage",
                "visit_expenses", "start_up", "materials", "activity_expenses", "coach_salaries", "staff_time", "total"),
                t.header());
        // Delivered, at 253,931.03 / 1,680 = 151.1494… an hour: 645 coach minutes = 1,624.86; travel 420 min = 1,058.05;
        // 3 visits × 153.17 = 459.51; start-up 4,517.00, materials 1,582.00; no encounter delivers an activity, so
        // no activity expenses: 9,241.42.
        assertEquals(java.util.List.of("p-1", "delivered", "USD", "1624.86", "1058.05", "0.00", "459.51", "4517.00", "1582.00",
                "0.00", "0.00", "0.00", "9241.42"), t.rows().get(1).cells());
        EngagementFidelity f = Fidelity.assess(CoachingFixtures.pilotWithActivities(), LocalDate.of(2026, 4, 20));
        CsvTable practices = FidelityCsv.practices(java.util.List.of(f));
        // Worked by hand in FidelityCsvTest: frequency 4 of 6, practice dose 445 of 705 minutes.
        assertEquals(java.util.List.of("p-1", "2026-04-20", "3", "1", "2", "1", "1", "0.667"),
                practices.rows().get(0).cells().subList(0, 8));
        CsvTable activities = FidelityCsv.activities(java.util.List.of(f));
        assertEquals(java.util.List.of("p-1", "Phase I — Laying the Foundation for Success", "Assessment Day (site visit 1)",
                "ASSESSMENT_DAY", "2026-02-02", "2026-02-20", "late", "18"), activities.rows().get(2).cells());
    }
}

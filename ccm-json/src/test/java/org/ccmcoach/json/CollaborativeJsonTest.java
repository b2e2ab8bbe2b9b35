package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Map;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.InterventionTemplate;
import org.ccmcoach.core.coaching.InterventionTemplates;
import org.ccmcoach.core.cost.CostModel;
import org.ccmcoach.core.cost.Workload;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A learning collaborative's template and its per-occurrence expenses read back equal from JSON. */
class CollaborativeJsonTest {

    static CostModel model() {
        return CoachingFixtures.costModel().withActivityExpenses(Map.of(
                ActivityType.LEARNING_SESSION, CoachingFixtures.usd("1500.00"),
                ActivityType.ACTION_PERIOD_CALL, CoachingFixtures.usd("25.00")));
    }

    @Test
    void the_template_reads_back_equal() {
        InterventionTemplate t = InterventionTemplates.learningCollaborative(3, Period.ofMonths(4));
        String json = CcmJson.toJson(t);
        assertTrue(json.contains("\"mode\":\"OFF_SITE\""), json);
        assertTrue(json.contains("\"type\":\"ACTION_PERIOD_CALL\""), json);
        assertTrue(json.contains("\"type\":\"MONTHLY_REPORT\""), json);
        assertEquals(t, CcmJson.parse(json, InterventionTemplate.class));
        assertEquals(t, CcmJson.parse(CcmJson.toPrettyJson(t), InterventionTemplate.class));
    }

    @Test
    void the_expenses_and_the_counts_read_back_equal() {
        String json = CcmJson.toJson(model());
        assertTrue(json.contains("\"activityExpenses\":{"), json);
        assertTrue(json.contains("\"LEARNING_SESSION\":\"USD 1500.00\""), json);
        assertEquals(model(), CcmJson.parse(json, CostModel.class));
        Workload w = Workload.builder().putActivities(ActivityType.LEARNING_SESSION, 3.0)
                .putActivities(ActivityType.ACTION_PERIOD_CALL, 12.0).build();
        assertEquals(w, CcmJson.parse(CcmJson.toJson(w), Workload.class));
    }

    @Test
    void a_negative_or_foreign_expense_is_refused_at_its_entry() {
        String json = CcmJson.toJson(model());
        CcmJsonException negative = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                json.replace("\"USD 1500.00\"", "\"USD -1500.00\""), CostModel.class));
        assertTrue(negative.getMessage().contains("CostModel.activityExpenses[LEARNING_SESSION]: must be at least 0"),
                negative.getMessage());
        CcmJsonException euro = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                json.replace("\"USD 1500.00\"", "\"EUR 1500.00\""), CostModel.class));
        assertTrue(euro.getMessage().contains(
                "CostModel.activityExpenses[LEARNING_SESSION]: must be in the model's currency USD"), euro.getMessage());
        assertEquals("/activityExpenses/LEARNING_SESSION", euro.pointer());
        CcmJsonException unknown = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                json.replace("\"LEARNING_SESSION\"", "\"CONGRESS\""), CostModel.class));
        assertTrue(unknown.getMessage().contains("CONGRESS"), unknown.getMessage());
        assertEquals(Money.parse("USD 25.00"), CcmJson.parse(json, CostModel.class).activityExpenses()
                .get(ActivityType.ACTION_PERIOD_CALL));
    }
}

package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.cost.CostModel;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Cost models in any currency read back equal: yen without decimals, dinars with three. */
class CostJsonProperties {

    @Provide
    Arbitrary<CostModel> models() {
        Arbitrary<CurrencyUnit> currency = Arbitraries.of("USD", "EUR", "GBP", "JPY", "BHD", "CHF").map(CurrencyUnit::of);
        return currency.flatMap(c -> {
            Arbitrary<Money> amount = Arbitraries.longs().between(0, 10_000_000_000L)
                    .map(units -> Money.of(c, BigDecimal.valueOf(units, c.getDecimalPlaces())));
            Arbitrary<java.util.Map<ActivityType, Money>> perOccurrence = Arbitraries.maps(
                    Arbitraries.of(ActivityType.class), amount).ofMaxSize(3);
            return Combinators.combine(amount, amount, amount, amount, amount, perOccurrence,
                    Arbitraries.integers().between(1, 8784), amount.optional())
                    .as((fte, mile, visit, start, materials, expenses, hours, staff) -> CostModel.builder().currency(c)
                            .coachCostPerFteYear(fte).mileageRate(mile).visitExpenses(visit).startUpPerPractice(start)
                            .materialsPerPractice(materials).activityExpenses(expenses)
                            .productiveHoursPerFteYear(hours).staffHourlyCost(staff).build());
        });
    }

    @Property(tries = 500)
    void a_cost_model_reads_back_equal(@ForAll("models") CostModel model) {
        assertEquals(model, CcmJson.parse(CcmJson.toJson(model), CostModel.class));
        assertEquals(model, CcmJson.parse(CcmJson.toPrettyJson(model), CostModel.class));
    }
}

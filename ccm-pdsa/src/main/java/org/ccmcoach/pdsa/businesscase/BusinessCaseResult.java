package org.ccmcoach.pdsa.businesscase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ccmcoach.core.cost.CostBreakdown;
import org.ccmcoach.core.cost.CostLine;
import org.ccmcoach.core.cost.CostModel;
import org.ccmcoach.core.cost.Workload;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Problem;
import org.joda.money.Money;

/**
 * The business case of a change: what it cost, the change measured, and the cost per practice and
 * per point of improvement.
 *
 * @param businessCase  the inputs
 * @param cost  coach time, staff time and other costs ({@link CostLine#MATERIALS})
 * @param perPractice  the total over the practices, rounded half up
 * @param improvement  the improvement in the measure's units, signed (negative: worse)
 * @param perPoint  the total over the improvement, per unit of the measure; empty when the
 *         measure did not improve, since a cost per point of no improvement has no meaning
 * @param statement  the case in a sentence, with the caveat that the return is the practice's to state
 */
public record BusinessCaseResult(BusinessCase businessCase, CostBreakdown cost, Money perPractice, double improvement,
                                 Optional<Money> perPoint, String statement) {

    /**
     * Checks for nulls.
     *
     * @param businessCase  the inputs
     * @param cost  coach time, staff time and other costs
     * @param perPractice  the total over the practices
     * @param improvement  the improvement in the measure's units, signed
     * @param perPoint  the total over the improvement, empty when the measure did not improve
     * @param statement  the case in a sentence
     */
    public BusinessCaseResult {
        Objects.requireNonNull(businessCase, "businessCase");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(perPractice, "perPractice");
        Objects.requireNonNull(perPoint, "perPoint");
        Objects.requireNonNull(statement, "statement");
    }

    /** The columns of {@link #row()}, for a CSV table (ccm-pdsa writes no files itself). */
    public static final List<String> HEADER = List.of("change", "measure", "unit", "practices", "cycles", "coach_hours",
            "staff_hours", "currency", "coach_time", "staff_time", "other_costs", "total", "per_practice", "baseline",
            "current", "improvement", "per_point");

    /**
     * This case as cells in {@link #HEADER}'s order; amounts as plain decimals, no cost per point as an empty cell.
     *
     * @return the cells
     */
    public List<String> row() {
        BusinessCase c = businessCase;
        return List.of(c.change(), c.measure().id().value(), c.measure().unit(), String.valueOf(c.practices()),
                String.valueOf(c.cycles()), Double.toString(c.coachHours()), Double.toString(c.staffHours()),
                cost.currency().getCode(), cost.line(CostLine.COACH_TIME).getAmount().toPlainString(),
                cost.line(CostLine.STAFF_TIME).getAmount().toPlainString(),
                cost.line(CostLine.MATERIALS).getAmount().toPlainString(), cost.total().getAmount().toPlainString(),
                perPractice.getAmount().toPlainString(), Double.toString(c.baseline()), Double.toString(c.current()),
                Double.toString(improvement), perPoint.map(m -> m.getAmount().toPlainString()).orElse(""));
    }

    static BusinessCaseResult of(BusinessCase c, CostModel model) {
        List<Problem> missing = new ArrayList<>();
        if (c.staffHours() > 0 && model.staffHourlyCost().isEmpty()) {
            missing.add(Problem.of("BusinessCase", "staffHours", "must be priced, but the cost model has no "
                    + "staffHourlyCost: set it (ccm assumes no wage)", c.staffHours()));
        }
        c.otherCosts().filter(m -> !m.getCurrencyUnit().equals(model.currency())).ifPresent(m -> missing.add(
                Problem.of("BusinessCase", "otherCosts", "must be in the cost model's currency " + model.currency(), m)));
        if (!missing.isEmpty()) {
            throw CcmValidationException.of(missing);
        }
        Map<CostLine, Money> lines = new EnumMap<>(CostLine.class);
        lines.putAll(model.price(Workload.builder().coachMinutes(c.coachHours() * 60).build()).lines());
        if (c.staffHours() > 0) {
            Money staff = model.staffTime(c.staffHours());
            if (!staff.isZero()) {
                lines.put(CostLine.STAFF_TIME, staff);
            }
        }
        c.otherCosts().filter(m -> !m.isZero()).ifPresent(m -> lines.put(CostLine.MATERIALS, m));
        CostBreakdown cost = new CostBreakdown(model.currency(), lines);
        Money total = cost.total();
        Money perPractice = total.dividedBy(c.practices(), RoundingMode.HALF_UP);
        double improvement = c.improvement();
        Optional<Money> perPoint = improvement > 0
                ? Optional.of(Money.of(model.currency(), total.getAmount().divide(BigDecimal.valueOf(improvement),
                        java.math.MathContext.DECIMAL128), RoundingMode.HALF_UP))
                : Optional.empty();
        // A change in a rate given in % is in percentage points: "7 %" would read as a relative change.
        String unit = c.measure().unit().equals("%") ? "percentage points" : c.measure().unit();
        String perUnit = c.measure().unit().equals("%") ? "percentage point" : c.measure().unit();
        String statement = c.change() + ": " + total + " (" + perPractice + " a practice) for "
                + (improvement > 0 ? "an improvement of " + Decimals.rounded(improvement, 6) + " " + unit + " in " + c.measure().name()
                + ", " + perPoint.get() + " a " + perUnit
                : improvement == 0 ? "no change in " + c.measure().name()
                        + (c.baseline() == c.current() ? "" : " (to six decimals, ccm's resolution)")
                : "a change for the worse of " + Decimals.rounded(-improvement, 6) + " " + unit + " in " + c.measure().name())
                + ". The change is taken as given: whether it is more than chance is for a run or control chart to say."
                + " The return, in money, reputation or quality, is the practice's to state; this prices the investment.";
        return new BusinessCaseResult(c, cost, perPractice, improvement, perPoint, statement);
    }
}

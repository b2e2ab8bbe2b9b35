package org.ccmcoach.pdsa.businesscase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.core.coaching.KeyChange;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Finite;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.pdsa.Direction;
import org.ccmcoach.pdsa.Measure;
import org.ccmcoach.pdsa.PdsaRamp;
import org.immutables.value.Value;
import org.joda.money.Money;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The investment in one change and the change measured, for its business case.
 *
 * <p>The AHRQ toolkit joins each key change ({@link #of(KeyChange)}) to its business case: a financial return on the
 * investment in a reasonable time, or returns in reputation and quality. ccm prices the
 * investment (coach and staff time, other costs) and sets it beside the measured change; the
 * return in money is the practice's to state, so {@link BusinessCaseResult} gives the cost of each
 * point of improvement, not a return on investment.
 *
 * <p>The measured change is taken as two plain numbers in the measure's units: {@link #baseline()}
 * and {@link #current()}, such as a run chart's baseline median and the median since the change
 * (ccm-pdsa's {@code RunChart} gives both). Which direction is better comes from the measure.
 *
 * <pre>{@code
 * BusinessCase c = BusinessCase.builder().change("Phone reminders two days before diabetes visits")
 *         .measure(noShowRate).practices(1).coachHours(6).staffHours(40)
 *         .baseline(0.18).current(0.11).build();
 * c.evaluate(model);   // refused if the model has no staff wage: ccm assumes none
 * }</pre>
 *
 * <p><b>Ranges</b>, ccm's choice, refused where they enter ({@link CcmValidationException} naming the
 * field): coach and staff hours at most {@link #MAX_HOURS}; the baseline and current values at most
 * {@link #MAX_MAGNITUDE} either side of 0; the improvement is taken to six decimals, a millionth of the
 * measure's unit ({@link #improvement()}). Beyond these a value is a slip of units or a typo, and the
 * arithmetic gives no business case (an infinite difference, a cost per point of hundreds of digits).
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableBusinessCase.class)
public abstract class BusinessCase implements WithBusinessCase {

    BusinessCase() {
    }

    /**
     * The most coach hours, and the most staff hours, a business case takes: 1,000,000, ccm's choice.
     * About 600 full-time years of 1,680 hours, far beyond the investment in one change across a
     * program's practices; more is a slip of units (minutes for hours) or a typo.
     */
    public static final double MAX_HOURS = 1_000_000;

    /**
     * The largest magnitude of {@link #baseline()} and {@link #current()}: 10¹², ccm's choice. A
     * practice measure (a rate in %, a count, days, dollars) is far smaller; the bound keeps the
     * improvement and the cost per point finite and short.
     */
    public static final double MAX_MAGNITUDE = 1e12;

    /**
     * Starts building a business case.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts building the business case of a PDSA ramp: its change idea named, its cycles counted.
     *
     * @param ramp  the ramp, not null
     * @return a builder with {@link #change()} and {@link #cycles()} set
     */
    public static Builder of(PdsaRamp ramp) {
        Builder b = builder();
        b.change(ramp.changeIdea().description()).cycles(ramp.cycles().size());
        return b;
    }

    /**
     * Starts building the business case of one of the toolkit's key changes, named with its number.
     *
     * @param keyChange  the key change, not null
     * @return a builder with {@link #change()} and {@link #keyChange()} set
     */
    public static Builder of(KeyChange keyChange) {
        Builder b = builder();
        b.change("Key change " + keyChange.number() + ": " + keyChange.title()).keyChange(keyChange);
        return b;
    }

    /** Builds a {@link BusinessCase}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableBusinessCase.Builder {
        Builder() {
        }
    }

    /**
     * The change: a key change of the toolkit or a ramp's change idea.
     *
     * @return the change, in words
     */
    @NotBlank
    @PlainText
    @Size(max = 300)
    public abstract String change();

    /**
     * The toolkit's key change this is the case of, if it is one.
     *
     * @return the key change
     */
    public abstract Optional<KeyChange> keyChange();

    /**
     * The measure the change is judged on, with its unit and better direction.
     *
     * @return the measure
     */
    @NotNull
    public abstract Measure measure();

    /**
     * The practices that made the change; costs are shared over them.
     *
     * @return practices, at least 1
     */
    @Value.Default
    @Positive
    public int practices() {
        return 1;
    }

    /**
     * PDSA cycles run on the change, for the record.
     *
     * @return cycles, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    public int cycles() {
        return 0;
    }

    /**
     * Coach hours spent on the change (over all practices).
     *
     * @return hours, 0 or more
     */
    @PositiveOrZero
    @Finite
    public abstract double coachHours();

    /**
     * Practice staff hours spent on the change (over all practices); priced at the cost model's
     * staff wage, which must then be set.
     *
     * @return hours, 0 or more
     */
    @PositiveOrZero
    @Finite
    public abstract double staffHours();

    /**
     * Other costs of the change (materials, software), in the cost model's currency.
     *
     * @return the costs, absent when there are none
     */
    public abstract Optional<Money> otherCosts();

    /**
     * The measure before the change, in its units.
     *
     * @return the baseline value
     */
    @Finite
    public abstract double baseline();

    /**
     * The measure since the change, in its units.
     *
     * @return the current value
     */
    @Finite
    public abstract double current();

    /**
     * The improvement in the measure's units: current − baseline where higher is better,
     * baseline − current where lower is better; negative when the measure got worse. Taken to six
     * decimals (half up), ccm's choice: a millionth of a unit is finer than any practice measure is
     * read, and a smaller difference (0 against 1e-300) is no change, not an improvement whose cost
     * per point runs to hundreds of digits.
     *
     * @return the improvement, signed, to six decimals
     */
    public final double improvement() {
        // In decimal, so that 24.1 − 12.7 is 11.4 and not 11.400000000000002.
        java.math.BigDecimal after = java.math.BigDecimal.valueOf(current());
        java.math.BigDecimal before = java.math.BigDecimal.valueOf(baseline());
        return (measure().direction() == Direction.UP ? after.subtract(before) : before.subtract(after))
                .setScale(IMPROVEMENT_DECIMALS, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** The decimals of {@link #improvement()}. */
    static final int IMPROVEMENT_DECIMALS = 6;

    /**
     * Prices the investment and sets it beside the change.
     *
     * @param model  the cost model, with a staff wage if {@link #staffHours()} is more than 0
     * @return the business case
     * @throws org.ccmcoach.core.value.CcmValidationException if a cost is missing or in another
     *         currency: a missing cost is refused, not assumed
     */
    public final BusinessCaseResult evaluate(org.ccmcoach.core.cost.CostModel model) {
        return BusinessCaseResult.of(this, model);
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(BusinessCase::violations).check();
    }

    private List<Problem> violations() {
        List<Problem> found = new ArrayList<>();
        otherCosts().filter(Money::isNegative).ifPresent(m -> found.add(Problem.of("BusinessCase", "otherCosts",
                "must be at least 0", m)));
        String hours = "must be at most " + Decimals.grouped((long) MAX_HOURS) + " hours (ccm's limit: about 600 "
                + "full-time years; more is a slip of units or a typo)";
        if (coachHours() > MAX_HOURS) {
            found.add(Problem.of("BusinessCase", "coachHours", hours, coachHours()));
        }
        if (staffHours() > MAX_HOURS) {
            found.add(Problem.of("BusinessCase", "staffHours", hours, staffHours()));
        }
        String magnitude = "must be between -10^12 and 10^12 (ccm's limit for a practice measure's value)";
        if (Math.abs(baseline()) > MAX_MAGNITUDE) {
            found.add(Problem.of("BusinessCase", "baseline", magnitude, baseline()));
        }
        if (Math.abs(current()) > MAX_MAGNITUDE) {
            found.add(Problem.of("BusinessCase", "current", magnitude, current()));
        }
        return found;
    }

    @Override
    public final String toString() {
        return "BusinessCase[" + change() + ", " + measure().id() + " " + baseline() + " → " + current() + "]";
    }
}

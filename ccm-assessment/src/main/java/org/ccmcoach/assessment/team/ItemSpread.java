package org.ccmcoach.assessment.team;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Invariants;

/**
 * How a team's individual answers to one item spread: how many answered, their mean, lowest,
 * highest and sample standard deviation.
 *
 * <p>The standard deviation is the sample one (divisor n - 1), 0 for a single answer; all
 * statistics are empty when nobody answered.
 *
 * <pre>{@code
 * ItemSpread s = aggregate.byDisagreement().get(0);
 * s.item();                 // "3b.2"
 * s.standardDeviation();    // OptionalDouble[3.2]
 * }</pre>
 *
 * @param item  the item's identifier
 * @param title  the item's short title, if the instrument has one
 * @param answered  how many respondents answered it
 * @param mean  the mean answer
 * @param min  the lowest answer
 * @param max  the highest answer
 * @param standardDeviation  the sample standard deviation
 */
public record ItemSpread(String item, Optional<String> title, int answered, OptionalDouble mean, OptionalDouble min,
                         OptionalDouble max, OptionalDouble standardDeviation) {

    /**
     * Checks the statistics agree with the count.
     *
     * @param item  the item's identifier
     * @param title  the item's short title, if the instrument has one
     * @param answered  how many respondents answered it
     * @param mean  the mean answer
     * @param min  the lowest answer
     * @param max  the highest answer
     * @param standardDeviation  the sample standard deviation
     */
    public ItemSpread {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
        boolean any = answered > 0;
        Invariants.of(ItemSpread.class)
                .require(answered >= 0, "answered", "must be at least 0", answered)
                .require(mean.isPresent() == any, "mean", "must be present exactly when someone answered", mean)
                .require(min.isPresent() == any, "min", "must be present exactly when someone answered", min)
                .require(max.isPresent() == any, "max", "must be present exactly when someone answered", max)
                .require(standardDeviation.isPresent() == any, "standardDeviation",
                        "must be present exactly when someone answered", standardDeviation)
                .check();
    }

    /** {@return the highest answer minus the lowest, empty when nobody answered} */
    public OptionalDouble range() {
        return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of(max.getAsDouble() - min.getAsDouble());
    }

    /** {@return {@code 3b.2 mean 5.25 range 1..9 sd 3.30 (4 answers)}} */
    @Override
    public String toString() {
        if (answered == 0) {
            return item + "  no answers";
        }
        return item + "  mean " + Decimals.fixed(mean.getAsDouble(), 2) + "  range " + Decimals.show(min.getAsDouble())
                + ".." + Decimals.show(max.getAsDouble()) + "  sd " + Decimals.fixed(standardDeviation.getAsDouble(), 2)
                + "  (" + answered + " answers)";
    }

}

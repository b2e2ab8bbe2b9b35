package org.ccmcoach.assessment.dose;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Quantile;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Invariants;

/**
 * Five numbers that describe a spread of values: least, quartiles and greatest.
 *
 * <p>Quartiles are Hyndman and Fan's type 7 (Commons Statistics' {@code HF7}), the default of R's
 * {@code quantile} and of Excel's {@code QUARTILE.INC}, so a researcher gets the same figures in
 * either: our choice, for that reason.
 *
 * @param n  the number of values
 * @param min  the least
 * @param lowerQuartile  the 25th percentile
 * @param median  the median
 * @param upperQuartile  the 75th percentile
 * @param max  the greatest
 */
public record Distribution(int n, double min, double lowerQuartile, double median, double upperQuartile, double max) {

    private static final Quantile HF7 = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

    /**
     * Checks the order of the figures.
     *
     * @param n  the number of values, at least 1
     * @param min  the least
     * @param lowerQuartile  the 25th percentile
     * @param median  the median
     * @param upperQuartile  the 75th percentile
     * @param max  the greatest
     */
    public Distribution {
        Invariants.of(Distribution.class)
                .require(n >= 1, "n", "must be at least 1", n)
                .require(min <= lowerQuartile, "lowerQuartile", "must not be less than min", lowerQuartile)
                .require(lowerQuartile <= median, "median", "must not be less than lowerQuartile", median)
                .require(median <= upperQuartile, "upperQuartile", "must not be less than median", upperQuartile)
                .require(upperQuartile <= max, "max", "must not be less than upperQuartile", max)
                .check();
    }

    /**
     * Describes values.
     *
     * @param values  one or more finite values
     * @return the five numbers and the count
     * @throws IllegalArgumentException if there are no values or one is not finite
     */
    public static Distribution of(double... values) {
        if (values.length == 0 || Arrays.stream(values).anyMatch(v -> !Double.isFinite(v))) {
            throw new IllegalArgumentException("Distribution: needs one or more finite values");
        }
        double[] q = HF7.evaluate(values, 0, 0.25, 0.5, 0.75, 1);
        return new Distribution(values.length, q[0], q[1], q[2], q[3], q[4]);
    }

    @Override
    public String toString() {
        return "n " + n + ", min " + Decimals.significant(min, 3) + ", Q1 " + Decimals.significant(lowerQuartile, 3)
                + ", median " + Decimals.significant(median, 3) + ", Q3 " + Decimals.significant(upperQuartile, 3)
                + ", max " + Decimals.significant(max, 3);
    }
}

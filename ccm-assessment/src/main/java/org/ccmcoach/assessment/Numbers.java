package org.ccmcoach.assessment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;

/** How scores and scale points print: whole numbers without a decimal point, others as they are. */
final class Numbers {

    private Numbers() {
    }

    /**
     * {@code 11.0} prints as {@code 11}, {@code 2.5} as {@code 2.5}.
     *
     * @return {@code 11.0} prints as {@code 11}, {@code 2.5} as {@code 2.5}
     */
    static String show(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A boxed number for a violation: whole numbers as {@code Long}, so they show without ".0".
     *
     * @return A boxed number for a violation: whole numbers as {@code Long}, so they show without ".0"
     */
    static Number boxed(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    /**
     * Two decimals for tables, or a dash when absent.
     *
     * @return two decimals for tables, or a dash when absent
     */
    static String fixed(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
    }
}

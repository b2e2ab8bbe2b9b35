package org.ccmcoach.core.value;

import java.math.BigDecimal;

/**
 * How ccm writes a number for people and spreadsheets: whole numbers without a decimal point,
 * others as the shortest decimal that reads back to the same double, never in exponent form.
 *
 * <pre>{@code
 * Decimals.show(11.0);        // "11"
 * Decimals.show(7.0 / 3);     // "2.3333333333333335"
 * Decimals.show(1e-7);        // "0.0000001"
 * Decimals.show(Double.NaN);  // "NaN"
 * Decimals.pValue(0.0004);    // "p<0.001"
 * Decimals.pValue(0.0213);    // "p=0.021"
 * }</pre>
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Writes a number.
     *
     * @param value  the number
     * @return its text: whole numbers without a point, others in plain decimals; beyond 10²¹ or
     *     below 10⁻¹² in magnitude, and {@code NaN} and the infinities, as Java writes them ({@code 1.0E308})
     */
    public static String show(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        if (Math.abs(value) >= 1e21 || value != 0 && Math.abs(value) < 1e-12) {
            return String.valueOf(value); // 1.0E308, not 309 digits: a hostile value must not flood a message
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A p value as APA style prints it: three decimals, and {@code p<0.001} below that, since
     * {@code p=0.000} would claim a probability of zero. Journals differ (some want two decimals);
     * this is one common convention, chosen for its single rule.
     *
     * @param p  the p value, 0 to 1
     * @return {@code p=0.021}, {@code p<0.001}, or {@code p=NaN} when undefined
     */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "p=NaN";
        }
        if (p < 0.001) {
            return "p<0.001";
        }
        return String.format(java.util.Locale.ROOT, "p=%.3f", p);
    }
}

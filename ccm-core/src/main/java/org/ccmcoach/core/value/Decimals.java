package org.ccmcoach.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How ccm writes a number for people and spreadsheets: whole numbers without a decimal point,
 * others as the shortest decimal that reads back to the same double, never in exponent form.
 *
 * <pre>{@code
 * Decimals.show(11.0);        // "11"
 * Decimals.show(7.0 / 3);     // "2.3333333333333335"
 * Decimals.show(1e-7);        // "0.0000001"
 * Decimals.show(Double.NaN);  // "NaN"
 * Decimals.fixed(2.5, 2);     // "2.50"   (a column of scores)
 * Decimals.signed(0.5, 2);    // "+0.50"  (a change)
 * Decimals.significant(123456, 3); // "1.23e+05" (a summary of values of any size)
 * Decimals.grouped(1 << 20);  // "1,048,576" (a count or a limit in a message)
 * Decimals.rounded(12.456, 2); // "12.46"  (at most two decimals, as reports give hours)
 * Decimals.pValue(0.0004);    // "p<0.001"
 * Decimals.pValue(0.0213);    // "p=0.021"
 * }</pre>
 *
 * <p>The one place ccm turns a number into text for people: reports, {@code toString()}s and
 * messages use these, never a format of their own.
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
        String shortest = Double.toString(value);   // what BigDecimal.valueOf reads, too
        if (shortest.indexOf('E') < 0) {
            return shortest;   // plain already (1e-3 to 1e7), and without trailing zeros: not a whole number
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Writes a finite number as a plain decimal, exactly its shortest text, never with an exponent
     * ({@code 0.00002}, {@code 0.0000000000001}), whole numbers without a point: for a table a
     * spreadsheet reads. Unlike {@link #show}, which shortens extremes for messages.
     *
     * @param value  the number
     * @return its text; {@code NaN} and the infinities as Java writes them
     */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        String shortest = Double.toString(value);   // what BigDecimal.valueOf reads
        if (shortest.indexOf('E') < 0) {
            // Plain already (1e-3 to 1e7), its only trailing zero that of ".0": the same text without a
            // BigDecimal, which a table of 80,000 rows would make three times a row.
            String text = shortest.endsWith(".0") ? shortest.substring(0, shortest.length() - 2) : shortest;
            return text.equals("-0") ? "0" : text;
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    /**
     * Writes a number with a fixed count of decimals, half up, as a table column does.
     *
     * @param value  the number
     * @param places  decimals, 0 to 15
     * @return such as {@code 2.50}; {@code NaN} and the infinities as Java writes them
     * @throws IllegalArgumentException if places is outside 0 to 15
     */
    public static String fixed(double value, int places) {
        requirePlaces(places);
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Writes an optional number with a fixed count of decimals, or a dash when it is absent.
     *
     * @param value  the number, possibly absent
     * @param places  decimals, 0 to 15
     * @return such as {@code 2.50}, or {@code -}
     */
    public static String fixed(OptionalDouble value, int places) {
        return value.isPresent() ? fixed(value.getAsDouble(), places) : "-";
    }

    /**
     * Writes a change with its sign and a fixed count of decimals, half up, as {@link #fixed(double, int)}
     * writes the number: {@code +0.50}, {@code -0.25}, and {@code +0.00} for a change that rounds to none.
     *
     * @param value  the change
     * @param places  decimals, 0 to 15
     * @return such as {@code +0.50}; {@code NaN} and the infinities ({@code +Infinity}) as Java writes them
     * @throws IllegalArgumentException if places is outside 0 to 15
     */
    public static String signed(double value, int places) {
        String text = fixed(value, places);
        return text.startsWith("-") || Double.isNaN(value) ? text : "+" + text;
    }

    /**
     * Writes a number to a count of significant digits, as a summary of values of any size does:
     * plain decimals from 10⁻⁴ up to 10^digits, exponent form beyond ({@code 1.23e+05}), as
     * {@link java.util.Formatter}'s {@code %g} writes it in the root locale.
     *
     * @param value  the number
     * @param digits  significant digits, 1 to 15
     * @return such as {@code 0.0123}, {@code 12.3} or {@code 1.23e+05}
     * @throws IllegalArgumentException if digits is outside 1 to 15
     */
    public static String significant(double value, int digits) {
        if (digits < 1 || digits > 15) {
            throw new IllegalArgumentException("digits: must be 1 to 15 (was " + digits + ")");
        }
        return String.format(Locale.ROOT, "%." + digits + "g", value);
    }

    /**
     * Writes a whole number with its thousands separated by commas, as messages state a count or a limit.
     *
     * @param value  the number
     * @return such as {@code 1,048,576} or {@code -1,000}
     */
    public static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * Writes a number rounded to at most {@code places} decimals, without trailing zeros.
     *
     * @param value  the number
     * @param places  decimals, 0 to 15
     * @return such as {@code 12.46} or {@code 28}
     * @throws IllegalArgumentException if places is outside 0 to 15
     */
    public static String rounded(double value, int places) {
        requirePlaces(places);
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return show(BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue());
    }

    private static void requirePlaces(int places) {
        if (places < 0 || places > 15) {
            throw new IllegalArgumentException("places: must be 0 to 15 (was " + places + ")");
        }
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
        return "p=" + fixed(p, 3);
    }
}

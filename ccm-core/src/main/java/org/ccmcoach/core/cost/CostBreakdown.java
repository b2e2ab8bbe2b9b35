package org.ccmcoach.core.cost;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ccmcoach.core.value.Invariants;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What something costs, line by line, in one currency; a line absent from {@link #lines()} is zero.
 *
 * <pre>{@code
 * // the model built from Culler et al. 2013's Table 2, over 6 visits of 87 minutes, one start, 12 months
 * CostBreakdown year = CostModel.culler2013().price(workload);
 * year.line(CostLine.COACH_TIME);   // USD 1315.00
 * year.total();                     // USD 9468.02
 * }</pre>
 *
 * @param currency  the currency of every line
 * @param lines  the amount of each line, none negative, each in {@code currency}
 */
public record CostBreakdown(CurrencyUnit currency, Map<CostLine, Money> lines) {

    /**
     * Validates and copies the lines into an unmodifiable map in line order.
     *
     * @throws org.ccmcoach.core.value.CcmValidationException if a line is negative or in another currency
     *
     * @param currency  the currency of every line
     * @param lines  the amount of each line, none negative, each in {@code currency}
     */
    public CostBreakdown {
        Objects.requireNonNull(currency, "currency");
        EnumMap<CostLine, Money> copy = new EnumMap<>(CostLine.class);
        Invariants invariants = Invariants.of(CostBreakdown.class);
        for (Map.Entry<CostLine, Money> e : lines.entrySet()) {
            Money m = Objects.requireNonNull(e.getValue(), "lines." + e.getKey());
            if (!m.getCurrencyUnit().equals(currency) || m.isNegative()) {
                String line = "lines." + e.getKey();
                invariants.require(m.getCurrencyUnit().equals(currency), line, "must be in " + currency, m)
                        .require(!m.isNegative(), line, "must be at least 0", m);
            }
            copy.put(e.getKey(), m);
        }
        invariants.check();
        lines = Collections.unmodifiableMap(copy);
    }

    /**
     * Nothing, in a currency.
     *
     * @param currency  the currency, not null
     * @return a breakdown with no lines
     */
    public static CostBreakdown zero(CurrencyUnit currency) {
        return new CostBreakdown(currency, Map.of());
    }

    /**
     * One line's amount.
     *
     * @param line  the line, not null
     * @return the amount, zero if the line is absent
     */
    public Money line(CostLine line) {
        return lines.getOrDefault(line, Money.zero(currency));
    }

    /**
     * The sum of the lines.
     *
     * @return the total
     */
    public Money total() {
        return Money.total(currency, lines.values());
    }

    /**
     * This breakdown and another added line by line.
     *
     * @param other  another breakdown in the same currency
     * @return the sum
     * @throws org.joda.money.CurrencyMismatchException if the currencies differ
     */
    public CostBreakdown plus(CostBreakdown other) {
        if (!other.currency.equals(currency)) {
            throw new org.joda.money.CurrencyMismatchException(currency, other.currency);
        }
        EnumMap<CostLine, Money> sum = new EnumMap<>(CostLine.class);
        sum.putAll(lines);
        other.lines.forEach((k, v) -> sum.merge(k, v, Money::plus));
        return new CostBreakdown(currency, sum);
    }

    /**
     * Returns {@code USD 9468.02 (COACH_TIME 1315.00, VISIT_EXPENSES 919.02, ...)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        return total() + lines.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().getAmount())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}

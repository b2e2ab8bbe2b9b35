package org.ccmcoach.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Decimals#plain}'s shortcut for numbers Java writes without an exponent gives the BigDecimal's text. */
class DecimalsProperties {

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.doubles().between(-1e8, 1e8),
                Arbitraries.doubles().between(-1e8, 1e8).ofScale(3), Arbitraries.integers().map(i -> (double) i),
                Arbitraries.of(0.0, -0.0, 1e-3, 9_999_999.0, 1e7, -1e-3, 0.001, 100.0, -100.0, Double.MIN_VALUE, Double.MAX_VALUE));
    }

    @Property(tries = 2000)
    void plain_is_the_decimal_of_the_shortest_text_without_trailing_zeros(@ForAll("numbers") double v) {
        // The reference: what plain wrote before issue 33 for every finite number.
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        assertEquals((d.scale() < 0 ? d.setScale(0) : d).toPlainString(), Decimals.plain(v), String.valueOf(v));
    }
}

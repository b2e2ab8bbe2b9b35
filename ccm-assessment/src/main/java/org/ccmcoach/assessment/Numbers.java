package org.ccmcoach.assessment;

import java.util.Locale;
import java.util.OptionalDouble;

/** Scores in tables: two decimals, or a dash when absent (other numbers print with Decimals). */
final class Numbers {

    private Numbers() {
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

package org.ccmcoach.assessment.csv;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the column a misspelt header cell was meant to be. */
final class ColumnNames {

    /** At most this many edits make a near miss, and never more than a third of the name. */
    private static final int MAX_EDITS = 2;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_EDITS);

    private ColumnNames() {
    }

    /**
     * The expected name nearest to a header cell: equal but for case or surrounding spaces first,
     * else within two edits (and a third of the name); empty when nothing is that close.
     */
    static Optional<String> suggest(String found, Collection<String> expected) {
        String key = found.strip().toLowerCase(Locale.ROOT);
        for (String name : expected) {
            if (name.toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(name);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : expected) {
            int d = DISTANCE.apply(key, name.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance && 3 * d <= Math.max(key.length(), name.length())) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}

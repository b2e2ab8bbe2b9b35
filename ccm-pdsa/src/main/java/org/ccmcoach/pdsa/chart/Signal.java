package org.ccmcoach.pdsa.chart;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A rule that fired: which rule of which rule set, on which points (0-based), in which part, what
 * it means for the measure, and a sentence with the figures.
 *
 * <pre>{@code
 * Signal s = chart.signals().get(0);
 * s.toString();   // "IHI run-chart rules (Perla, Provost & Murray 2011): shift at points 13-20,
 *                 //  8 points below the median (improvement)"
 * }</pre>
 *
 * @param ruleSet  the rule set
 * @param rule  the rule
 * @param points  the points involved, 0-based, ascending
 * @param part  the part, 0-based
 * @param meaning  improvement, deterioration or unclassified
 * @param detail  the figures, such as "8 points below the median"
 */
public record Signal(RuleSet ruleSet, Rule rule, List<Integer> points, int part, Meaning meaning, String detail) {

    /**
     * Copies the points (unboxed: a signal may cite a million) and checks no part is null.
     *
     * @param ruleSet  the rule set
     * @param rule  the rule
     * @param points  the points involved, 0-based, ascending
     * @param part  the part, 0-based
     * @param meaning  improvement, deterioration or unclassified
     * @param detail  the figures, such as "8 points below the median"
     */
    public Signal {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(rule, "rule");
        points = Points.copyOf(points);
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * Returns {@code <rule set> (<version>): <rule> at points a-b, <detail> (<meaning>)}.
     *
     * @return {@code <rule set> (<version>): <rule> at points a-b, <detail> (<meaning>)}
     */
    @Override
    public String toString() {
        String where = points.isEmpty() ? "" : " at " + ranges(points);
        String means = meaning == Meaning.UNCLASSIFIED ? "" : " (" + meaning.name().toLowerCase(java.util.Locale.ROOT) + ")";
        return ruleSet.displayName() + " (" + ruleSet.version() + "): " + rule.label() + where
                + (detail.isEmpty() ? "" : ", " + detail) + means;
    }

    private static String ranges(List<Integer> points) {
        StringBuilder out = new StringBuilder(points.size() == 1 ? "point " : "points ");
        int start = points.get(0);
        int previous = start;
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 1; i <= points.size(); i++) {
            if (i < points.size() && points.get(i) == previous + 1) {
                previous = points.get(i);
                continue;
            }
            parts.add(start == previous ? String.valueOf(start) : start + "-" + previous);
            if (i < points.size()) {
                start = points.get(i);
                previous = start;
            }
        }
        return out.append(parts.stream().collect(Collectors.joining(", "))).toString();
    }
}

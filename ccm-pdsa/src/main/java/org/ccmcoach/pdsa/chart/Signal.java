package org.ccmcoach.pdsa.chart;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A rule that fired: which rule of which rule set, on which points, in which part, what it means
 * for the measure, and a sentence with the figures.
 *
 * <p>Indices in the API ({@link #points()}, {@link #part()}) are 0-based, as Java's are; text for a
 * person ({@link #toString()}) numbers points from 1, and {@link ProcessChart#describe(Signal)} names
 * the observations' dates where the series has them.
 *
 * <pre>{@code
 * Signal s = chart.signals().get(0);
 * s.points();     // [12, 13, ..., 19]: 0-based
 * s.toString();   // "IHI run-chart rules: shift at points 13 to 20, 8 points below the median (improvement)"
 * baseline.toString();   // "... shift at points 1 to 8, 8 points above the median (before the change: no direction)"
 * }</pre>
 *
 * <p>The detail always says where the points lie ("above the median", "going up"); the meaning
 * adds a direction only for a signal at or after the chart's first change ({@link Meaning}).
 *
 * @param ruleSet  the rule set
 * @param rule  the rule
 * @param points  the points involved, 0-based, ascending
 * @param part  the part, 0-based
 * @param meaning  improvement, deterioration, unclassified, or before or across the chart's first change
 * @param detail  the figures, such as "8 points below the median"
 * @param provisional  whether the signal's part has fewer points than its rule set needs
 *     ({@link Verdict#TOO_FEW_POINTS}): the rule fired, but on too little data to act on alone
 */
public record Signal(RuleSet ruleSet, Rule rule, List<Integer> points, int part, Meaning meaning, String detail,
                     boolean provisional) {

    /**
     * Copies the points (unboxed: a signal may cite a million) and checks no part is null.
     *
     * @param ruleSet  the rule set
     * @param rule  the rule
     * @param points  the points involved, 0-based, ascending
     * @param part  the part, 0-based
     * @param meaning  improvement, deterioration or unclassified
     * @param detail  the figures, such as "8 points below the median"
     * @param provisional  whether the signal's part has too few points for its rule set
     */
    public Signal {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(rule, "rule");
        points = Points.copyOf(points);
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * A signal that is not provisional.
     *
     * @param ruleSet  the rule set
     * @param rule  the rule
     * @param points  the points involved, 0-based, ascending
     * @param part  the part, 0-based
     * @param meaning  improvement, deterioration or unclassified
     * @param detail  the figures, such as "8 points below the median"
     */
    public Signal(RuleSet ruleSet, Rule rule, List<Integer> points, int part, Meaning meaning, String detail) {
        this(ruleSet, rule, points, part, meaning, detail, false);
    }

    /**
     * This signal marked as found on too few points.
     *
     * @return a provisional copy
     */
    Signal asProvisional() {
        return provisional ? this : new Signal(ruleSet, rule, points, part, meaning, detail, true);
    }

    /**
     * This signal with another meaning: the chart's placing of a signal against its first change.
     *
     * @return a copy with the meaning
     */
    Signal withMeaning(Meaning other) {
        return other == meaning ? this : new Signal(ruleSet, rule, points, part, other, detail, provisional);
    }

    /**
     * Returns {@code <rule set>: <rule> at points a-b, <detail> (<meaning>)}, points numbered from 1,
     * with {@code [provisional: too few points]} where the part is short.
     *
     * @return the signal in words
     */
    @Override
    public String toString() {
        return describe(i -> String.valueOf(i + 1), true);
    }

    /**
     * The signal in words, each point named by the function: a 1-based number ({@code numbered},
     * written "points 4 to 9") or a date ("2025-07-01 to 2025-12-01").
     */
    String describe(java.util.function.IntFunction<String> name, boolean numbered) {
        String where = points.isEmpty() ? "" : " at " + ranges(points, name, numbered);
        String means = meaning == Meaning.UNCLASSIFIED ? "" : " (" + meaning.label() + ")";
        return ruleSet.displayName() + ": " + rule.label() + where + (detail.isEmpty() ? "" : ", " + detail) + means
                + (provisional ? " [provisional: too few points for the rules]" : "");
    }

    private static String ranges(List<Integer> points, java.util.function.IntFunction<String> name, boolean numbered) {
        StringBuilder out = new StringBuilder(!numbered ? "" : points.size() == 1 ? "point " : "points ");
        int start = points.get(0);
        int previous = start;
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 1; i <= points.size(); i++) {
            if (i < points.size() && points.get(i) == previous + 1) {
                previous = points.get(i);
                continue;
            }
            parts.add(start == previous ? name.apply(start) : name.apply(start) + " to " + name.apply(previous));
            if (i < points.size()) {
                start = points.get(i);
                previous = start;
            }
        }
        return out.append(parts.stream().collect(Collectors.joining(", "))).toString();
    }
}

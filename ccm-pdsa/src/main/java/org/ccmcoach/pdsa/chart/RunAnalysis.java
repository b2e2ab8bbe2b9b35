package org.ccmcoach.pdsa.chart;

import org.ccmcoach.core.value.Plural;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of one part of a chart against its centre line: useful points, runs, crossings, the
 * longest run, and the IHI and Anhøj limits for them. On a run chart the centre line is the
 * part's median.
 *
 * <pre>{@code
 * RunAnalysis last = RunChart.of(values).lastPart();   // or parts().get(p) for any part
 * last.centreLine();                           // the median
 * last.longestRun(); last.longestRunLimit();   // Anhøj: signal when longestRun > longestRunLimit
 * last.crossings(); last.crossingsLimit();     // Anhøj: signal when crossings < crossingsLimit
 * last.runs(); last.fewestRuns(); last.mostRuns();   // IHI: signal outside fewestRuns..mostRuns
 * }</pre>
 *
 * @param part  the part, 0-based
 * @param first  its first point
 * @param last  its last point
 * @param centreLine  the centre line the part is tested against
 * @param usefulPoints  the points off the centre line, not excluded
 * @param runs  the number of runs among the useful points
 * @param crossings  runs - 1, 0 if none
 * @param longestRun  the length of the longest run
 * @param longestRunLimit  Anhøj's round(log2 n) + 3
 * @param crossingsLimit  Anhøj's qbinom(0.05, n - 1, 0.5)
 * @param fewestRuns  the IHI lower limit: fewer runs signal
 * @param mostRuns  the IHI upper limit: more runs signal
 */
public record RunAnalysis(int part, int first, int last, double centreLine, int usefulPoints, int runs, int crossings,
                          int longestRun, int longestRunLimit, int crossingsLimit, int fewestRuns, int mostRuns) {

    static RunAnalysis of(ChartData data, double[] centre, int part, RunRules.PartSides sides) {
        int from = data.partStart(part);
        int to = data.partEnd(part);
        RunRules.Runs runs = sides.runs();
        int n = runs.points();
        int longest = runs.longest();
        int[] limits = RunRules.runsLimits(n);
        return new RunAnalysis(part, from, to - 1, centre[from], n, runs.count(), Math.max(0, runs.count() - 1), longest,
                n == 0 ? 0 : RunRules.longestRunLimit(n), RunRules.crossingsLimit(n), limits[0], limits[1]);
    }

    /**
     * The Anhøj signals of this part, reported under the rule set that applies them.
     *
     * @return the Anhøj signals of this part
     */
    static List<Signal> anhoej(RuleSet set, ChartData data, RunAnalysis a, RunRules.PartSides sides, String lineName) {
        List<Signal> found = new ArrayList<>();
        if (a.usefulPoints == 0) {
            return found;
        }
        RunRules.Runs runs = sides.runs();
        if (a.longestRun > a.longestRunLimit) {
            int last = -1;
            for (int k = 0; k < runs.count(); k++) {
                if (runs.size(k) == a.longestRun) {
                    last = k;
                }
            }
            List<Integer> longest = runs.points(last);
            int side = sides.side(longest.get(0));
            found.add(new Signal(set, Rule.LONGEST_RUN, longest, a.part, data.meaning(side),
                    a.longestRun + " points " + (side > 0 ? "above" : "below") + " the " + lineName + "; limit "
                            + a.longestRunLimit + " for " + Plural.count(a.usefulPoints, "useful point")));
        }
        if (a.crossings < a.crossingsLimit) {
            List<Integer> all = runs.allPoints();
            found.add(new Signal(set, Rule.TOO_FEW_CROSSINGS, all, a.part, Meaning.UNCLASSIFIED,
                    Plural.count(a.crossings, "crossing") + "; limit " + a.crossingsLimit + " for "
                            + Plural.count(a.usefulPoints, "useful point")));
        }
        return found;
    }
}

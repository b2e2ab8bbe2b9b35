package org.ccmcoach.pdsa.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The special-cause rules of the control-chart rule sets, applied to one part. */
final class SpecialCauses {

    private SpecialCauses() {
    }

    /**
     * @param z  (y - centre) / sigma per point (NaN where not useful)
     */
    static List<Signal> apply(ControlChartRuleSet set, ChartData data, double[] centre, double[] upper, double[] lower, double[] z,
                              int part) {
        int from = data.partStart(part);
        int to = data.partEnd(part);
        List<Signal> found = new ArrayList<>();
        found.addAll(beyondLimits(set, data, upper, lower, from, to, part));
        RunRules.PartSides partSides = RunRules.PartSides.of(data, centre, part);
        if (set == ControlChartRuleSet.QICHARTS2) {
            RunAnalysis a = RunAnalysis.of(data, centre, part, partSides);
            found.addAll(RunAnalysis.anhoej(set, data, a, partSides, "centre line"));
            return found;
        }
        int[] sides = partSides.sides();
        switch (set) {
            case HEALTHCARE -> {
                found.addAll(RunRules.sideRunSignals(set, Rule.RUN_ON_ONE_SIDE, data, sides, from, partSides.runs(), part, 8,
                        "centre line"));
                found.addAll(RunRules.trendSignals(set, data, from, to, part, 6));
                found.addAll(kOfM(set, data, z, from, to, part, 2, 3, 2.0, Rule.TWO_OF_THREE_BEYOND_2_SIGMA));
                found.addAll(within(set, z, from, to, part, 15, 1.0, Rule.FIFTEEN_WITHIN_1_SIGMA));
            }
            case WESTERN_ELECTRIC -> {
                found.addAll(kOfM(set, data, z, from, to, part, 2, 3, 2.0, Rule.TWO_OF_THREE_BEYOND_2_SIGMA));
                found.addAll(kOfM(set, data, z, from, to, part, 4, 5, 1.0, Rule.FOUR_OF_FIVE_BEYOND_1_SIGMA));
                found.addAll(RunRules.sideRunSignals(set, Rule.RUN_ON_ONE_SIDE, data, sides, from,
                        RunRules.runs(sides, from, false), part, 8, "centre line"));
            }
            case NELSON -> {
                found.addAll(RunRules.sideRunSignals(set, Rule.RUN_ON_ONE_SIDE, data, sides, from,
                        RunRules.runs(sides, from, false), part, 9, "centre line"));
                found.addAll(RunRules.trendSignals(set, data, from, to, part, 6));
                found.addAll(alternating(set, data, from, to, part, 14));
                found.addAll(kOfM(set, data, z, from, to, part, 2, 3, 2.0, Rule.TWO_OF_THREE_BEYOND_2_SIGMA));
                found.addAll(kOfM(set, data, z, from, to, part, 4, 5, 1.0, Rule.FOUR_OF_FIVE_BEYOND_1_SIGMA));
                found.addAll(within(set, z, from, to, part, 15, 1.0, Rule.FIFTEEN_WITHIN_1_SIGMA));
                found.addAll(outside(set, z, from, to, part, 8, 1.0));
            }
            default -> throw new IllegalArgumentException(set + " is not a control-chart rule set");
        }
        return found;
    }

    private static List<Signal> beyondLimits(RuleSet set, ChartData data, double[] upper, double[] lower, int from, int to,
                                             int part) {
        List<Signal> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!data.useful[i]) {
                continue;
            }
            if (data.y[i] > upper[i]) {
                found.add(new Signal(set, Rule.BEYOND_LIMITS, List.of(i), part, data.meaning(1), "above the upper limit"));
            } else if (data.y[i] < lower[i]) {
                found.add(new Signal(set, Rule.BEYOND_LIMITS, List.of(i), part, data.meaning(-1), "below the lower limit"));
            }
        }
        return found;
    }



    /** k of m consecutive useful points beyond {@code sigmas} on the same side; overlapping windows merged. */
    private static List<Signal> kOfM(RuleSet set, ChartData data, double[] z, int from, int to, int part, int k, int m,
                                     double sigmas, Rule rule) {
        List<Integer> idx = useful(z, from, to);
        List<Signal> found = new ArrayList<>();
        for (int side : new int[] {1, -1}) {
            Set<Integer> hits = new LinkedHashSet<>();
            for (int w = 0; w + m <= idx.size(); w++) {
                List<Integer> beyond = new ArrayList<>();
                for (int j = w; j < w + m; j++) {
                    if (side * z[idx.get(j)] > sigmas) {
                        beyond.add(idx.get(j));
                    }
                }
                if (beyond.size() >= k) {
                    hits.addAll(beyond);
                }
            }
            if (!hits.isEmpty()) {
                found.add(new Signal(set, rule, hits.stream().sorted().toList(), part, data.meaning(side),
                        k + " of " + m + " points " + (side > 0 ? "above +" : "below -") + sigmas + " sigma"));
            }
        }
        return found;
    }

    private static List<Signal> within(RuleSet set, double[] z, int from, int to, int part, int length, double sigmas,
                                       Rule rule) {
        List<Signal> found = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i : useful(z, from, to)) {
            if (Math.abs(z[i]) < sigmas) {
                current.add(i);
            } else {
                flush(found, current, length, set, rule, part, "points within " + sigmas + " sigma");
                current = new ArrayList<>();
            }
        }
        flush(found, current, length, set, rule, part, "points within " + sigmas + " sigma");
        return found;
    }

    private static List<Signal> outside(RuleSet set, double[] z, int from, int to, int part, int length, double sigmas) {
        List<Signal> found = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i : useful(z, from, to)) {
            if (Math.abs(z[i]) > sigmas) {
                current.add(i);
            } else {
                flush(found, current, length, set, Rule.EIGHT_BEYOND_1_SIGMA, part, "points beyond 1 sigma");
                current = new ArrayList<>();
            }
        }
        flush(found, current, length, set, Rule.EIGHT_BEYOND_1_SIGMA, part, "points beyond 1 sigma");
        return found;
    }

    private static List<Signal> alternating(RuleSet set, ChartData data, int from, int to, int part, int length) {
        List<Signal> found = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (data.useful[i]) {
                idx.add(i);
            }
        }
        List<Integer> current = new ArrayList<>();
        int lastStep = 0;
        for (int j = 0; j < idx.size(); j++) {
            if (j == 0) {
                current.add(idx.get(0));
                continue;
            }
            double d = data.y[idx.get(j)] - data.y[idx.get(j - 1)];
            int step = d > 0 ? 1 : d < 0 ? -1 : 0;
            if (step != 0 && (lastStep == 0 || step == -lastStep)) {
                current.add(idx.get(j));
            } else {
                flush(found, current, length, set, Rule.FOURTEEN_ALTERNATING, part, "points alternating up and down");
                current = new ArrayList<>(List.of(idx.get(j - 1), idx.get(j)));
                if (step == 0) {
                    current = new ArrayList<>(List.of(idx.get(j)));
                }
            }
            lastStep = step;
        }
        flush(found, current, length, set, Rule.FOURTEEN_ALTERNATING, part, "points alternating up and down");
        return found;
    }

    private static void flush(List<Signal> found, List<Integer> run, int length, RuleSet set, Rule rule, int part,
                              String what) {
        if (run.size() >= length) {
            found.add(new Signal(set, rule, run, part, Meaning.UNCLASSIFIED, run.size() + " " + what));
        }
    }

    private static List<Integer> useful(double[] z, int from, int to) {
        List<Integer> idx = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (Double.isFinite(z[i])) {
                idx.add(i);
            }
        }
        return idx;
    }
}

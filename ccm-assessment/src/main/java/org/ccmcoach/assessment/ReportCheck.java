package org.ccmcoach.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.PropertyPath;

/**
 * The ways a score report does not fit its instrument ({@link Instrument#violations(ScoreReport)}):
 * its subscales, counts, ranges and levels, and its arithmetic: each subscale's score from its mean
 * by the subscale rule, the overall from the subscales by the overall rule. A level is judged only
 * once its number is right, so a wrong number is blamed on the number. Paths are built only for a
 * problem found: every report written to CSV is checked.
 */
final class ReportCheck {

    private ReportCheck() {
    }

    static List<Problem> problems(Instrument instrument, ScoreReport report) {
        List<Problem> found = new ArrayList<>();
        String type = "ScoreReport";
        if (!report.instrument().equals(instrument.id())) {
            found.add(Problem.of(type, "instrument", "must be " + instrument.id() + " to be read with it", report.instrument()));
            return found;
        }
        boolean sameSubscales = report.subscales().size() == instrument.subscales().size();
        for (int i = 0; sameSubscales && i < instrument.subscales().size(); i++) {
            sameSubscales = report.subscales().get(i).id().equals(instrument.subscales().get(i).id());
        }
        if (!sameSubscales) {
            List<String> expected = instrument.subscales().stream().map(Subscale::id).toList();
            List<String> given = report.subscales().stream().map(SubscaleScore::id).toList();
            found.add(Problem.of(type, "subscales", "must be " + String.join(", ", expected) + " (the subscales of "
                    + instrument.id() + ", in order)", String.join(", ", given)));
            return found;
        }
        int largest = 1;
        boolean[] wrong = new boolean[instrument.subscales().size()];
        for (int i = 0; i < instrument.subscales().size(); i++) {
            Subscale subscale = instrument.subscales().get(i);
            SubscaleScore score = report.subscales().get(i);
            int index = i;
            Function<String, PropertyPath> at = name -> PropertyPath.of("subscales").at(index).then(name);
            int items = subscale.items().size();
            largest = Math.max(largest, items);
            if (score.answered() + score.missing() != items) {
                found.add(Problem.of(type, at.apply("answered"), "with missing must add up to the " + items
                        + " items of subscale " + subscale.id(), score.answered() + " + " + score.missing()));
            }
            // A sum counts the answered items, or every item where a prorating policy fills in the missing.
            int counted = report.policy().prorated() && score.missing() > 0 ? items : Math.max(score.answered(), 0);
            double[] shared = Scoring.subscaleRange(instrument);   // null for a sum: its range is its own
            double[] subscaleRange = shared != null ? shared
                    : new double[] {instrument.scale().min() * counted, instrument.scale().max() * counted};
            int before = found.size();
            score.score().ifPresent(v -> found.addAll(range(instrument, type, () -> at.apply("score"), v, subscaleRange)));
            score.mean().ifPresent(v -> found.addAll(range(instrument, type, () -> at.apply("mean"), v,
                    new double[] {instrument.scale().min(), instrument.scale().max()})));
            if (found.size() == before && score.score().isPresent() && score.mean().isPresent()) {
                // The subscale rule makes the score from the mean: equal to it, it times the items counted, or it rescaled.
                double fromMean = Scoring.subscaleFromMean(instrument, score.mean().getAsDouble(), counted);
                if (!same(score.score().getAsDouble(), fromMean)) {
                    found.add(Problem.of(type, at.apply("score"), "must be " + Decimals.show(fromMean) + ", the "
                            + instrument.subscaleRule().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " of the subscale's " + score.answered() + " answered items by its mean"
                            + (counted != score.answered() ? " (prorated to its " + items + " items)" : ""),
                            score.score().getAsDouble()));
                }
            }
            if (score.score().isPresent() != score.mean().isPresent()) {
                found.add(Problem.of(type, at.apply("mean"), "must be given exactly when there is a score",
                        score.mean().isPresent() ? score.mean().getAsDouble() : null));
            }
            wrong[i] = found.size() != before;
            if (!wrong[i] && !instrument.layout().subscaleLevels() && score.level().isPresent() && !instrument.levels().isEmpty()) {
                found.add(Problem.of(type, at.apply("level"), "must be absent: " + instrument.id()
                        + "'s bands are on its overall score's range, which its subscale scores do not share", score.level().get()));
            } else if (!wrong[i]) {   // a level is judged only against a right number
                found.addAll(levelOf(instrument, type, () -> at.apply("level"), score.score(), score.level()));
            }
        }
        if (report.answered() + report.missing() != instrument.items().size()) {
            found.add(Problem.of(type, "answered", "with missing must add up to the " + instrument.items().size() + " items of "
                    + instrument.id(), report.answered() + " + " + report.missing()));
        }
        double[] overallRange = Scoring.overallRange(instrument);
        if (overallRange == null) { // a mean of sums: from one item's worth to the largest subscale's
            overallRange = new double[] {Math.min(instrument.scale().min(), instrument.scale().min() * largest),
                instrument.scale().max() * largest};
        }
        double[] allowed = overallRange;
        int before = found.size();
        report.overall().ifPresent(v -> found.addAll(range(instrument, type, () -> PropertyPath.of("overall"), v, allowed)));
        if (found.size() == before) {
            found.addAll(overallFromSubscales(instrument, type, report, wrong));
        }
        if (found.size() == before) {   // a level is judged only against a right number
            found.addAll(levelOf(instrument, type, () -> PropertyPath.of("overallLevel"), report.overall(), report.overallLevel()));
        }
        return found;
    }

    /**
     * The overall score against what the overall rule gives from the report's subscales: the mean
     * of the subscale scores, or, for an item rule where every item is in exactly one subscale, the
     * items' mean or sum rebuilt from each subscale's mean and count. Where the subscales cannot
     * determine it (an item in two subscales, or in none), only the range is checked.
     */
    private static List<Problem> overallFromSubscales(Instrument instrument, String type, ScoreReport report, boolean[] wrong) {
        OverallRule rule = report.overallRule().orElse(instrument.overallRule());
        if (report.overall().isEmpty() || rule == OverallRule.NONE) {
            return List.of();
        }
        for (boolean w : wrong) {
            if (w) {
                return List.of();   // the subscale is named already; the overall follows from it
            }
        }
        double overall = report.overall().getAsDouble();
        OptionalDouble expected = OptionalDouble.empty();
        String how = "";
        if (rule == OverallRule.MEAN_OF_SUBSCALES || rule == OverallRule.MEAN_OF_ELEMENT_SUBSCALES) {
            double sum = 0;
            int count = 0;
            for (int i = 0; i < instrument.subscales().size(); i++) {
                if (rule == OverallRule.MEAN_OF_ELEMENT_SUBSCALES && instrument.subscales().get(i).element().isEmpty()) {
                    continue;
                }
                OptionalDouble score = report.subscales().get(i).score();
                if (score.isEmpty()) {
                    return List.of(Problem.of(type, "overall", "must be absent: " + rule.name()
                            + " needs every subscale scored, and " + report.subscales().get(i).id() + " is not", overall));
                }
                sum += score.getAsDouble();
                count++;
            }
            if (count > 0) {
                expected = OptionalDouble.of(sum / count);
                how = "the mean of the " + count + " subscale scores";
            }
        } else if (instrument.layout().partition()) {
            double sum = 0;
            int answered = 0;
            for (SubscaleScore score : report.subscales()) {
                if (score.mean().isPresent()) {
                    sum += score.mean().getAsDouble() * score.answered();
                    answered += score.answered();
                } else if (score.answered() > 0) {
                    return List.of();   // an answered subscale the policy did not score: its items are unknown here
                }
            }
            int n = instrument.items().size();
            if (answered > 0) {
                boolean prorated = report.policy().prorated() && answered < n;
                expected = OptionalDouble.of(Scoring.overallFromMean(rule, instrument.scale(), sum / answered,
                        prorated ? n : answered));
                how = "the " + (rule == OverallRule.SUM_OF_ITEMS ? prorated ? "prorated sum" : "sum"
                        : rule == OverallRule.RESCALED_MEAN_OF_ITEMS ? "rescaled mean" : "mean") + " of the " + answered
                        + " answered items, from the subscales";
            }
        }
        if (expected.isPresent() && !same(overall, expected.getAsDouble())) {
            return List.of(Problem.of(type, "overall", "must be " + Decimals.show(expected.getAsDouble()) + ", " + how
                    + " (" + rule.name() + ")", overall));
        }
        return List.of();
    }

    /** Whether two scores agree to within the rounding of a different order of summing. */
    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    /** A score against the range its rule allows. */
    private static List<Problem> range(Instrument instrument, String type, Supplier<PropertyPath> property, double value,
                                       double[] allowed) {
        double low = allowed[0];
        double high = allowed[1];
        if (Double.isFinite(value) && !(value >= low && value <= high)) { // a non-finite value is the report's own error
            return List.of(Problem.of(type, property.get(), "must be from " + Decimals.show(low) + " to "
                    + Decimals.show(high) + ", what " + instrument.id() + "'s scale and rules allow", value));
        }
        return List.of();
    }

    /** A level against the band of its score: none without bands or score, else the band's label. */
    private static List<Problem> levelOf(Instrument instrument, String type, Supplier<PropertyPath> property, OptionalDouble score,
                                  Optional<String> level) {
        Optional<String> band = score.isPresent() ? instrument.level(score.getAsDouble()).map(LevelBand::label) : Optional.empty();
        if (level.isPresent() && !level.equals(band)) {
            String rule = band.map(b -> "must be " + b + ", the band of the score").orElse(instrument.levels().isEmpty()
                    ? "must be absent: " + instrument.id() + " has no level bands" : "must be absent without a score");
            if (band.isPresent() && instrument.levels().stream().noneMatch(l -> l.label().equals(level.get()))) {
                rule += "; " + instrument.id() + "'s bands are " + instrument.levels().stream().map(LevelBand::label)
                        .collect(java.util.stream.Collectors.joining(", "));
            }
            return List.of(Problem.of(type, property.get(), rule, level.get()));
        }
        return List.of();
    }

}

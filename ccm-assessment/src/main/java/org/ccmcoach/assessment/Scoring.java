package org.ccmcoach.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Sum;

/**
 * Computes a {@link ScoreReport} from a checked response; see {@link Instrument#score}.
 *
 * <p>The reports and subscale scores built here are validated as every other is: no flag, thread
 * or registry decides whether a value is checked.
 */
final class Scoring {

    private Scoring() {
    }

    /**
     * An instrument's items and subscales as arrays: item ids, reverse coding, each subscale's item
     * positions, and the level bands' lower bounds and labels.
     */
    record Layout(String[] items, boolean[] reverse, int[][] subscaleItems, double[] bandMins, String[] bandLabels,
                  boolean partition, double[] levelRange, boolean subscaleLevels) {

        /** The index of the last level band starting at or below a score, -1 outside the bands' range or without bands. */
        int band(double score) {
            if (bandMins.length == 0 || levelRange == null || !(score >= levelRange[0] && score <= levelRange[1])) {
                return -1;
            }
            int found = 0;
            for (int i = 0; i < bandMins.length; i++) {
                if (bandMins[i] <= score) {
                    found = i;
                }
            }
            return found;
        }

        /** Whether every item is in exactly one subscale, so the subscales' counts and means determine the items'. */
        static boolean partition(String[] items, int[][] subscaleItems) {
            int[] seen = new int[items.length];
            for (int[] subscale : subscaleItems) {
                for (int i : subscale) {
                    seen[i]++;
                }
            }
            for (int count : seen) {
                if (count != 1) {
                    return false;
                }
            }
            return true;
        }

        /** The label of {@link #band}, or null. */
        String level(double score) {
            int band = band(score);
            return band < 0 ? null : bandLabels[band];
        }


        static Layout of(Instrument instrument) {
            List<Item> items = instrument.items();
            String[] ids = new String[items.size()];
            boolean[] reverse = new boolean[items.size()];
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                ids[i] = items.get(i).id();
                reverse[i] = items.get(i).reverseCoded();
                position.putIfAbsent(ids[i], i);
            }
            int[][] subscaleItems = instrument.subscales().stream()
                    .map(s -> s.items().stream().mapToInt(position::get).toArray())
                    .toArray(int[][]::new);
            double[] bandMins = instrument.levels().stream().mapToDouble(LevelBand::min).toArray();
            String[] bandLabels = instrument.levels().stream().map(LevelBand::label).toArray(String[]::new);
            double[] levelRange = overallRange(instrument);
            double[] subscaleRange = subscaleRange(instrument);
            boolean subscaleLevels = levelRange != null && subscaleRange != null
                    && levelRange[0] == subscaleRange[0] && levelRange[1] == subscaleRange[1];
            return new Layout(ids, reverse, subscaleItems, bandMins, bandLabels, partition(ids, subscaleItems),
                    levelRange, subscaleLevels);
        }
    }

    /**
     * The range every subscale score shares: the scale for means, 0..1 for rescaled means; null for
     * sums, whose range depends on each subscale's item count.
     */
    static double[] subscaleRange(Instrument instrument) {
        return switch (instrument.subscaleRule()) {
            case MEAN -> new double[] {instrument.scale().min(), instrument.scale().max()};
            case RESCALED_MEAN -> new double[] {0, 1};
            case SUM -> null;
        };
    }

    /**
     * The range of the overall score, which level bands cover: the subscales' shared range for a
     * mean of subscales (or, with no overall score, the subscales' own), the scale for a mean of
     * items, 0..1 for a rescaled mean, the item count times the scale for a sum; null where the
     * scores have no one range (a mean of sums of subscales of different sizes).
     */
    static double[] overallRange(Instrument instrument) {
        ResponseScale scale = instrument.scale();
        return switch (instrument.overallRule()) {
            case MEAN_OF_SUBSCALES, MEAN_OF_ELEMENT_SUBSCALES, NONE -> subscaleRange(instrument);
            case MEAN_OF_ITEMS -> new double[] {scale.min(), scale.max()};
            case RESCALED_MEAN_OF_ITEMS -> new double[] {0, 1};
            case SUM_OF_ITEMS -> new double[] {scale.min() * instrument.items().size(), scale.max() * instrument.items().size()};
        };
    }

    /** {@return a mean on the scale rescaled to 0..1} */
    static double rescaled(ResponseScale scale, double mean) {
        return (mean - scale.min()) / (scale.max() - scale.min());
    }

    /**
     * {@return a subscale's score from the mean of its answered items; a sum counts {@code counted}
     * items: those answered, or all of the subscale's where a prorating policy fills in the missing}
     */
    static double subscaleFromMean(Instrument instrument, double mean, int counted) {
        return switch (instrument.subscaleRule()) {
            case MEAN -> mean;
            case SUM -> mean * counted;
            case RESCALED_MEAN -> rescaled(instrument.scale(), mean);
        };
    }

    /** {@return an item rule's overall score from the mean of the answered items, a sum counting {@code counted}} */
    static double overallFromMean(OverallRule rule, ResponseScale scale, double mean, int counted) {
        return switch (rule) {
            case SUM_OF_ITEMS -> mean * counted;
            case RESCALED_MEAN_OF_ITEMS -> rescaled(scale, mean);
            default -> mean;
        };
    }

    /** {@return whether the overall score is a rescaled mean, on 0..1 whatever the scale: its bands meet, not step} */
    static boolean overallRescaled(Instrument instrument) {
        return switch (instrument.overallRule()) {
            case RESCALED_MEAN_OF_ITEMS -> true;
            case MEAN_OF_ITEMS, SUM_OF_ITEMS -> false;
            case MEAN_OF_SUBSCALES, MEAN_OF_ELEMENT_SUBSCALES, NONE -> instrument.subscaleRule() == SubscaleRule.RESCALED_MEAN;
        };
    }

    static ScoreReport score(Instrument instrument, AssessmentResponse response, MissingDataPolicy policy) {
        return compute(instrument, response, policy);
    }

    private static ScoreReport compute(Instrument instrument, AssessmentResponse response, MissingDataPolicy policy) {
        ResponseScale scale = instrument.scale();
        Layout layout = instrument.layout();
        // Answered values by item position, reverse-coded items turned round.
        int n = layout.items().length;
        double[] values = new double[n];
        boolean[] given = new boolean[n];
        int answered = 0;
        int known = 0;
        boolean inScale = true;
        Map<String, OptionalDouble> answers = response.answers();
        for (int i = 0; i < n; i++) {
            OptionalDouble answer = answers.get(layout.items()[i]);
            if (answer != null) {
                known++;
                if (answer.isPresent()) {
                    double v = answer.getAsDouble();
                    inScale &= scale.contains(v);
                    values[i] = layout.reverse()[i] ? scale.min() + scale.max() - v : v;
                    given[i] = true;
                    answered++;
                }
            }
        }
        if (known != answers.size() || !inScale || !response.instrument().equals(instrument.id())) {
            instrument.check(response);   // names every misfit; the response does not fit the instrument
        }

        List<Subscale> subscaleList = instrument.subscales();
        List<SubscaleScore> subscales = new ArrayList<>(subscaleList.size());
        for (int k = 0; k < subscaleList.size(); k++) {
            subscales.add(subscaleScore(instrument, subscaleList.get(k), layout.subscaleItems()[k], values, given, policy));
        }

        int missing = n - answered;
        ImmutableScoreReport.Builder report = ImmutableScoreReport.builder()
                .instrument(instrument.id())
                .subject(response.subject())
                .respondent(response.respondent())
                .role(response.role())
                .date(response.date())
                .policy(policy)
                .subscales(subscales)
                .answered(answered)
                .missing(missing);

        OptionalDouble overall = OptionalDouble.empty();
        String reason = null;
        switch (instrument.overallRule()) {
            case NONE -> reason = "the instrument has no overall score";
            case MEAN_OF_SUBSCALES, MEAN_OF_ELEMENT_SUBSCALES -> {
                boolean elementsOnly = instrument.overallRule() == OverallRule.MEAN_OF_ELEMENT_SUBSCALES;
                double[] scores = new double[subscales.size()];
                int counted = 0;
                List<String> unscored = new ArrayList<>();
                for (int k = 0; k < scores.length; k++) {
                    if (elementsOnly && instrument.subscales().get(k).element().isEmpty()) {
                        continue;
                    }
                    OptionalDouble score = subscales.get(k).score();
                    if (score.isPresent()) {
                        scores[counted++] = score.getAsDouble();
                    } else {
                        unscored.add(subscales.get(k).id());
                    }
                }
                if (unscored.isEmpty()) {
                    overall = OptionalDouble.of(Mean.of(java.util.Arrays.copyOf(scores, counted)).getAsDouble());
                } else {
                    reason = "needs every subscale scored; not scored: " + String.join(", ", unscored);
                }
            }
            case MEAN_OF_ITEMS, SUM_OF_ITEMS, RESCALED_MEAN_OF_ITEMS -> {
                OptionalInt allowed = policy.maxMissingOverall();
                if (answered == 0) {
                    reason = "no item answered";
                } else if (allowed.isPresent() && missing > allowed.getAsInt()) {
                    reason = missing + " of " + n + " items missing; policy "
                            + policy.name() + " allows " + allowed.getAsInt();
                } else {
                    double[] all = new double[answered];
                    for (int i = 0, j = 0; i < n; i++) {
                        if (given[i]) {
                            all[j++] = values[i];
                        }
                    }
                    boolean prorate = policy.prorated() && answered < n;
                    // A sum of what was answered is added exactly; any other score follows from the mean.
                    overall = OptionalDouble.of(instrument.overallRule() == OverallRule.SUM_OF_ITEMS && !prorate
                            ? Sum.of(all).getAsDouble()
                            : overallFromMean(instrument.overallRule(), scale, Mean.of(all).getAsDouble(), prorate ? n : answered));
                }
            }
        }
        report.overall(overall);
        report.overallRule(instrument.overallRule());
        if (overall.isPresent()) {
            String level = layout.level(overall.getAsDouble());
            if (level != null) {
                report.overallLevel(level);
            }
        } else {
            report.overallReason(reason);
        }
        return report.build();
    }

    private static SubscaleScore subscaleScore(Instrument instrument, Subscale subscale, int[] items, double[] values,
                                               boolean[] given, MissingDataPolicy policy) {
        double[] answered = new double[items.length];
        int count = 0;
        for (int i : items) {
            if (given[i]) {
                answered[count++] = values[i];
            }
        }
        answered = count == items.length ? answered : Arrays.copyOf(answered, count);
        int missing = items.length - count;
        Layout layout = instrument.layout();
        ImmutableSubscaleScore.Builder score = ImmutableSubscaleScore.builder()
                .id(subscale.id())
                .title(subscale.title())
                .element(subscale.element())
                .answered(count)
                .missing(missing);
        OptionalInt allowed = policy.allowedMissing(subscale.id());
        if (count == 0) {
            return score.reason("no item answered").build();
        }
        if (allowed.isPresent() && missing > allowed.getAsInt()) {
            return score.reason(missing + " of " + items.length + " items missing; policy "
                    + policy.name() + " allows " + allowed.getAsInt()).build();
        }
        double mean = Mean.of(answered).getAsDouble();
        boolean prorate = policy.prorated() && missing > 0;
        double value = instrument.subscaleRule() == SubscaleRule.SUM && !prorate ? Sum.of(answered).getAsDouble()
                : subscaleFromMean(instrument, mean, prorate ? items.length : count);
        score.score(value).mean(mean);
        String level = layout.subscaleLevels() ? layout.level(value) : null;
        if (level != null) {
            score.level(level);
        }
        return score.build();
    }
}

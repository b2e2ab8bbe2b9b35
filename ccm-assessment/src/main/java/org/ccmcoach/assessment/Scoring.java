package org.ccmcoach.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Sum;

/** Computes a {@link ScoreReport} from a checked response; see {@link Instrument#score}. */
final class Scoring {

    private Scoring() {
    }

    static ScoreReport score(Instrument instrument, AssessmentResponse response, MissingDataPolicy policy) {
        ResponseScale scale = instrument.scale();
        // Answered values by item, reverse-coded items turned round.
        Map<String, Double> values = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            OptionalDouble answer = response.answer(item.id());
            if (answer.isPresent()) {
                double v = answer.getAsDouble();
                values.put(item.id(), item.reverseCoded() ? scale.min() + scale.max() - v : v);
            }
        }

        List<SubscaleScore> subscales = new ArrayList<>();
        for (Subscale subscale : instrument.subscales()) {
            subscales.add(subscaleScore(instrument, subscale, values, policy));
        }

        int answered = values.size();
        int missing = instrument.items().size() - answered;
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
            case MEAN_OF_SUBSCALES -> {
                List<String> unscored = subscales.stream().filter(s -> !s.scored()).map(SubscaleScore::id).toList();
                if (unscored.isEmpty()) {
                    overall = OptionalDouble.of(Mean.of(subscales.stream()
                            .mapToDouble(s -> s.score().getAsDouble()).toArray()).getAsDouble());
                } else {
                    reason = "needs every subscale scored; not scored: " + String.join(", ", unscored);
                }
            }
            case MEAN_OF_ITEMS, SUM_OF_ITEMS -> {
                OptionalInt allowed = policy.maxMissingOverall();
                if (answered == 0) {
                    reason = "no item answered";
                } else if (allowed.isPresent() && missing > allowed.getAsInt()) {
                    reason = missing + " of " + instrument.items().size() + " items missing; policy "
                            + policy.name() + " allows " + allowed.getAsInt();
                } else {
                    double[] all = values.values().stream().mapToDouble(Double::doubleValue).toArray();
                    overall = OptionalDouble.of(instrument.overallRule() == OverallRule.MEAN_OF_ITEMS
                            ? Mean.of(all).getAsDouble() : Sum.of(all).getAsDouble());
                }
            }
        }
        report.overall(overall);
        if (overall.isPresent()) {
            if (instrument.overallRule() != OverallRule.SUM_OF_ITEMS) {
                instrument.level(overall.getAsDouble()).ifPresent(l -> report.overallLevel(l.label()));
            }
        } else {
            report.overallReason(reason);
        }
        return report.build();
    }

    private static SubscaleScore subscaleScore(Instrument instrument, Subscale subscale, Map<String, Double> values,
                                               MissingDataPolicy policy) {
        double[] answered = subscale.items().stream().filter(values::containsKey).mapToDouble(values::get).toArray();
        int missing = subscale.items().size() - answered.length;
        ImmutableSubscaleScore.Builder score = ImmutableSubscaleScore.builder()
                .id(subscale.id())
                .title(subscale.title())
                .element(subscale.element())
                .answered(answered.length)
                .missing(missing);
        OptionalInt allowed = policy.allowedMissing(subscale.id());
        if (answered.length == 0) {
            return score.reason("no item answered").build();
        }
        if (allowed.isPresent() && missing > allowed.getAsInt()) {
            return score.reason(missing + " of " + subscale.items().size() + " items missing; policy "
                    + policy.name() + " allows " + allowed.getAsInt()).build();
        }
        double mean = Mean.of(answered).getAsDouble();
        double value = instrument.subscaleRule() == SubscaleRule.MEAN ? mean : Sum.of(answered).getAsDouble();
        score.score(value).mean(mean);
        if (instrument.subscaleRule() == SubscaleRule.MEAN) {
            instrument.level(value).ifPresent(l -> score.level(l.label()));
        }
        return score.build();
    }
}

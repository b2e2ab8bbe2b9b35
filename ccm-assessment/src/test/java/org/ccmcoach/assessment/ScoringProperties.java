package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.statistics.descriptive.Mean;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.json.CcmJson;

/** The scoring invariants of the issue, for the ACIC and the PACIC, with missing items. */
class ScoringProperties {

    private static final List<Instrument> INSTRUMENTS = List.of(Instruments.acic35(), Instruments.pacic20());

    /** A response to one of the instruments, each item answered with probability 0.85. */
    @Provide
    Arbitrary<AssessmentResponse> responses() {
        return Combinators.combine(Arbitraries.of(INSTRUMENTS), Arbitraries.longs(), Arbitraries.doubles().between(0.5, 1))
                .as((instrument, seed, answeredShare) -> {
                    Random random = new Random(seed);
                    AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(instrument.id())
                            .subject(SubjectId.of("s-" + (seed & 0xff))).date(LocalDate.of(2026, 1, 15));
                    int min = (int) instrument.scale().min();
                    int max = (int) instrument.scale().max();
                    for (Item item : instrument.items()) {
                        if (random.nextDouble() < answeredShare) {
                            b.answer(item.id(), min + random.nextInt(max - min + 1));
                        } else if (random.nextBoolean()) {
                            b.missing(item.id());
                        }
                    }
                    return b.build();
                });
    }

    @Provide
    Arbitrary<MissingDataPolicy> policies() {
        return Combinators.combine(Arbitraries.integers().between(0, 6).optional(),
                        Arbitraries.integers().between(0, 20).optional())
                .as((perSubscale, overall) -> {
                    MissingDataPolicy.Builder b = MissingDataPolicy.builder().name("p");
                    perSubscale.ifPresent(b::maxMissing);
                    overall.ifPresent(b::maxMissingOverall);
                    return b.build();
                });
    }

    private static Instrument of(AssessmentResponse r) {
        return Instruments.byId(r.instrument());
    }

    /**
     * Every report scoring computes, and each subscale score, passes the validator's full pass. They
     * are validated when built, as every value is; this guards against a skip creeping back in.
     */
    @Property
    void every_computed_report_passes_full_validation(@ForAll("responses") AssessmentResponse r,
                                                      @ForAll("policies") MissingDataPolicy policy) {
        ScoreReport report = of(r).score(r, policy);
        assertEquals(report, CcmValidator.check(report));
        report.subscales().forEach(s -> assertEquals(s, CcmValidator.check(s)));
        assertEquals(report, ImmutableScoreReport.builder().from(report).build());   // rebuilt: its invariants hold
    }

    @Property
    void every_score_lies_within_the_scale(@ForAll("responses") AssessmentResponse r) {
        Instrument instrument = of(r);
        ScoreReport report = instrument.score(r, MissingDataPolicy.availableItems());
        for (SubscaleScore s : report.subscales()) {
            s.score().ifPresent(v -> assertTrue(v >= instrument.scale().min() && v <= instrument.scale().max(), s.toString()));
        }
        report.overall().ifPresent(v -> assertTrue(v >= instrument.scale().min() && v <= instrument.scale().max()));
    }

    @Property
    void scores_ignore_answer_order(@ForAll("responses") AssessmentResponse r, @ForAll long seed) {
        List<Map.Entry<String, OptionalDouble>> entries = new ArrayList<>(r.answers().entrySet());
        Collections.shuffle(entries, new Random(seed));
        Map<String, OptionalDouble> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
        AssessmentResponse reordered = r.withAnswers(shuffled);
        Instrument instrument = of(r);
        assertEquals(instrument.score(r, MissingDataPolicy.availableItems()),
                instrument.score(reordered, MissingDataPolicy.availableItems()));
    }

    @Property
    void a_constant_form_scores_that_constant_everywhere(@ForAll @IntRange(min = 1, max = 5) int constant,
                                                         @ForAll boolean acic) {
        Instrument instrument = acic ? Instruments.acic35() : Instruments.pacic20();
        AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(instrument.id())
                .subject(SubjectId.of("s")).date(LocalDate.of(2026, 1, 15));
        instrument.items().forEach(i -> b.answer(i.id(), constant));
        ScoreReport report = instrument.score(b.build());
        report.subscales().forEach(s -> assertEquals(constant, s.mean().getAsDouble()));
        assertEquals(constant, report.overall().getAsDouble());
    }

    @Property
    void acic_overall_is_the_mean_of_its_seven_subscale_means(@ForAll("responses") AssessmentResponse r) {
        if (!r.instrument().value().equals("acic-3.5")) {
            return;
        }
        ScoreReport report = Instruments.acic35().score(r, MissingDataPolicy.availableItems());
        if (report.overall().isPresent()) {
            assertEquals(7, report.subscales().size());
            double mean = Mean.of(report.subscales().stream().mapToDouble(s -> s.mean().getAsDouble()).toArray())
                    .getAsDouble();
            assertEquals(mean, report.overall().getAsDouble(), 1e-12);
        }
    }

    @Property
    void loosening_the_policy_never_unscores(@ForAll("responses") AssessmentResponse r,
                                             @ForAll("policies") MissingDataPolicy strict,
                                             @ForAll @IntRange(max = 3) int slack) {
        MissingDataPolicy.Builder looser = MissingDataPolicy.builder().name("looser");
        strict.maxMissing().ifPresent(m -> looser.maxMissing(m + slack));
        strict.maxMissingOverall().ifPresent(m -> looser.maxMissingOverall(m + slack));
        Instrument instrument = of(r);
        ScoreReport a = instrument.score(r, strict);
        ScoreReport b = instrument.score(r, looser.build());
        for (SubscaleScore s : a.subscales()) {
            if (s.scored()) {
                assertEquals(s.score(), b.subscale(s.id()).score(), "looser policy lost " + s.id());
            }
        }
        if (a.overall().isPresent()) {
            assertEquals(a.overall(), b.overall());
        }
    }

    @Property(tries = 300)
    void responses_and_reports_round_trip_through_json(@ForAll("responses") AssessmentResponse r) {
        assertEquals(r, CcmJson.parse(CcmJson.toJson(r), AssessmentResponse.class));
        ScoreReport report = of(r).score(r, MissingDataPolicy.availableItems());
        assertEquals(report, CcmJson.parse(CcmJson.toJson(report), ScoreReport.class));
    }

    /**
     * Scoring never produces a score that is not finite, however wide the scale (ends up to ±10⁹,
     * the bound) and however many items a sum adds, and what it produces fits its instrument.
     */
    @Property(tries = 200)
    void scores_stay_finite_at_the_widest_scale(@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 300) int items,
                                                @ForAll boolean top, @ForAll boolean sum) {
        Instrument.Builder b = Instrument.builder().id(InstrumentId.of("wide")).version("1").title("Wide")
                .citation("property").scale(ResponseScale.builder().min(-ResponseScale.MAX_MAGNITUDE)
                        .max(ResponseScale.MAX_MAGNITUDE).integer(false).build())
                .subscaleRule(sum ? SubscaleRule.SUM : SubscaleRule.MEAN);
        Subscale.Builder all = Subscale.builder().id("all").title("All");
        AssessmentResponse.Builder r = AssessmentResponse.builder().instrument(InstrumentId.of("wide"))
                .subject(SubjectId.of("s")).date(java.time.LocalDate.of(2026, 1, 15));
        for (int i = 0; i < items; i++) {
            b.addItems(Item.of("i" + i, "item " + i));
            all.addItems("i" + i);
            r.answer("i" + i, top ? ResponseScale.MAX_MAGNITUDE : -ResponseScale.MAX_MAGNITUDE);
        }
        Instrument instrument = b.addSubscales(all.build()).build();
        ScoreReport report = instrument.score(r.build());
        double expected = (top ? 1 : -1) * ResponseScale.MAX_MAGNITUDE * (sum ? items : 1);
        org.junit.jupiter.api.Assertions.assertEquals(expected, report.subscale("all").score().getAsDouble(),
                Math.abs(expected) * 1e-12);
        org.junit.jupiter.api.Assertions.assertTrue(Double.isFinite(report.overall().getAsDouble()));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), instrument.violations(report));
    }
}

package org.ccmcoach.assessment;

import static org.ccmcoach.assessment.Fixtures.BASELINE;
import static org.ccmcoach.assessment.Fixtures.acicAnswers;
import static org.ccmcoach.assessment.Fixtures.pacicAnswers;
import static org.ccmcoach.assessment.Fixtures.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final double EXACT = 1e-9;

    private static void assertScore(double expected, OptionalDouble actual) {
        assertTrue(actual.isPresent(), "expected a score of " + expected);
        assertEquals(expected, actual.getAsDouble(), EXACT);
    }

    @Test
    void acic_complete_form_by_hand() {
        ScoreReport r = Instruments.acic35().score(response("acic-3.5", "site-1", BASELINE, acicAnswers()).build());
        assertScore(6.0, r.subscale("organization").mean());
        assertScore(3.0, r.subscale("community").mean());
        assertScore(2.25, r.subscale("self-management-support").mean());
        assertScore(8.5, r.subscale("decision-support").mean());
        assertScore(5.5, r.subscale("delivery-system-design").mean());
        assertScore(10.2, r.subscale("clinical-information-systems").mean());
        assertScore(3.5, r.subscale("integration").mean());
        assertEquals(List.of("B", "C", "D", "B", "C", "A", "C"),
                r.subscales().stream().map(s -> s.level().orElseThrow()).toList());
        assertScore(38.95 / 7, r.overall());
        assertEquals(Optional.of("C"), r.overallLevel());
        assertEquals(34, r.answered());
        assertEquals(MissingDataPolicy.COMPLETE_ONLY, r.policy().name());
    }

    @Test
    void acic_missing_item_complete_only_versus_available_items() {
        AssessmentResponse missing = response("acic-3.5", "site-1", BASELINE, acicAnswers()).missing("3c.1").build();
        ScoreReport strict = Instruments.acic35().score(missing);
        SubscaleScore dsd = strict.subscale("delivery-system-design");
        assertFalse(dsd.scored());
        assertEquals(OptionalDouble.empty(), dsd.mean());
        assertEquals(Optional.of("1 of 6 items missing; policy complete-only allows 0"), dsd.reason());
        assertEquals(OptionalDouble.empty(), strict.overall());
        assertEquals(Optional.of("needs every subscale scored; not scored: delivery-system-design"), strict.overallReason());
        assertScore(6.0, strict.subscale("organization").mean());

        // Available items: (5+6+5+6+5)/5 = 5.4; overall (6+3+2.25+8.5+5.4+10.2+3.5)/7 = 38.85/7.
        ScoreReport lenient = Instruments.acic35().score(missing, MissingDataPolicy.AVAILABLE_ITEMS);
        assertScore(5.4, lenient.subscale("delivery-system-design").mean());
        assertEquals(5, lenient.subscale("delivery-system-design").answered());
        assertEquals(1, lenient.subscale("delivery-system-design").missing());
        assertScore(38.85 / 7, lenient.overall());
        assertEquals(Optional.of("C"), lenient.overallLevel());
    }

    @Test
    void an_absent_item_counts_as_missing() {
        Map<String, Double> answers = acicAnswers();
        answers.remove("4.6");
        ScoreReport r = Instruments.acic35().score(response("acic-3.5", "s", BASELINE, answers).build(),
                MissingDataPolicy.availableItems());
        assertScore(3.0, r.subscale("integration").mean()); // (1+2+3+4+5)/5
    }

    @Test
    void pacic_by_hand() {
        ScoreReport r = Instruments.pacic20().score(response("pacic-20", "pt-1", BASELINE, pacicAnswers()).build());
        assertScore(4.0, r.subscale("patient-activation").mean());
        assertScore(7.0 / 3, r.subscale("delivery-system-design").mean());
        assertScore(3.0, r.subscale("goal-setting").mean());
        assertScore(4.5, r.subscale("problem-solving").mean());
        assertScore(1.8, r.subscale("follow-up").mean());
        assertScore(3.05, r.overall());
        assertEquals(Optional.empty(), r.overallLevel(), "the PACIC has no levels");
    }

    @Test
    void pacic_missing_items_under_icic_rule_and_study_preset() {
        // Items 4 (=2) and 12 (=5) missing.
        AssessmentResponse r = response("pacic-20", "pt-1", BASELINE, pacicAnswers()).missing("4").missing("12").build();
        ScoreReport icic = Instruments.pacic20().score(r);
        assertScore(2.5, icic.subscale("delivery-system-design").mean());   // (2+3)/2
        assertScore(13.0 / 3, icic.subscale("problem-solving").mean());     // (5+4+4)/3
        assertScore(54.0 / 18, icic.overall());                             // (61-2-5)/18
        ScoreReport study = Instruments.pacic20().score(r, Instruments.PACIC_STUDY_POLICY);
        assertFalse(study.subscale("delivery-system-design").scored(), "allows 0 missing there");
        assertScore(13.0 / 3, study.subscale("problem-solving").mean());   // allows 1
        assertScore(3.0, study.overall());                                 // 2 missing, 3 allowed
        // Four missing overall is one too many for the study preset.
        AssessmentResponse more = r.withAnswers(Map.of("1", OptionalDouble.of(3), "7", OptionalDouble.of(1)));
        assertEquals(Optional.of("18 of 20 items missing; policy study-pmc5989474 allows 3"),
                Instruments.pacic20().score(more, Instruments.PACIC_STUDY_POLICY).overallReason());
    }

    @Test
    void readiness_counts_yes() {
        AssessmentResponse r = response("readiness-baseline", "p-1", BASELINE,
                Map.of("b1", 1.0, "b2", 1.0, "b3", 0.0, "b4", 1.0, "b5", 1.0, "b6", 0.0, "b7", 1.0, "b8", 1.0)).build();
        ScoreReport report = Instruments.readinessBaseline().score(r);
        assertScore(6, report.overall());
        assertScore(6, report.subscale("readiness").score());
        assertScore(0.75, report.subscale("readiness").mean());
        assertEquals(Optional.empty(), report.overallLevel());
    }

    @Test
    void acic_levels_use_floor_semantics() {
        Instrument acic = Instruments.acic35();
        assertEquals("D", acic.level(0).orElseThrow().label());
        assertEquals("D", acic.level(2.999).orElseThrow().label());
        assertEquals("C", acic.level(3).orElseThrow().label());
        assertEquals("C", acic.level(5.5).orElseThrow().label());
        assertEquals("B", acic.level(6).orElseThrow().label());
        assertEquals("B", acic.level(8.99).orElseThrow().label());
        assertEquals("A", acic.level(9).orElseThrow().label());
        assertEquals("A", acic.level(11).orElseThrow().label());
        assertEquals(Optional.empty(), acic.level(-0.1));
        assertEquals(Optional.empty(), acic.level(11.1));
        assertEquals(Optional.empty(), acic.level(Double.NaN));
    }

    @Test
    void reverse_coded_items_are_turned_round() {
        Instrument mood = Instrument.builder().id(InstrumentId.of("mood-1")).version("1").title("Mood").citation("test")
                .scale(ResponseScale.ofIntegers(1, 5))
                .addItems(Item.of("up", "cheerful"), Item.builder().id("down").title("gloomy").reverseCoded(true).build())
                .addSubscales(Subscale.builder().id("mood").title("Mood").addItems("up", "down").build())
                .build();
        AssessmentResponse r = response("mood-1", "s", BASELINE, Map.of("up", 4.0, "down", 2.0)).build();
        // down: 1 + 5 - 2 = 4, so (4 + 4) / 2 = 4.
        assertScore(4.0, mood.score(r).overall());
    }

    @Test
    void an_acic_value_of_12_fails_naming_item_value_and_range() {
        // The response is checked against the instrument it is scored with, not against a registry.
        AssessmentResponse twelve = response("acic-3.5", "site-1", BASELINE, Map.of("1.1", 12.0)).build();
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> Instruments.acic35().score(twelve));
        assertEquals("AssessmentResponse.answers[1.1]: item 1.1 must be from 0 to 11 in whole points (was 12)",
                e.getMessage());
    }

    @Test
    void unknown_items_and_fractions_are_named_too() {
        AssessmentResponse misfit = response("acic-3.5", "site-1", BASELINE, Map.of("9.9", 1.0)).answer("1.2", 2.5).build();
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> Instruments.acic35().check(misfit));
        assertEquals(List.of("AssessmentResponse.answers[1.2]: item 1.2 must be a whole point of 0..11 (was 2.5)",
                        "AssessmentResponse.answers[9.9]: is not an item of acic-3.5 (was \"9.9\")"),
                e.problems().stream().map(Object::toString).toList());
        assertEquals("AssessmentResponse.answers[1]: must be a finite number (was NaN)",
                assertThrows(CcmValidationException.class,
                        () -> response("pacic-20", "p", BASELINE, Map.of("1", Double.NaN)).build()).getMessage());
    }

    @Test
    void answers_to_an_unknown_instrument_need_item_ids() {
        // A known instrument names its items (unknown ones are refused above); for an unknown
        // instrument every key must at least be an item identifier.
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> response("nobody-knows", "s", BASELINE, Map.of("a\tb", 1.0)).build());
        assertEquals("AssessmentResponse.answers[a\tb]: " + Item.ID_RULE + " (was \"a\\tb\")", e.getMessage());
        assertEquals(OptionalDouble.of(1.0),
                response("nobody-knows", "s", BASELINE, Map.of("q.1", 1.0)).build().answer("q.1"));
    }

    @Test
    void an_unregistered_instrument_checks_when_scoring() {
        Instrument mine = Instrument.builder().id(InstrumentId.of("unregistered-1")).version("1").title("U")
                .citation("test").scale(ResponseScale.ofIntegers(1, 3)).addItems(Item.of("q", "q"))
                .addSubscales(Subscale.builder().id("all").title("All").addItems("q").build()).build();
        AssessmentResponse off = response("unregistered-1", "s", BASELINE, Map.of("q", 7.0)).build();
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> mine.score(off));
        assertEquals("AssessmentResponse.answers[q]: item q must be from 1 to 3 in whole points (was 7)", e.getMessage());
        CcmValidationException other = assertThrows(CcmValidationException.class,
                () -> Instruments.pacic20().score(response("acic-3.5", "s", BASELINE, Map.of()).build()));
        assertTrue(other.getMessage().startsWith("AssessmentResponse.instrument: must be pacic-20"), other.getMessage());
    }

    @Test
    void responses_validate_their_own_fields() {
        assertEquals("AssessmentResponse.role: must not be blank (was \" \")", assertThrows(CcmValidationException.class,
                () -> response("pacic-20", "p", BASELINE, Map.of()).role(" ").build()).getMessage());
        assertEquals("AssessmentResponse.date: must not be null (was null)", assertThrows(CcmValidationException.class,
                () -> AssessmentResponse.builder().instrument(InstrumentId.of("pacic-20")).subject(SubjectId.of("p")).build())
                .getMessage());
    }

    @Test
    void a_report_reads_as_a_table() {
        ScoreReport r = Instruments.acic35().score(response("acic-3.5", "site-1", BASELINE, acicAnswers())
                .role("consensus").build());
        assertEquals("""
                acic-3.5 site-1 2026-01-15 (consensus)  policy complete-only
                  organization                     6.00  B      6/6
                  community                        3.00  C      3/3
                  self-management-support          2.25  D      4/4
                  decision-support                 8.50  B      4/4
                  delivery-system-design           5.50  C      6/6
                  clinical-information-systems    10.20  A      5/5
                  integration                      3.50  C      6/6
                  overall                          5.56  C    34/34""", r.toString());
    }
}

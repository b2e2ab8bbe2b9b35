package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A definition that cannot be scored consistently is refused, naming the fault. */
class InstrumentDefinitionTest {

    private static Instrument.Builder valid() {
        return Instrument.builder().id(InstrumentId.of("t-1")).version("1").title("T").citation("test")
                .scale(ResponseScale.ofIntegers(0, 11))
                .addItems(Item.of("a", "first"), Item.of("b", "second"))
                .addSubscales(Subscale.builder().id("s").title("S").addItems("a", "b").build())
                .levels(acicBands(0, 2, 3, 5, 6, 8, 9, 11));
    }

    private static List<LevelBand> acicBands(double... bounds) {
        String[] labels = {"D", "C", "B", "A"};
        LevelBand[] bands = new LevelBand[bounds.length / 2];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = LevelBand.builder().label(labels[i]).min(bounds[2 * i]).max(bounds[2 * i + 1]).build();
        }
        return List.of(bands);
    }

    private static List<String> violations(Executable build) {
        CcmValidationException e = assertThrows(CcmValidationException.class, build);
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void the_valid_definition_builds() {
        assertEquals(2, valid().build().items().size());
    }

    @Test
    void repeated_item_ids() {
        assertEquals(List.of("Instrument.items: must not repeat an item id (was \"a\")"),
                violations(() -> valid().addItems(Item.of("a", "again")).build()));
    }

    @Test
    void an_item_in_no_subscale() {
        assertEquals(List.of("Instrument.items[c]: must belong to at least one subscale (was \"c\")"),
                violations(() -> valid().addItems(Item.of("c", "third")).build()));
    }

    @Test
    void a_subscale_naming_an_unknown_item() {
        assertEquals(List.of("Instrument.subscales[t].items: must name items of the instrument (was \"z\")"),
                violations(() -> valid().addSubscales(Subscale.builder().id("t").title("T").addItems("a", "z").build())
                        .build()));
    }

    @Test
    void repeated_subscale_ids_and_the_reserved_name() {
        assertEquals(List.of("Instrument.subscales: must not repeat a subscale id (was \"s\")"),
                violations(() -> valid().addSubscales(Subscale.builder().id("s").title("S2").addItems("a").build())
                        .build()));
        assertEquals(List.of("Subscale.id: must not be \"overall\", the name of the overall score (was \"overall\")"),
                violations(() -> Subscale.builder().id("overall").title("O").addItems("a").build()));
        assertEquals(List.of("Subscale.items: must not repeat an item (was [a, a])"),
                violations(() -> Subscale.builder().id("x").title("X").addItems("a", "a").build()));
    }

    @Test
    void bands_that_overlap_leave_gaps_or_miss_an_end() {
        assertEquals(List.of("Instrument.levels[1].min: (band C) overlaps band D (0..2); must be 3 (was 2)"),
                violations(() -> valid().levels(acicBands(0, 2, 2, 5, 6, 8, 9, 11)).build()));
        assertEquals(List.of("Instrument.levels[2].min: (band B) leaves a gap after band C (3..5); must be 6 (was 7)"),
                violations(() -> valid().levels(acicBands(0, 2, 3, 5, 7, 8, 9, 11)).build()));
        assertEquals(List.of("Instrument.levels[0].min: (band D) must start at the bottom of the scale, 0 (was 1)"),
                violations(() -> valid().levels(acicBands(1, 2, 3, 5, 6, 8, 9, 11)).build()));
        assertEquals(List.of("Instrument.levels[3].max: (band A) must end at the top of the scale, 11 (was 10)"),
                violations(() -> valid().levels(acicBands(0, 2, 3, 5, 6, 8, 9, 10)).build()));
        assertEquals(List.of("LevelBand.max: must be a finite number at least min 3 (was 2)"),
                violations(() -> LevelBand.builder().label("x").min(3).max(2).build()));
    }

    @Test
    void bands_on_a_continuous_scale_meet_end_to_start() {
        Instrument continuous = valid().scale(ResponseScale.builder().min(0).max(3).integer(false).build())
                .levels(acicBands(0, 1.5, 1.5, 3)).build();
        assertEquals("C", continuous.level(1.5).orElseThrow().label());
        assertEquals(List.of("Instrument.levels[1].min: (band C) leaves a gap after band D (0..1.5); must be 1.5 (was 1.6)"),
                violations(() -> valid().scale(ResponseScale.builder().min(0).max(3).integer(false).build())
                        .levels(acicBands(0, 1.5, 1.6, 3)).build()));
    }

    @Test
    void levels_need_mean_scores() {
        assertEquals(List.of("Instrument.levels: need one range of scores to cover, and MEAN_OF_SUBSCALES of SUM subscales"
                + " has none (each sum ranges over its own item count); band means (subscaleRule MEAN) or the sum of"
                + " the items (SUM_OF_ITEMS) (was SUM)"),
                violations(() -> valid().subscaleRule(SubscaleRule.SUM).build()));
    }

    @Test
    void policies_must_name_known_subscales_once() {
        MissingDataPolicy odd = MissingDataPolicy.builder().name("odd").putMaxMissingBySubscale("nope", 1).build();
        assertEquals(List.of("Instrument.policies[odd].maxMissingBySubscale: must name subscales of the instrument (was \"nope\")"),
                violations(() -> valid().addPolicies(odd).build()));
        MissingDataPolicy twice = MissingDataPolicy.availableItems().withName("twice");
        assertEquals(List.of("Instrument.policies: must not repeat a policy name (was \"twice\")"),
                violations(() -> valid().addPolicies(twice, twice).build()));
        assertEquals(List.of("MissingDataPolicy.maxMissing: must be at least 0 (was -1)"),
                violations(() -> MissingDataPolicy.builder().name("neg").maxMissing(-1).build()));
    }

    @Test
    void scales_and_anchors() {
        assertEquals(List.of("ResponseScale.max: must be a finite number within ±1,000,000,000 and more than min 5 (was 5)"),
                violations(() -> ResponseScale.ofIntegers(5, 5)));
        // A sum of two items at 1e308 would be infinite: ends beyond 10^9 are refused.
        assertEquals(List.of("ResponseScale.max: must be a finite number within ±1,000,000,000 and more than min 0"
                        + " (was 1.0E308)"),
                violations(() -> ResponseScale.builder().min(0).max(1e308).integer(false).build()));
        assertEquals(List.of("ResponseScale.anchors[0].value: must be a point of the scale 1..5 (whole numbers) (was 6)"),
                violations(() -> ResponseScale.builder().min(1).max(5).addAnchors(ScaleAnchor.of(6, "six")).build()));
        assertEquals(List.of("ResponseScale.anchors[0].value: must be a point of the scale 1..5 (whole numbers) (was 2.5)"),
                violations(() -> ResponseScale.builder().min(1).max(5).addAnchors(ScaleAnchor.of(2.5, "x")).build()));
    }

    @Test
    void item_ids_and_titles() {
        assertEquals(List.of("Item.id: " + Item.ID_RULE + " (was \" a\")"), violations(() -> Item.of(" a", "t")));
        assertEquals(List.of("Item.title: must not be blank (was \" \")"), violations(() -> Item.of("a", " ")));
        assertEquals("x", Item.builder().id("x").build().id(), "a title is optional");
    }

    @Test
    void unknown_policy_names_are_listed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Instruments.acic35().policy("lenient"));
        assertEquals("Instrument acic-3.5 offers no policy \"lenient\"; it offers: complete-only, available-items",
                e.getMessage());
    }
}

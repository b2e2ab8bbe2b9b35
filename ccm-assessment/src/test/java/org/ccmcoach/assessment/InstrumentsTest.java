package org.ccmcoach.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentsTest {

    @Test
    void acic_35_as_specified() {
        Instrument acic = Instruments.acic35();
        assertEquals("acic-3.5", acic.id().value());
        assertEquals(34, acic.items().size());
        // domain/instruments.md: seven subscales of 6, 3, 4, 4, 6, 5, 6 items.
        assertEquals(List.of("organization", "community", "self-management-support", "decision-support",
                "delivery-system-design", "clinical-information-systems", "integration"),
                acic.subscales().stream().map(Subscale::id).toList());
        assertEquals(List.of(6, 3, 4, 4, 6, 5, 6), acic.subscales().stream().map(s -> s.items().size()).toList());
        assertEquals(List.of("3a.1", "3a.2", "3a.3", "3a.4"), acic.subscale("self-management-support").items());
        assertEquals(Optional.of(CcmElement.COMMUNITY), acic.subscale("community").element());
        assertEquals(Optional.empty(), acic.subscale("integration").element());
        assertEquals("0..11", acic.scale().range());
        assertTrue(acic.scale().integer());
        assertEquals(List.of("D 0..2 (limited or no support)", "C 3..5 (basic support)",
                "B 6..8 (reasonably good support)", "A 9..11 (fully developed support)"),
                acic.levels().stream().map(LevelBand::toString).toList());
        assertEquals(OverallRule.MEAN_OF_SUBSCALES, acic.overallRule());
        assertEquals(MissingDataPolicy.COMPLETE_ONLY, acic.defaultPolicy().name());
        assertEquals(Optional.of("registry"), acic.item("3d.1").flatMap(Item::title));
    }

    @Test
    void pacic_20_as_specified() {
        Instrument pacic = Instruments.pacic20();
        assertEquals(20, pacic.items().size());
        assertEquals(List.of(3, 3, 5, 4, 5), pacic.subscales().stream().map(s -> s.items().size()).toList());
        assertEquals(List.of("12", "13", "14", "15"), pacic.subscale("problem-solving").items());
        assertEquals("1..5", pacic.scale().range());
        assertEquals(OverallRule.MEAN_OF_ITEMS, pacic.overallRule());
        assertEquals(MissingDataPolicy.AVAILABLE_ITEMS, pacic.defaultPolicy().name());
        MissingDataPolicy study = pacic.policy(Instruments.PACIC_STUDY_POLICY);
        // PMC5989474 table 3: at most 0, 0, 1, 1, 1 missing per subscale and 3 overall.
        assertEquals(Map.of("patient-activation", 0, "delivery-system-design", 0, "goal-setting", 1,
                "problem-solving", 1, "follow-up", 1), study.maxMissingBySubscale());
        assertEquals(OptionalInt.of(3), study.maxMissingOverall());
        assertTrue(pacic.levels().isEmpty());
    }

    @Test
    void readiness_checklists_count_yes_answers() {
        assertEquals(8, Instruments.readinessBaseline().items().size());
        assertEquals(4, Instruments.readinessFollowUp().items().size());
        assertEquals(SubscaleRule.SUM, Instruments.readinessBaseline().subscaleRule());
        assertEquals("0..1", Instruments.readinessFollowUp().scale().range());
    }

    @Test
    void byId_finds_built_ins_and_names_the_known_ones_otherwise() {
        assertSame(Instruments.acic35(), Instruments.byId(InstrumentId.of("acic-3.5")));
        assertSame(Instruments.pacic20(), Instruments.byId(InstrumentId.of("pacic-20")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Instruments.byId(InstrumentId.of("pcmh-a")));
        for (String known : List.of("acic-3.5", "pacic-20", "readiness-3-month", "readiness-baseline")) {
            assertTrue(e.getMessage().contains(known), e.getMessage());
        }
        assertTrue(e.getMessage().startsWith("No instrument \"pcmh-a\" is built in or registered; known: "));
    }

    @Test
    void built_ins_are_json_that_reads_back_equal() {
        for (Instrument i : List.of(Instruments.acic35(), Instruments.pacic20(), Instruments.readinessBaseline(),
                Instruments.readinessFollowUp())) {
            assertEquals(i, Instrument.parse(CcmJson.toJson(i)));
        }
    }

    @Test
    void a_coded_instrument_without_subscales_is_json_too() {
        // A PHQ-9-like form: four coded answers 0..3 and a declined code, the total a sum of the items,
        // a difficulty question asked but not scored.
        String loinc = "http://loinc.org";
        Instrument coded = Instrument.parse("""
                {"id": "phq-like", "version": "1", "title": "Coded", "citation": "test",
                 "scale": {"min": 0, "max": 3, "codes": [
                    {"system": "http://loinc.org", "code": "LA6568-5", "display": "Not at all", "score": 0},
                    {"system": "http://loinc.org", "code": "LA6571-9", "score": 3},
                    {"code": "asked-declined"}]},
                 "items": [{"id": "/44250-9"}, {"id": "/44255-8"}],
                 "unscoredQuestions": ["/69722-7"],
                 "overallRule": "SUM_OF_ITEMS", "subscaleRule": "SUM"}
                """);
        assertEquals(List.of(), coded.subscales());
        assertEquals(java.util.Optional.of(AnswerCode.of(loinc, "LA6571-9", 3)), coded.scale().code(loinc, "LA6571-9"));
        assertEquals(java.util.Optional.of(AnswerCode.of(loinc, "LA6571-9", 3)), coded.scale().code(null, "LA6571-9"),
                "an answer that gives no system matches by code");
        assertEquals(java.util.OptionalDouble.empty(), coded.scale().code(null, "asked-declined").orElseThrow().score());
        assertEquals(coded, Instrument.parse(CcmJson.toJson(coded)));
        // 3 + 0 = 3: a sum of the items, not their mean
        assertEquals(java.util.OptionalDouble.of(3), coded.score(Fixtures.response("phq-like", "s", Fixtures.BASELINE,
                Map.of("/44250-9", 3.0, "/44255-8", 0.0)).build()).overall());
    }

    @Test
    void a_mean_of_subscales_needs_subscales() {
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> Instrument.parse("""
                {"id": "flat", "version": "1", "title": "Flat", "citation": "test",
                 "scale": {"min": 0, "max": 3}, "items": [{"id": "a"}]}
                """));
        assertTrue(e.getMessage().contains("Instrument.overallRule: needs subscales; an instrument without them is scored"
                + " over its items (MEAN_OF_ITEMS, SUM_OF_ITEMS or RESCALED_MEAN_OF_ITEMS)"), e.getMessage());
    }

    @Test
    void a_user_instrument_loads_and_registers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mini.json");
        Files.writeString(file, """
                {"id": "mini-1", "version": "1", "title": "Mini", "citation": "test",
                 "scale": {"min": 1, "max": 12},
                 "items": [{"id": "a"}, {"id": "b"}],
                 "subscales": [{"id": "all", "title": "All", "items": ["a", "b"]}],
                 "levels": [{"label": "D", "min": 1, "max": 3}, {"label": "C", "min": 4, "max": 6},
                            {"label": "B", "min": 7, "max": 9}, {"label": "A", "min": 10, "max": 12}]}
                """);
        Instrument mini = Instrument.read(file);
        assertEquals(Optional.of("B"), mini.level(9.5).map(LevelBand::label));
        assertSame(mini, Instruments.register(mini));
        assertSame(mini, Instruments.register(Instrument.read(file)), "an equal definition again is harmless");
        assertSame(mini, Instruments.byId(InstrumentId.of("mini-1")));
        assertThrows(IllegalArgumentException.class, () -> Instruments.register(mini.withTitle("Other")));
        assertThrows(IllegalArgumentException.class, () -> Instruments.register(Instruments.acic35().withTitle("Mine")));
        // Built in code, a response is checked against the instrument it is scored with; read from a
        // document that names a registered instrument, against that instrument.
        AssessmentResponse thirteen = Fixtures.response("mini-1", "s", Fixtures.BASELINE, Map.of("a", 13.0)).build();
        assertThrows(org.ccmcoach.core.value.CcmValidationException.class, () -> mini.score(thirteen));
        CcmJsonException read = assertThrows(CcmJsonException.class, () -> CcmJson.parse(CcmJson.toJson(thirteen),
                AssessmentResponse.class));
        assertTrue(read.getMessage().contains("item a must be from 1 to 12"), read.getMessage());
    }

    @Test
    void a_malformed_definition_file_fails_with_its_place() {
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> Instrument.parse("""
                {"id": "bad-1", "version": "1", "title": "Bad", "citation": "test",
                 "scale": {"min": 1, "max": 5},
                 "items": [{"id": "a"}, {"id": "b"}],
                 "subscales": [{"id": "all", "title": "All", "items": ["a"]}]}
                """));
        // The rule names item b by its id; the document holds it at index 1, on line 3 after
        // ` "items": [{"id": "a"}, ` (24 characters): column 25.
        assertEquals(List.of("/items/1", 3, 25), List.of(e.pointer(), e.line(), e.column()));
        assertTrue(e.getMessage().endsWith("Instrument.items[b]: must belong to at least one subscale (was \"b\")"),
                e.getMessage());
    }
}

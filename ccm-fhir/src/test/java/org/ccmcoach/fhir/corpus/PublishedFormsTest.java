package org.ccmcoach.fhir.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.MissingDataPolicy;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.questionnaire.FhirResponses;
import org.ccmcoach.fhir.questionnaire.InstrumentQuestionnaires;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questionnaires and responses that HL7 and LHC-Forms (NLM) publish, read as ccm reads any form.
 *
 * <p>The corpus (folder {@code corpus/}, sources and licences in its {@code SOURCES.md}) was
 * gathered, and every expected total in {@code expected.json} worked by hand from the published
 * weights, by a separate session that saw only the published resources, not ccm's code or its
 * answers. Each case is read and scored to that total, or refused with a message that says what to
 * change.
 */
class PublishedFormsTest {

    private static final String FOLDER = "/org/ccmcoach/fhir/corpus/";

    @TestFactory
    Stream<DynamicTest> every_published_case_reads_as_worked_by_hand() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases()) {
            String name = c.get("questionnaire").asString() + " + " + c.get("response").asString();
            tests.add(DynamicTest.dynamicTest(name, () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        String form = c.get("questionnaire").asString();
        String answers = c.get("response").asString();
        if (c.get("expect").asString().equals("refused")) {
            CcmFhirException e = assertThrows(CcmFhirException.class,
                    () -> assess(response(answers), instrument(questionnaire(form))));
            // What the independent session said each refusal should say, in ccm's words.
            for (String says : REFUSALS_SAY.get(form + " + " + answers)) {
                assertTrue(e.getMessage().contains(says), says + " in " + e.getMessage());
            }
            return;
        }
        Questionnaire q = questionnaire(form);
        Instrument instrument;
        if (STATES_NO_RULE.contains(form)) {
            // The PHQ-9 and GAD-7 totals are sums (Kroenke 2001, Spitzer 2006); a form that does not say
            // so is refused, naming the call that gives the rule, and scored once the caller gives it.
            CcmFhirException e = assertThrows(CcmFhirException.class, () -> instrument(q));
            assertTrue(e.getMessage().contains("states no scoring rule, and ccm does not guess one"), e.getMessage());
            instrument = InstrumentQuestionnaires.toInstrument(q, OverallRule.SUM_OF_ITEMS);
        } else {
            instrument = instrument(q);
        }
        Map<String, Double> byHand = new LinkedHashMap<>();
        c.get("answers").properties().forEach(e -> byHand.put(e.getKey(), e.getValue().asDouble()));
        List<String> scored = new ArrayList<>();
        c.get("itemsScored").forEach(n -> scored.add(n.asString()));
        assertEquals(scored, instrument.items().stream().map(org.ccmcoach.assessment.Item::id).toList(),
                "the scored questions, in the form's order");
        c.get("notScored").forEach(n -> assertTrue(instrument.item(n.asString()).isEmpty(), n.asString() + " is not scored"));
        AssessmentResponse response = assess(response(answers), instrument);
        byHand.forEach((item, score) -> assertEquals(OptionalDouble.of(score), response.answer(item), item));
        ScoreReport report = instrument.score(response, MissingDataPolicy.availableItems());
        assertEquals(c.get("total").asDouble(), report.overall().orElseThrow(), 1e-12, c.get("why").asString());
        assertEquals(c.get("missing").asInt(), report.missing());
    }

    /** For each refused case, what its message must name: the item, the code and both weights, or what to add. */
    private static final Map<String, List<String>> REFUSALS_SAY = Map.of(
            "lhc-phq9.json + derived-lhc-phq9-response-ordinal-disagrees.json",
            List.of("item /44259-0: the answer carries weight 0, but 44249-1 scores LA6571-9 (Nearly every day) as 3",
                    "correct or remove the weight"),
            "derived-lhc-phq9-noweights.json + derived-lhc-phq9-response.json",
            List.of("must hold a scored question \"/44250-9\", which the form's total sums: a choice scores by its options'"
                    + " weights (itemWeight or ordinalValue)"),
            "phr-questionnaire-phq9.json + phr-questionnaireresponse-phq9.json",
            List.of("states no scoring rule", "add the itemWeight extension"),
            "phr-questionnaire-gad7.json + phr-questionnaireresponse-gad7.json",
            List.of("states no scoring rule", "add the itemWeight extension"));

    /** Forms whose total is a hidden display item or absent: they state no rule ccm can read. */
    private static final java.util.Set<String> STATES_NO_RULE = java.util.Set.of("lhc-argonaut-phq9-ish.json",
            "derived-phr-gad7-itemWeight.json");

    /** Forms that name themselves nowhere (no url, id, code or title): ccm names the instrument by its URL. */
    private static final java.util.Set<String> NAMELESS = java.util.Set.of("lhc-q-with-contained-valueset-with-itemWeight.json");

    /**
     * LHC-Forms' PHQ-9 and the forms derived from it write each {@code valueDuration.value} as the
     * string "1", which R4's JSON refuses (a decimal is a JSON number). ccm refuses them, each at its
     * FHIRPath with what to change; the test then reads them with that change made.
     */
    private static final java.util.Set<String> NUMBERS_AS_STRINGS = java.util.Set.of("lhc-phq9.json",
            "lhc-phq9-with-the-weight-function.json", "derived-lhc-phq9-itemWeight.json", "derived-lhc-phq9-noweights.json",
            "derived-lhc-gad7.json");

    static Questionnaire questionnaire(String file) {
        byte[] json = bytes(file);
        if (NUMBERS_AS_STRINGS.contains(file)) {
            byte[] verbatim = json;
            CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirJson.parse(verbatim, Questionnaire.class));
            assertTrue(e.problems().stream().allMatch(p -> p.location().toString().endsWith(".value.value")
                    && p.rule().startsWith("must be a JSON number, not a string: write it without quotes")), e.getMessage());
            json = new String(json, StandardCharsets.UTF_8).replaceAll("\"value\": \"(\\d+)\"", "\"value\": $1")
                    .getBytes(StandardCharsets.UTF_8);
        }
        Questionnaire q = FhirJson.parse(json, Questionnaire.class);
        if (NAMELESS.contains(file)) {
            CcmFhirException e = assertThrows(CcmFhirException.class, () -> instrument(q));
            assertTrue(e.getMessage().contains("Questionnaire.url: must be given, or an id or a code"), e.getMessage());
            q.setUrl("http://example.org/fhir/Questionnaire/lforms-weights").setTitle("LHC-Forms itemWeight test form");
        }
        return q;
    }

    static Instrument instrument(Questionnaire q) {
        return InstrumentQuestionnaires.toInstrument(q);
    }

    /** A response scored for its subject, or for a patient the test names where the response names none. */
    static AssessmentResponse assess(QuestionnaireResponse r, Instrument instrument) {
        return r.hasSubject() ? FhirResponses.toAssessment(r, instrument)
                : FhirResponses.toAssessment(r, instrument, SubjectId.of("patient-1"));
    }

    static QuestionnaireResponse response(String file) {
        return FhirJson.parse(bytes(file), QuestionnaireResponse.class);
    }

    static byte[] bytes(String file) {
        try (InputStream in = PublishedFormsTest.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("no corpus file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> cases() {
        List<JsonNode> all = new ArrayList<>();
        JsonMapper.builder().build().readTree(new String(bytes("expected.json"), StandardCharsets.UTF_8)).forEach(all::add);
        return all;
    }
}

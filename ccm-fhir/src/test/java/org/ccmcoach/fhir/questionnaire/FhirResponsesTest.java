package org.ccmcoach.fhir.questionnaire;

import org.ccmcoach.fhir.FhirProblems;

import org.ccmcoach.core.value.Problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.assessment.csv.ResponseCsv;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.core.value.Problem;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

class FhirResponsesTest {

    private static final Path DATA = Path.of("../examples/data");
    private static final Instrument PACIC = Instruments.pacic20();

    /**
     * Done when: the synthetic portal's QuestionnaireResponses (examples/data/fhir, written with
     * HAPI's model from the CSV, not by this mapping) score to the same reports as the same answers
     * read from the CSV.
     */
    @Test
    void the_portals_responses_score_as_the_same_answers_from_csv() throws IOException {
        Map<String, ScoreReport> fromCsv = ResponseCsv.read(DATA.resolve("pacic-10-months.csv"), PACIC).stream()
                .filter(r -> r.subject().toString().equals("c1-team1"))
                .collect(Collectors.toMap(r -> r.respondent().orElseThrow(), PACIC::score));
        List<Path> files;
        try (Stream<Path> all = Files.list(DATA.resolve("fhir/pacic-c1-team1"))) {
            files = all.sorted().toList();
        }
        assertEquals(fromCsv.size(), files.size(), "one QuestionnaireResponse per c1-team1 row of the CSV");
        assertEquals(27, files.size());
        int blanks = 0;
        for (Path file : files) {
            assertEquals(List.of(), org.ccmcoach.fhir.R4Conformance.problems(FhirJson.read(file, QuestionnaireResponse.class)),
                    "the synthetic portal writes conformant R4: " + file);
            AssessmentResponse response = FhirResponses.read(file, PACIC);
            ScoreReport report = PACIC.score(response);
            assertEquals(fromCsv.get(response.respondent().orElseThrow()), report, file.toString());
            assertEquals("patient", response.role().orElseThrow());
            blanks += report.missing();
        }
        assertTrue(blanks > 0, "some answers are blank, as in the CSV: missing items must map to missing");
    }

    /**
     * A response written by hand after the FHIR specification's QuestionnaireResponse examples
     * (f201: nested groups of the form's own linkIds, a narrative, author rather than source, a
     * blank item), not produced by ccm. PACIC's scoring (available items) by hand:
     * activation (4+5+3)/3 = 4; delivery (2+3+4)/3 = 3; goals (1+2+3+4+5)/5 = 3;
     * problem solving (3+3+4)/3 = 3.3333 (item 15 blank); follow-up (1+1+2+2+4)/5 = 2;
     * overall, the mean of the 19 answers, 56/19 = 2.947368.
     */
    @Test
    void a_response_written_after_the_specifications_examples_scores_as_by_hand() throws IOException {
        QuestionnaireResponse qr = read("pacic-spec-style.json");
        assertEquals(List.of(), org.ccmcoach.fhir.R4Conformance.problems(qr), "the hand-written response is valid R4");
        AssessmentResponse response = FhirResponses.toAssessment(qr, PACIC, SubjectId.of("c1-team1"));
        assertEquals(SubjectId.of("c1-team1"), response.subject());
        assertEquals("f201", response.respondent().orElseThrow());
        assertEquals(LocalDate.of(2013, 6, 18), response.date(), "the day as written, in its own time zone");
        ScoreReport report = PACIC.score(response);
        assertEquals(4.0, report.subscale("patient-activation").score().getAsDouble(), 1e-9);
        assertEquals(3.0, report.subscale("delivery-system-design").score().getAsDouble(), 1e-9);
        assertEquals(3.0, report.subscale("goal-setting").score().getAsDouble(), 1e-9);
        assertEquals(10.0 / 3, report.subscale("problem-solving").score().getAsDouble(), 1e-9);
        assertEquals(2.0, report.subscale("follow-up").score().getAsDouble(), 1e-9);
        assertEquals(56.0 / 19, report.overall().getAsDouble(), 1e-9);
        assertEquals(1, report.missing());
        // Without the subject given, the resource's subject (the patient) is the subject.
        assertEquals(SubjectId.of("f201"), FhirResponses.toAssessment(qr, PACIC).subject());
    }

    /** Done when: unknown linkId, text where an integer belongs, a value outside 1..5, all located, in one exception. */
    @Test
    void a_malformed_response_fails_with_every_problem_located() throws IOException {
        String json = Files.readString(DATA.resolve("fhir/pacic-c1-team1/pacic-c1-team1-f01.json"))
                .replaceFirst("\"linkId\": \"20\"", "\"linkId\": \"21\"")
                .replaceFirst("(\"linkId\": \"4\",[^\\]]*?)\"valueInteger\": \\d", "$1\"valueString\": \"often\"")
                .replaceFirst("(\"linkId\": \"5\",[^\\]]*?)\"valueInteger\": \\d", "$1\"valueInteger\": 7");
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirResponses.parse(json, PACIC));
        assertEquals(List.of(
                "QuestionnaireResponse.item[3].answer[0]: item 4 must be answered with a whole number (valueInteger)"
                        + " from 1 to 5, not valueString (was \"often\")",
                "QuestionnaireResponse.item[4].answer[0]: item 5 must be a whole number (valueInteger) from 1 to 5"
                        + " (was \"7\")",
                "QuestionnaireResponse.item[19].linkId: must be an item of pacic-20 (its items are 1, 2 … 20) (was \"21\")"),
                e.problems().stream().map(Problem::toString).toList());
        assertTrue(e.getMessage().startsWith("QuestionnaireResponse \"pacic-c1-team1-f01\" cannot be read; 3 problems:"),
                e.getMessage());
    }

    @Test
    void text_in_an_integer_element_is_located_at_its_fhirpath() {
        String json = """
                {"resourceType": "QuestionnaireResponse", "status": "completed",
                 "questionnaire": "http://ccmcoach.org/fhir/Questionnaire/pacic-20", "authored": "2026-03-01",
                 "subject": {"reference": "Organization/c1-team1"},
                 "item": [{"linkId": "1", "answer": [{"valueInteger": 3}]},
                          {"linkId": "2", "answer": [{"valueInteger": "three"}]}]}
                """;
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirResponses.parse(json, PACIC));
        assertEquals(List.of(FhirProblems.of("QuestionnaireResponse.item[1].answer[0].value",
                "must be a valid FHIR integer", "three")), e.problems());
    }

    /** Errors once: a fault of the JSON and a fault of the mapping come in the same exception. */
    @Test
    void problems_of_the_json_and_of_the_mapping_are_listed_together() {
        String json = """
                {"resourceType": "QuestionnaireResponse", "status": "completed", "colour": "red",
                 "questionnaire": "http://ccmcoach.org/fhir/Questionnaire/pacic-20", "authored": "2026-03-01",
                 "subject": {"reference": "Organization/c1-team1"},
                 "item": [{"linkId": "1", "answer": [{"valueInteger": "three"}]}, {"linkId": "99"}]}
                """;
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirResponses.parse(json, PACIC));
        assertEquals(List.of("QuestionnaireResponse", "QuestionnaireResponse.item[0].answer[0].value",
                "QuestionnaireResponse.item[1].linkId"), e.problems().stream().map(p -> p.location().toString()).toList(),
                e.getMessage());
        assertTrue(e.problems().get(0).rule().contains("colour"), e.getMessage());
    }

    @Test
    void a_response_to_another_questionnaire_version_or_status_is_refused() {
        String json = """
                {"resourceType": "QuestionnaireResponse", "status": "in-progress",
                 "questionnaire": "http://ccmcoach.org/fhir/Questionnaire/pacic-20|11-item",
                 "subject": {"reference": "Organization/c1-team1"},
                 "item": [{"linkId": "1", "answer": [{"valueInteger": 3}, {"valueInteger": 4}]}]}
                """;
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirResponses.parse(json, PACIC));
        assertEquals(List.of("QuestionnaireResponse.status", "QuestionnaireResponse.questionnaire",
                "QuestionnaireResponse.authored", "QuestionnaireResponse.item[0].answer"),
                e.problems().stream().map(p -> p.location().toString()).toList(), e.getMessage());
        assertTrue(e.problems().get(1).rule().contains("version 20-item"), e.getMessage());
    }

    @Test
    void a_response_without_a_questionnaire_is_not_scored_as_any_instrument() {
        String json = """
                {"resourceType": "QuestionnaireResponse", "status": "completed", "authored": "2026-03-01",
                 "subject": {"reference": "Organization/c1-team1"}}
                """;
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirResponses.parse(json, Instruments.acic35()));
        assertEquals("QuestionnaireResponse.questionnaire", e.problems().get(0).location().toString());
    }

    static QuestionnaireResponse read(String resource) throws IOException {
        try (InputStream in = FhirResponsesTest.class.getResourceAsStream(resource)) {
            return FhirJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), QuestionnaireResponse.class);
        }
    }
}

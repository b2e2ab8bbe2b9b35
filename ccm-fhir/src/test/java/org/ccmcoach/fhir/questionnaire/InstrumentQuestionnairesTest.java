package org.ccmcoach.fhir.questionnaire;

import org.ccmcoach.core.value.Problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.R4Conformance;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.junit.jupiter.api.Test;

class InstrumentQuestionnairesTest {

    @Test
    void the_pacic_as_a_questionnaire_has_its_subscales_as_groups_and_bounded_integer_questions() {
        Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(Instruments.pacic20());
        assertEquals("http://ccmcoach.org/fhir/Questionnaire/pacic-20", q.getUrl());
        assertEquals("20-item", q.getVersion());
        assertEquals("Pacic20", q.getName());
        // ICIC's scoring: 5 subscales of 3, 3, 5, 4, 5 items (the published PACIC-20).
        assertEquals(List.of("patient-activation", "delivery-system-design", "goal-setting", "problem-solving", "follow-up"),
                q.getItem().stream().map(QuestionnaireItemComponent::getLinkId).toList());
        assertEquals(List.of(3, 3, 5, 4, 5), q.getItem().stream().map(g -> g.getItem().size()).toList());
        QuestionnaireItemComponent first = q.getItem().get(0).getItem().get(0);
        assertEquals(QuestionnaireItemType.INTEGER, first.getType());
        assertEquals(List.of(1, 2, 3, 4, 5), first.getAnswerOption().stream()
                .map(o -> ((IntegerType) o.getValue()).getValue()).toList());
        assertEquals(1, ((IntegerType) first.getExtensionByUrl(InstrumentQuestionnaires.MIN_VALUE).getValue()).getValue());
        assertEquals(5, ((IntegerType) first.getExtensionByUrl(InstrumentQuestionnaires.MAX_VALUE).getValue()).getValue());
        // The PACIC scores whatever was answered (available items): no question is required.
        assertFalse(first.getRequired());
        assertEquals("none of the time", first.getAnswerOption().get(0)
                .getExtensionByUrl(org.ccmcoach.fhir.Canonicals.ANCHOR_LABEL).getValue().primitiveValue());
    }

    /** ccm's ids may hold ':' and '_', FHIR's may not: the resource id replaces them, the URL keeps the id. */
    @Test
    void an_instrument_id_fhir_would_refuse_as_a_resource_id_is_written_as_one_it_accepts() {
        Instrument instrument = Instruments.pacic20().withId(org.ccmcoach.assessment.InstrumentId.of("pacic_20:nl"));
        Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(instrument);
        assertEquals("pacic-20-nl", q.getIdElement().getIdPart());
        assertEquals(List.of(), R4Conformance.problems(q));
        q.setId("pacic_20:nl");
        assertFalse(R4Conformance.problems(q).isEmpty(), "R4's schema refuses the id as it was");
        assertEquals("pacic_20:nl", InstrumentQuestionnaires.toInstrument(q).id().toString());
    }

    @Test
    void the_acic_is_required_throughout_since_it_scores_complete_answers_only() {
        Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(Instruments.acic35());
        assertTrue(q.getItem().stream().flatMap(g -> g.getItem().stream()).allMatch(QuestionnaireItemComponent::getRequired));
        assertEquals(Instruments.acic35().items().size(), q.getItem().stream().mapToInt(g -> g.getItem().size()).sum());
    }

    @Test
    void built_in_instruments_conform_to_r4_and_come_back_the_same_but_for_their_other_policies() {
        for (Instrument instrument : List.of(Instruments.acic35(), Instruments.pacic20())) {
            Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(instrument);
            assertEquals(List.of(), R4Conformance.problems(q), instrument.id().toString());
            Questionnaire read = FhirJson.parse(FhirJson.toJson(q), Questionnaire.class);
            Instrument back = InstrumentQuestionnaires.toInstrument(read);
            assertEquals(instrument.withPolicies(List.of()), back, instrument.id().toString());
        }
    }

    @Test
    void a_questionnaire_that_does_not_fit_names_each_item_that_does_not() {
        Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(Instruments.pacic20());
        QuestionnaireItemComponent group = q.getItem().get(1);
        group.getItem().get(0).setType(QuestionnaireItemType.STRING);                 // item 4
        group.getItem().get(1).getExtensionByUrl(InstrumentQuestionnaires.MAX_VALUE)  // item 5 on 1..7
                .setValue(new IntegerType(7));
        group.getItem().get(1).getAnswerOption().clear();
        q.addItem().setLinkId("21").setText("loose").setType(QuestionnaireItemType.INTEGER);
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> InstrumentQuestionnaires.toInstrument(q));
        assertEquals(List.of("Questionnaire.item[1].item[0].type", "Questionnaire.item[1].item[1]", "Questionnaire.item[5]"),
                e.problems().stream().map(p -> p.location().toString()).toList(), e.getMessage());
        assertTrue(e.problems().get(0).rule().contains("(linkId 4) must be integer, decimal, or choice"), e.getMessage());
        assertEquals("1..7 in whole points", e.problems().get(1).value().orElseThrow());
        assertTrue(e.problems().get(2).rule().contains("(linkId 21) must be within a group"), e.getMessage());
    }

    /** An item counted in a second subscale keeps it, and a subscale named without its group is a problem. */
    @Test
    void an_item_in_two_subscales_is_asked_once_and_counted_in_both() {
        Instrument pacic = Instruments.pacic20();
        Instrument overlapping = pacic.withSubscales(List.of(pacic.subscales().get(0), pacic.subscales().get(1),
                pacic.subscales().get(2), pacic.subscales().get(3), pacic.subscales().get(4),
                org.ccmcoach.assessment.Subscale.builder().id("goals-and-follow-up").title("Goals and follow-up")
                        .addItems("7", "20").build()));
        Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(overlapping);
        assertEquals(List.of(), R4Conformance.problems(q));
        assertEquals(21, q.getItem().stream().mapToInt(g -> g.getItem().size()).sum(), "each item asked once, and a note");
        assertEquals(List.of("7", "20"), InstrumentQuestionnaires.toInstrument(q).subscale("goals-and-follow-up").items());
        q.getItem().remove(5); // the group that holds no question of its own
        q.getItem().remove(4);
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> InstrumentQuestionnaires.toInstrument(q));
        assertEquals(List.of("goals-and-follow-up"), e.problems().stream().map(p -> p.value().orElseThrow()).toList(),
                e.getMessage());
    }

    @Test
    void a_questionnaire_from_elsewhere_that_states_no_rule_is_scored_only_by_the_callers() {
        Questionnaire q = new Questionnaire().setUrl("https://example.org/fhir/Questionnaire/mini-survey").setVersion("1")
                .setTitle("Mini survey").setDescription("Example, 2026");
        QuestionnaireItemComponent group = q.addItem().setLinkId("care").setText("Care").setType(QuestionnaireItemType.GROUP);
        for (String id : List.of("q1", "q2")) {
            QuestionnaireItemComponent item = group.addItem().setLinkId(id).setText("Question " + id)
                    .setType(QuestionnaireItemType.INTEGER);
            for (int p = 0; p <= 3; p++) {
                item.addAnswerOption().setValue(new IntegerType(p));
            }
        }
        // Issue 30: a PHQ-9 loaded this way scored as the mean of its items (1.11 where the total is 10).
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> InstrumentQuestionnaires.toInstrument(q));
        assertEquals(List.of("Questionnaire: states no scoring rule, and ccm does not guess one: give it, such as"
                + " InstrumentQuestionnaires.toInstrument(form, OverallRule.SUM_OF_ITEMS) for a total"),
                e.problems().stream().map(Object::toString).toList());
        Instrument instrument = InstrumentQuestionnaires.toInstrument(q, org.ccmcoach.assessment.OverallRule.SUM_OF_ITEMS);
        assertEquals("mini-survey", instrument.id().toString());
        assertEquals("0..3 (whole points)", instrument.scale().toString());
        assertEquals("complete-only", instrument.defaultPolicy().name(), "a sum over fewer items is not the total");
        assertEquals(List.of(), instrument.subscales(), "a group of a form from elsewhere lays it out; it is no subscale");
        assertEquals(org.ccmcoach.assessment.SubscaleRule.SUM, instrument.subscaleRule());
    }

    @Test
    void a_choice_questionnaire_with_scored_options_is_an_instrument_and_its_coded_answers_score() {
        Questionnaire q = new Questionnaire().setUrl("https://example.org/fhir/Questionnaire/likert-2").setVersion("2")
                .setTitle("Two Likert items").setDescription("Example, 2026");
        QuestionnaireItemComponent group = q.addItem().setLinkId("care").setText("Care").setType(QuestionnaireItemType.GROUP);
        String[] labels = {"never", "sometimes", "often", "always"};
        for (String id : List.of("a", "b")) {
            QuestionnaireItemComponent item = group.addItem().setLinkId(id).setType(QuestionnaireItemType.CHOICE);
            for (int p = 0; p < labels.length; p++) {
                org.hl7.fhir.r4.model.Coding c = new org.hl7.fhir.r4.model.Coding("https://example.org/likert", "L" + p, labels[p]);
                c.addExtension(AnswerWeights.ORDINAL_VALUE, new org.hl7.fhir.r4.model.DecimalType(p));
                item.addAnswerOption().setValue(c);
            }
        }
        Instrument likert = InstrumentQuestionnaires.toInstrument(q, org.ccmcoach.assessment.OverallRule.MEAN_OF_ITEMS);
        assertEquals("0..3 (whole points; 0 = never, 1 = sometimes, 2 = often, 3 = always)", likert.scale().toString());
        org.hl7.fhir.r4.model.QuestionnaireResponse qr = new org.hl7.fhir.r4.model.QuestionnaireResponse()
                .setQuestionnaire(q.getUrl()).setStatus(org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .setSubject(new org.hl7.fhir.r4.model.Reference("Organization/site-1"))
                .setAuthoredElement(new org.hl7.fhir.r4.model.DateTimeType("2026-05-04"));
        for (String id : List.of("a", "b")) {
            QuestionnaireItemComponent asked = group.getItem().stream().filter(i -> i.getLinkId().equals(id)).findFirst().orElseThrow();
            qr.addItem().setLinkId(id).addAnswer().setValue(asked.getAnswerOption().get(id.equals("a") ? 3 : 1).getValueCoding().copy());
        }
        var report = likert.score(FhirResponses.toAssessment(qr, likert));
        assertEquals(2.0, report.overall().getAsDouble(), 1e-12);
        // A Coding is scored from its code: without its weight it scores the same, (3 + 1) / 2 ...
        qr.getItem().get(1).getAnswerFirstRep().getValueCoding().getExtension().clear();
        assertEquals(2.0, likert.score(FhirResponses.toAssessment(qr, likert)).overall().getAsDouble(), 1e-12);
        // ... and with a weight the form does not give its code, it is refused at its place.
        qr.getItem().get(1).getAnswerFirstRep().getValueCoding()
                .addExtension(AnswerWeights.ITEM_WEIGHT, new org.hl7.fhir.r4.model.DecimalType(0));
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> FhirResponses.toAssessment(qr, likert));
        assertEquals("QuestionnaireResponse.item[1].answer[0].value", e.problems().get(0).location().toString());
    }

    @Test
    void control_characters_in_a_questionnaire_are_refused_at_their_place_not_thrown_raw() {
        Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(Instruments.pacic20());
        q.getItem().get(0).getItem().get(0).setText("Item\u0000 one");
        q.getItem().get(1).setText("Bad\ntitle");
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> InstrumentQuestionnaires.toInstrument(q));
        assertEquals("Questionnaire.item[0].item[0]", e.problems().get(0).location().toString(), e.getMessage());
    }
}

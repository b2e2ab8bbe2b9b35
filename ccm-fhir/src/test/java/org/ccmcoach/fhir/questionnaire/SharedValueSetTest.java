package org.ccmcoach.fhir.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirProblems;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/**
 * A value set named by several questions is listed and scored once (it was listed again for each
 * question, and each code searched the CodeSystem for its weight): the instrument read is the one
 * each question would make alone, and a problem of the value set is said once.
 */
class SharedValueSetTest {

    private static final String SYSTEM = "http://example.org/codes";
    private static final String SET = "http://example.org/ValueSet/frequency";

    /** A CodeSystem weighing never 0, sometimes 1, often 2, and a value set listing its codes. */
    private static List<MetadataResource> terminology(BigDecimal oftenInValueSet) {
        CodeSystem codes = new CodeSystem().setUrl(SYSTEM).setStatus(Enumerations.PublicationStatus.ACTIVE)
                .setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        ValueSet set = new ValueSet().setUrl(SET).setStatus(Enumerations.PublicationStatus.ACTIVE);
        ValueSet.ConceptSetComponent include = set.getCompose().addInclude().setSystem(SYSTEM);
        String[] names = {"never", "sometimes", "often"};
        for (int i = 0; i < names.length; i++) {
            codes.addConcept().setCode(names[i]).setDisplay(names[i]).addProperty().setCode("itemWeight")
                    .setValue(new DecimalType(i));
            ValueSet.ConceptReferenceComponent concept = include.addConcept().setCode(names[i]).setDisplay(names[i]);
            if (i == 2 && oftenInValueSet != null) {
                concept.addExtension(AnswerWeights.ITEM_WEIGHT, new DecimalType(oftenInValueSet));
            }
        }
        return List.of(codes, set);
    }

    private static Questionnaire form(int questions) {
        Questionnaire q = new Questionnaire();
        q.setUrl("http://example.org/Questionnaire/shared").setTitle("Shared").setStatus(Enumerations.PublicationStatus.ACTIVE);
        for (int i = 1; i <= questions; i++) {
            q.addItem().setLinkId("q" + i).setText("Question " + i).setType(QuestionnaireItemType.CHOICE).setAnswerValueSet(SET);
        }
        return q;
    }

    @Test
    void three_questions_of_one_value_set_make_the_scale_and_codes_one_question_makes() {
        Instrument three = InstrumentQuestionnaires.toInstrument(form(3), OverallRule.SUM_OF_ITEMS, terminology(null));
        Instrument one = InstrumentQuestionnaires.toInstrument(form(1), OverallRule.SUM_OF_ITEMS, terminology(null));
        assertEquals(List.of("q1", "q2", "q3"), three.items().stream().map(i -> i.id()).toList());
        assertEquals(one.scale(), three.scale());
        // the CodeSystem's weights, each code once: never 0, sometimes 1, often 2, on 0..2 in whole points
        assertEquals(List.of("never=0", "sometimes=1", "often=2"), three.scale().codes().stream()
                .map(c -> c.code() + "=" + (int) c.score().orElseThrow()).toList());
        assertEquals("0..2", three.scale().range());
    }

    /** The value set weighs often 4, its CodeSystem 2: said once, not once for each of the three questions. */
    @Test
    void a_problem_of_a_shared_value_set_is_said_once() {
        CcmFhirException e = assertThrows(CcmFhirException.class, () -> InstrumentQuestionnaires.toInstrument(form(3),
                OverallRule.SUM_OF_ITEMS, terminology(BigDecimal.valueOf(4))));
        assertEquals(List.of(FhirProblems.of("Questionnaire.item[0].answerValueSet", "(linkId q1) names a value set that"
                + " weighs code \"often\" 4 where its CodeSystem \"" + SYSTEM + "\" weighs it 2: one code, one weight", SET)),
                e.problems());
    }
}

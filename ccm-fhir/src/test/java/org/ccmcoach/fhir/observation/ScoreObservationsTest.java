package org.ccmcoach.fhir.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.R4Conformance;
import org.ccmcoach.fhir.questionnaire.FhirResponses;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

class ScoreObservationsTest {

    private static final Instrument PACIC = Instruments.pacic20();

    @Test
    void a_scored_portal_response_becomes_an_observation_derived_from_it() {
        QuestionnaireResponse qr = FhirJson.read(Path.of("../examples/data/fhir/pacic-c1-team1/pacic-c1-team1-f01.json"),
                QuestionnaireResponse.class);
        ScoreReport report = PACIC.score(FhirResponses.toAssessment(qr, PACIC));
        Observation o = ScoreObservations.toObservation(report, PACIC, qr);
        assertEquals(List.of(), R4Conformance.problems(o));
        assertEquals("QuestionnaireResponse/pacic-c1-team1-f01", o.getDerivedFromFirstRep().getReference());
        assertEquals("Organization/c1-team1", o.getSubject().getReference());
        assertEquals("Patient/c1-team1-f01", o.getPerformerFirstRep().getReference());
        assertEquals("pacic-20", o.getCode().getCodingFirstRep().getCode());
        assertEquals("available-items", o.getMethod().getCodingFirstRep().getCode());
        assertEquals("2026-11-13", o.getEffectiveDateTimeType().getValueAsString());
        // The CSV's first row of c1-team1 at 10 months: 3,3,1 | 3,3,2 | 2,3,2,3,2 | 3,2,3,3 | 3,3,3,2,3;
        // overall = (7 + 8 + 12 + 11 + 14)/20 = 52/20 = 2.6; patient activation (3+3+1)/3 = 2.3333.
        assertEquals(new BigDecimal("2.6"), o.getValueQuantity().getValue());
        assertEquals("{score}", o.getValueQuantity().getCode());
        assertEquals(5, o.getComponent().size());
        assertEquals("patient-activation", o.getComponentFirstRep().getCode().getCodingFirstRep().getCode());
        assertEquals(new BigDecimal("2.3333"), ((Quantity) o.getComponentFirstRep().getValue()).getValue());
    }

    /** A subscale not scored under the policy is a component with a reason, never a zero. */
    @Test
    void a_score_not_computed_is_a_data_absent_reason_with_ccms_reason() {
        AssessmentResponse r = AssessmentResponse.builder().instrument(PACIC.id()).subject(SubjectId.of("c1-team1"))
                .date(java.time.LocalDate.of(2026, 3, 1)).answer("1", 4).missing("2").build();
        ScoreReport report = PACIC.score(r, "complete-only");
        Observation o = ScoreObservations.toObservation(report, PACIC);
        assertEquals(List.of(), R4Conformance.problems(o));
        assertFalse(o.hasValue());
        assertEquals("not-performed", o.getDataAbsentReason().getCodingFirstRep().getCode());
        assertTrue(o.getDataAbsentReason().getText().startsWith("not scored: "), o.getDataAbsentReason().getText());
        assertTrue(o.getComponent().stream().noneMatch(Observation.ObservationComponentComponent::hasValue));
        assertEquals("c1-team1", o.getSubject().getIdentifier().getValue());
        assertEquals("complete-only", o.getMethod().getCodingFirstRep().getCode());
    }
}

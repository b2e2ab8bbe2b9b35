package org.ccmcoach.fhir.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.ccmcoach.fhir.Canonicals;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
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
        // The response's subject is Organization/c1-team1; R4 allows only Patient, Group, Device or Location as
        // Observation.subject, so the team is the focus and there is no subject (was: copied to subject).
        assertFalse(o.hasSubject());
        assertEquals("Organization/c1-team1", o.getFocusFirstRep().getReference());
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
        // ccm's team id names no resource type: it is the focus, not the subject (R4 subject targets: Patient,
        // Group, Device, Location).
        assertFalse(o.hasSubject());
        assertEquals("c1-team1", o.getFocusFirstRep().getIdentifier().getValue());
        assertEquals("complete-only", o.getMethod().getCodingFirstRep().getCode());
    }

    /** A patient's own response: Patient is one of R4's subject targets, so it stays the subject. */
    @Test
    void a_patient_is_the_subject_and_a_standard_code_sits_beside_ccms() {
        QuestionnaireResponse qr = FhirJson.read(Path.of("../examples/data/fhir/pacic-c1-team1/pacic-c1-team1-f01.json"),
                QuestionnaireResponse.class);
        qr.setSubject(new Reference("Patient/p-7"));
        ScoreReport report = PACIC.score(FhirResponses.toAssessment(qr, PACIC));
        Coding standard = new Coding("http://loinc.org", "44261-6", "PHQ-9 total score"); // any standard code; the LOINC
        Observation o = ScoreObservations.toObservation(report, PACIC, qr, standard); // of a PHQ-9 total, for the shape
        assertEquals(List.of(), R4Conformance.problems(o));
        assertEquals("Patient/p-7", o.getSubject().getReference());
        assertFalse(o.hasFocus());
        assertEquals(List.of(Canonicals.INSTRUMENT_SCORES + "|pacic-20", "http://loinc.org|44261-6"),
                o.getCode().getCoding().stream().map(c -> c.getSystem() + "|" + c.getCode()).toList());
        // a Group and a Location are subjects too; a CareTeam, PractitionerRole or bare identifier is a focus
        for (String ref : List.of("Group/g", "Location/l", "Device/d", "http://x.org/fhir/Patient/9/_history/2")) {
            qr.setSubject(new Reference(ref));
            assertEquals(ref, ScoreObservations.toObservation(report, PACIC, qr).getSubject().getReference(), ref);
        }
        for (String ref : List.of("CareTeam/t", "PractitionerRole/r", "urn:uuid:0a1b",
                "http://x.org/fhir/Organization/Patient/_history/2")) {
            qr.setSubject(new Reference(ref));
            Observation about = ScoreObservations.toObservation(report, PACIC, qr);
            assertFalse(about.hasSubject(), ref);
            assertEquals(ref, about.getFocusFirstRep().getReference(), ref);
        }
        qr.setSubject(new Reference().setType("Group").setIdentifier(new Identifier().setValue("g-1")));
        assertEquals("g-1", ScoreObservations.toObservation(report, PACIC, qr).getSubject().getIdentifier().getValue());
        assertThrows(IllegalArgumentException.class, () -> ScoreObservations.toObservation(report, PACIC,
                new Coding().setCode("44261-6")));
        assertEquals("http://loinc.org", ScoreObservations.toObservation(report, PACIC, standard).getCode().getCoding()
                .get(1).getSystem());
    }
}

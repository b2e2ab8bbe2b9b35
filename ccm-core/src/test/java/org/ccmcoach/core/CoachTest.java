package org.ccmcoach.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CoachTest {

    private static Coach.Builder valid() {
        return Coach.builder().id(CoachId.of("coach-ana")).name("Ana Ruiz");
    }

    private static Problem onlyViolation(Executable build) {
        CcmValidationException e = assertThrows(CcmValidationException.class, build);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void fte_defaults_to_full_time() {
        assertEquals(1.0, valid().build().fte());
    }

    @Test
    void fte_is_more_than_zero_and_at_most_one() {
        assertEquals(Double.MIN_VALUE, valid().fte(Double.MIN_VALUE).build().fte());
        assertEquals(1.0, valid().fte(1.0).build().fte());
        assertEquals("Coach.fte: must be more than 0 (was 0)", onlyViolation(() -> valid().fte(0.0).build()).toString());
        assertEquals("Coach.fte: must be at most 1.0 (was 1.0000001)",
                onlyViolation(() -> valid().fte(1.0000001).build()).toString());
        CcmValidationException nan = assertThrows(CcmValidationException.class, () -> valid().fte(Double.NaN).build());
        assertEquals("Coach.fte: must be a finite number (was NaN)", nan.getMessage(),
                "NaN is one problem, reported once, not also as neither more than 0 nor at most 1");
    }

    @Test
    void name_and_id_are_required() {
        assertEquals("Coach.name: must not be blank (was \"\")", onlyViolation(() -> valid().name("").build()).toString());
        assertEquals("Coach.name: must be at most 200 characters (was \"" + "n".repeat(80) + "… (201 chars)\")",
                onlyViolation(() -> valid().name("n".repeat(201)).build()).toString());
        assertEquals("id", onlyViolation(() -> Coach.builder().name("Ana").build()).atProperty().property());
    }

    @Test
    void expertise_areas_are_lower_case_keys() {
        assertEquals(Set.of("registry", "ehr-reporting", "a1"),
                valid().addExpertise("registry", "ehr-reporting", "a1").build().expertise());
        Problem v = onlyViolation(() -> valid().addExpertise("registry", "EHR").build());
        assertEquals("Coach.expertise[]: must be a lower-case key such as \"registry\" or \"ehr-reporting\" (was \"EHR\")",
                v.toString());
        assertEquals("expertise[]", onlyViolation(() -> valid().addExpertise("ehr--x").build()).atProperty().property());
        assertEquals("expertise[]", onlyViolation(() -> valid().addExpertise("1ehr").build()).atProperty().property());
    }

    @Test
    void roles_from_the_manual() {
        Coach c = valid().addRoles(CoachRole.FACILITATOR, CoachRole.KNOWLEDGE_BROKER).build();
        assertEquals(Set.of(CoachRole.FACILITATOR, CoachRole.KNOWLEDGE_BROKER), c.roles());
        assertEquals(Set.of(), valid().build().roles());
    }

    @Test
    void reads_well_in_jshell() {
        Coach c = valid().fte(0.8).addRoles(CoachRole.FACILITATOR).addExpertise("registry")
                .homeLocation(GeoPoint.of(45.5, -122.6)).build();
        assertEquals("Coach{id=coach-ana, name=Ana Ruiz, fte=0.8, roles=[FACILITATOR], expertise=[registry], "
                + "homeLocation=(45.5, -122.6)}", c.toString());
    }
}

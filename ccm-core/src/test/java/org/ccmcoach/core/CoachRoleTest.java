package org.ccmcoach.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoachRoleTest {

    @Test
    void the_eight_roles_of_the_manual_in_its_order() {
        // Coaching manual, chapter 2 (domain/coaching.md, "Coach roles").
        assertEquals(8, CoachRole.values().length);
        assertEquals(CoachRole.FACILITATOR, CoachRole.values()[0]);
        assertEquals(CoachRole.CHANGE_AGENT, CoachRole.values()[7]);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "facilitator | FACILITATOR",
        "Agenda setter / task master | AGENDA_SETTER",
        "task master | AGENDA_SETTER",
        "agenda setter | AGENDA_SETTER",
        "Problem-solver | PROBLEM_SOLVER",
        "problem solver | PROBLEM_SOLVER",
        "KNOWLEDGE_BROKER | KNOWLEDGE_BROKER",
        "Sounding Board | SOUNDING_BOARD",
    })
    void fromName(String name, CoachRole expected) {
        assertEquals(expected, CoachRole.fromName(name));
    }

    @Test
    void fromName_rejects_an_unknown_role_listing_the_valid_ones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoachRole.fromName("mentor"));
        assertTrue(e.getMessage().contains("Knowledge broker"), e.getMessage());
        assertTrue(e.getMessage().contains("\"mentor\""), e.getMessage());
    }
}

package org.ccmcoach.pdsa;

import static org.ccmcoach.pdsa.PdsaFixtures.MARCH_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccmcoach.core.ChangeConcept;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class PdsaRampTest {

    private static final ChangeIdea REMINDERS = ChangeIdea.of("Phone reminders two days before diabetes visits",
            ChangeConcept.TIMELY_REMINDERS);

    @Test
    void a_ramp_grows_after_adapt_and_ends_in_adoption() {
        PdsaRamp ramp = PdsaRamp.of(REMINDERS)
                .then(PdsaFixtures.decided(1, ActDecision.ADAPT, MARCH_1))
                .then(PdsaFixtures.decided(2, ActDecision.ADAPT, MARCH_1.plusMonths(1)))
                .then(PdsaFixtures.decided(3, ActDecision.ADOPT, MARCH_1.plusMonths(2)));
        assertEquals(PdsaRamp.Status.ADOPTED, ramp.status());
        assertEquals(3, ramp.completedCycles());
        assertEquals("3 cycles testing \"Phone reminders two days before diabetes visits\": adopted (adapted 2 times); "
                + "last tested at 15 patients, 3 clinicians", ramp.summary());
    }

    @Test
    void a_cycle_follows_only_a_decided_adapt_or_adopt() {
        PdsaCycle undecided = PdsaCycle.plan(CycleId.of("r-1"), "t", 1, MARCH_1, PdsaFixtures.plan());
        PdsaRamp open = PdsaRamp.of(REMINDERS).then(undecided);
        assertEquals(PdsaRamp.Status.OPEN, open.status());
        assertEquals(0, open.completedCycles());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> open.then(PdsaFixtures.decided(2, ActDecision.ADOPT, MARCH_1)));
        assertTrue(e.getMessage().contains("it is at stage PLAN"), e.getMessage());
        assertTrue(open.summary().endsWith("cycle 1 at stage PLAN"), open.summary());
    }

    @Test
    void abandon_closes_the_ramp() {
        PdsaRamp ramp = PdsaRamp.of(REMINDERS).then(PdsaFixtures.decided(1, ActDecision.ABANDON, MARCH_1));
        assertEquals(PdsaRamp.Status.ABANDONED, ramp.status());
        assertThrows(IllegalStateException.class, () -> ramp.then(PdsaFixtures.decided(2, ActDecision.ADOPT, MARCH_1)));
    }

    @Test
    void cycles_are_numbered_in_order() {
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> PdsaRamp.of(REMINDERS).then(PdsaFixtures.decided(2, ActDecision.ADAPT, MARCH_1)));
        assertEquals("PdsaRamp.cycles[0].number: must be 1 in a ramp (was 2)", e.getMessage());
    }
}

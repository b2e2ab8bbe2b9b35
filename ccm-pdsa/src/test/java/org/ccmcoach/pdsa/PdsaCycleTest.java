package org.ccmcoach.pdsa;

import static org.ccmcoach.pdsa.PdsaFixtures.MARCH_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class PdsaCycleTest {

    private final PdsaCycle planned = PdsaCycle.plan(CycleId.of("reminders-1"), "Phone reminders", 1, MARCH_1,
            PdsaFixtures.plan());

    @Test
    void moves_plan_do_study_act_through_new_values() {
        assertEquals(PdsaStage.PLAN, planned.stage());
        PdsaCycle done = planned.recordDo(PdsaFixtures.done(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)));
        assertEquals(PdsaStage.PLAN, planned.stage(), "the original is unchanged");
        assertEquals(PdsaStage.DO, done.stage());
        PdsaCycle studied = done.recordStudy(PdsaFixtures.study());
        assertEquals(PdsaStage.STUDY, studied.stage());
        PdsaCycle acted = studied.decide(ActRecord.of(ActDecision.ADAPT, "check numbers at check-in", LocalDate.of(2026, 3, 10)));
        assertEquals(PdsaStage.ACT, acted.stage());
        assertEquals(Optional.of(ActDecision.ADAPT), acted.decision());
        assertEquals("reminders-1 #1 Phone reminders (ACT: ADAPT)", acted.toString());
    }

    @Test
    void an_illegal_transition_names_the_current_stage() {
        IllegalStateException early = assertThrows(IllegalStateException.class, () -> planned.recordStudy(PdsaFixtures.study()));
        assertEquals("Cycle reminders-1 cannot record its Study: it is at stage PLAN, and this needs stage DO",
                early.getMessage());
        PdsaCycle done = planned.recordDo(PdsaFixtures.done(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)));
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> done.recordDo(PdsaFixtures.done(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6))));
        assertTrue(twice.getMessage().contains("it is at stage DO"), twice.getMessage());
        assertThrows(IllegalStateException.class,
                () -> done.decide(ActRecord.of(ActDecision.ADOPT, "x", LocalDate.of(2026, 3, 10))));
    }

    @Test
    void an_out_of_order_record_cannot_be_built() {
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> PdsaCycle.builder().from(planned).study(PdsaFixtures.study()).build());
        assertEquals("PdsaCycle.study: needs the Do recorded first (was \"study without Do\")", e.getMessage());
    }

    @Test
    void one_outcome_per_prediction() {
        PdsaCycle done = planned.recordDo(PdsaFixtures.done(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)));
        StudyRecord one = StudyRecord.builder().addOutcomes(PredictionOutcome.CONFIRMED).learning("l").build();
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> done.recordStudy(one));
        assertEquals("PdsaCycle.study.outcomes: must give one outcome per prediction (2) (was [CONFIRMED])", e.getMessage());
    }

    @Test
    void dates_run_forward() {
        assertEquals("DoRecord.ended: must not be before started 2026-03-06 (was 2026-03-02)",
                assertThrows(CcmValidationException.class,
                        () -> PdsaFixtures.done(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 2))).getMessage());
        assertThrows(CcmValidationException.class,
                () -> planned.recordDo(PdsaFixtures.done(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2))));
        assertEquals("DoRecord.deviations: must say how the test deviated when it did not run as planned (was null)",
                assertThrows(CcmValidationException.class, () -> DoRecord.builder().asPlanned(false)
                        .started(MARCH_1).ended(MARCH_1).build()).getMessage());
    }
}

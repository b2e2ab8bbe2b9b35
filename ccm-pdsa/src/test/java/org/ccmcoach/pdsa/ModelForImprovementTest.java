package org.ccmcoach.pdsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.ChangeConcept;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class ModelForImprovementTest {

    static Measure measure(String id, MeasureType type) {
        return Measure.builder().id(MeasureId.of(id)).name(id).type(type).definition("counted monthly").unit("%")
                .direction(Direction.DOWN).build();
    }

    @Test
    void an_aim_lists_what_keeps_it_from_being_checkable() {
        Aim draft = Aim.builder().statement("Fewer no-shows").build();
        assertEquals(List.of("what is improved is not named", "for whom is not named", "where is not named",
                "no measure is named", "no numeric target (by how much)", "no target date (by when)"), draft.smartGaps());
        Aim smart = draft.withWhat("no-shows for diabetes visits").withPopulation("adults with diabetes")
                .withLocation("Riverside").withMeasure(MeasureId.of("no-show-rate")).withBaseline(22).withTargetValue(10)
                .withTargetDate(LocalDate.of(2027, 6, 30));
        assertTrue(smart.checkable());
        assertEquals(List.of("the target equals the baseline"), smart.withTargetValue(22).smartGaps());
    }

    @Test
    void a_project_ties_aim_measures_and_ideas() {
        Aim aim = Aim.builder().statement("s").measure(MeasureId.of("no-show-rate")).build();
        ImprovementProject p = ImprovementProject.builder().title("Fewer missed visits").aim(aim)
                .addMeasures(measure("no-show-rate", MeasureType.OUTCOME), measure("reminders-made", MeasureType.PROCESS),
                        measure("staff-minutes", MeasureType.BALANCING))
                .addChangeIdeas(ChangeIdea.of("reminders", ChangeConcept.TIMELY_REMINDERS))
                .build();
        assertTrue(p.hasBalancedMeasures());
        assertFalse(p.withMeasures(List.of(measure("no-show-rate", MeasureType.OUTCOME))).hasBalancedMeasures());
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> p.withAim(aim.withMeasure(MeasureId.of("unknown"))));
        assertEquals("ImprovementProject.aim.measure: must be one of the project's measures (was unknown)", e.getMessage());
    }

    @Test
    void a_measure_gives_numerator_and_denominator_together() {
        assertEquals("Measure.denominator: must be given exactly when the numerator is (was Optional.empty)",
                assertThrows(CcmValidationException.class, () -> Measure.builder().from(measure("m", MeasureType.OUTCOME))
                        .numerator("missed").build()).getMessage());
    }

    @Test
    void a_change_concept_belongs_to_its_element() {
        assertEquals(CcmElement.CLINICAL_INFORMATION_SYSTEMS,
                ChangeIdea.of("reminders", ChangeConcept.TIMELY_REMINDERS).element());
        assertEquals("ChangeIdea.changeConcept: must belong to the element COMMUNITY (was TIMELY_REMINDERS)",
                assertThrows(CcmValidationException.class, () -> ChangeIdea.builder().description("x")
                        .element(CcmElement.COMMUNITY).changeConcept(ChangeConcept.TIMELY_REMINDERS).build()).getMessage());
    }
}

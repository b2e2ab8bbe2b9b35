package org.ccmcoach.pdsa;

import static org.ccmcoach.pdsa.PdsaFixtures.MARCH_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.core.ChangeConcept;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.ccmcoach.pdsa.chart.Annotation;
import org.ccmcoach.pdsa.chart.SeriesPoint;
import org.ccmcoach.pdsa.chart.Part;
import org.ccmcoach.pdsa.chart.Series;
import org.ccmcoach.core.value.CcmValidator;
import org.junit.jupiter.api.Test;

/** Every public PDSA type reads back equal from its JSON. */
class PdsaJsonTest {

    @Test
    void every_type_round_trips() {
        PdsaCycle cycle = PdsaFixtures.decided(1, ActDecision.ADAPT, MARCH_1);
        PdsaRamp ramp = PdsaRamp.of(ChangeIdea.of("reminders", ChangeConcept.TIMELY_REMINDERS)).then(cycle);
        Aim aim = Aim.builder().statement("s").measure(MeasureId.of("no-show-rate")).targetValue(10)
                .targetDate(LocalDate.of(2027, 6, 30)).build();
        ImprovementProject project = ImprovementProject.builder().title("t").aim(aim)
                .addMeasures(ModelForImprovementTest.measure("no-show-rate", MeasureType.OUTCOME)).build();
        Series series = Series.builder().name("No-shows").direction(Direction.DOWN).baselinePoints(2)
                .addObservations(SeriesPoint.proportion(MARCH_1, 10, 60), SeriesPoint.proportion(MARCH_1.plusMonths(1), 9, 58)
                        .exclude("half month"), SeriesPoint.proportion(MARCH_1.plusMonths(2), 5, 61).withAstronomical(true))
                .addAnnotations(Annotation.of(MARCH_1, "calls start", CycleId.of("reminders-1")))
                .addParts(Part.of(MARCH_1.plusMonths(2), "adopted"))
                .build();
        for (Object value : List.of(cycle, ramp, aim, project, series, cycle.plan(), cycle.scale().orElseThrow(),
                MeasureType.BALANCING, Direction.UP, PdsaStage.STUDY, MeasureId.of("m"), CycleId.of("c"))) {
            assertEquals(value, CcmJson.parse(CcmJson.toJson(value), CcmValidator.publicType(value.getClass())),
                    value.getClass().getName());
        }
    }

    @Test
    void a_stored_cycle_out_of_order_is_refused_at_its_pointer() {
        String json = CcmJson.toJson(PdsaFixtures.decided(1, ActDecision.ADAPT, MARCH_1))
                .replaceFirst(",\"doRecord\":\\{[^}]*\\}", "");
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, PdsaCycle.class));
        assertEquals("/study", e.pointer());
    }

}

package org.ccmcoach.pdsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ccmcoach.json.CcmJson;
import org.junit.jupiter.api.Test;

/** The behavioural-health presets say what their sources say, and call the rest ccm's choice. */
class BehaviouralHealthMeasuresTest {

    @Test
    void the_phq9_remission_measure_is_cms159_as_version_12_states_it() {
        Measure m = BehaviouralHealthMeasures.depressionRemission();
        // CMS159v12: proportion, outcome, higher score better; initial PHQ-9 > 9; remission < 5 at 12 months ± 60 days.
        assertEquals(MeasureType.OUTCOME, m.type());
        assertEquals(Direction.UP, m.direction());
        assertEquals("%", m.unit());
        assertTrue(m.denominator().orElseThrow().contains("above 9 at the index event"), m.denominator().toString());
        assertTrue(m.numerator().orElseThrow().contains("twelve months (+/- 60 days)"), m.numerator().toString());
        assertTrue(m.numerator().orElseThrow().contains("below 5"), m.numerator().toString());
        assertTrue(m.definition().contains("up to 7 days before"), m.definition());
        assertTrue(BehaviouralHealthMeasures.citation(m.id()).orElseThrow().startsWith("CMS159v12"));
    }

    @Test
    void the_unsourced_definitions_are_called_ccms_choice() {
        for (Measure m : List.of(BehaviouralHealthMeasures.referrals(), BehaviouralHealthMeasures.patientsSeen(),
                BehaviouralHealthMeasures.warmHandoffs())) {
            assertTrue(m.definition().contains("ccm's choice"), m.definition());
            assertEquals(Direction.UP, m.direction());
            assertEquals(MeasureType.PROCESS, m.type());
        }
        // Counts have no numerator or denominator; the warm hand-off share has both.
        assertEquals(Optional.empty(), BehaviouralHealthMeasures.referrals().numerator());
        assertEquals(Optional.empty(), BehaviouralHealthMeasures.patientsSeen().denominator());
        assertEquals("referrals to behavioural health in the month",
                BehaviouralHealthMeasures.warmHandoffs().denominator().orElseThrow());
        assertTrue(BehaviouralHealthMeasures.citation(BehaviouralHealthMeasures.WARM_HANDOFFS).orElseThrow()
                .contains("doi:10.1370/afm.2263"));
        assertTrue(BehaviouralHealthMeasures.citation(BehaviouralHealthMeasures.REFERRALS).orElseThrow()
                .contains("doi:10.5334/ijic.4737"));
        assertEquals(Optional.empty(), BehaviouralHealthMeasures.citation(MeasureId.of("no-show-rate")));
    }

    @Test
    void the_presets_have_distinct_ids_and_round_trip_in_json() {
        List<Measure> all = BehaviouralHealthMeasures.all();
        assertEquals(4, all.stream().map(Measure::id).distinct().count());
        for (Measure m : all) {
            assertEquals(m, CcmJson.parse(CcmJson.toJson(m), Measure.class));
        }
        assertEquals(0.2, BehaviouralHealthMeasures.depressionRemission().withTarget(0.2).target().getAsDouble());
    }
}

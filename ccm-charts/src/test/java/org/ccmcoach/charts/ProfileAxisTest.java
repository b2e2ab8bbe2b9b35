package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreRange;
import org.junit.jupiter.api.Test;

/** A profile's axis shows the range its scores are on, not the item scale. */
class ProfileAxisTest {

    @Test
    void each_instrument_is_drawn_on_the_range_of_its_scores() {
        assertEquals(new ScoreRange(0, 11), ProfileDrawing.axisRange(Instruments.acic35()));   // subscale means
        assertEquals(new ScoreRange(0, 27), ProfileDrawing.axisRange(Instruments.phq9()));     // 9 items * 0..3
        assertEquals(new ScoreRange(0, 1), ProfileDrawing.axisRange(Instruments.practiceAdaptiveReserve()));   // rescaled
        assertEquals(new ScoreRange(-28, 28), ProfileDrawing.axisRange(Instruments.cpcqStrategies()));        // 14 * -2..2
        assertEquals(new ScoreRange(0, 8), ProfileDrawing.axisRange(Instruments.readinessBaseline()));        // count of 8 yes/no
    }
}

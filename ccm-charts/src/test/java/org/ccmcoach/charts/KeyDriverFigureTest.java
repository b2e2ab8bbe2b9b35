package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.pdsa.driver.KeyDriverDiagram;
import org.junit.jupiter.api.Test;

class KeyDriverFigureTest {

    static final Path DATA = Path.of("").toAbsolutePath().getParent().resolve("examples").resolve("data");

    static KeyDriverDiagram tour() {
        return CcmJson.read(DATA.resolve("key-driver-diagram.json"), KeyDriverDiagram.class);
    }

    @Test
    void the_tours_diagram_is_drawn_from_the_aim_to_its_three_ramps() throws Exception {
        Figure figure = Figures.keyDriverDiagram(tour());
        String svg = figure.toSvg();
        Svg.parse(svg);
        for (String text : List.of(">Aim<", ">Primary drivers<", ">Secondary drivers<", ">Change ideas<",
                ">ramp reminders-1<", ">ramp foot-exams-1<", ">ramp goal-form-1<", ">measure no-show-rate<")) {
            assertTrue(svg.contains(text), text);
        }
        // Nothing open in the tour's diagram: no notes.
        assertEquals(List.of(), figure.notes());
        // 1000 px wide; as tall as the diagram at that width, with its title and headers.
        assertEquals(1000, figure.width());
    }

    @Test
    void what_a_diagram_leaves_open_is_in_the_notes() {
        KeyDriverDiagram tour = tour();
        // Without the goal form, the goal-setting driver has no change idea beneath it, and with it went the
        // goal-setting-rate measure that measured the driver. Its primary keeps its own measure, so it is not open.
        KeyDriverDiagram open = tour.withChangeIdeas(tour.changeIdeas().subList(0, 2));
        assertEquals(List.of("Open: secondary driver goal-setting has no change idea.",
                        "Open: secondary driver goal-setting is measured by nothing: no measure of its own or beneath it."),
                Figures.keyDriverDiagram(open).notes());
    }
}

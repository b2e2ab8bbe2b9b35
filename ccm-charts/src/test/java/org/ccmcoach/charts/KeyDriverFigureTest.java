package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "kdd");
        Files.createDirectories(out);
        Files.write(out.resolve("default.png"), figure.toPng());
        Files.write(out.resolve("170x100.png"), figure.forPrint(170, 100, 150).withoutTitle().toPng());
        Files.write(out.resolve("85x85.png"), figure.forPrint(85, 85, 200).withoutTitle().toPng());
    }
}

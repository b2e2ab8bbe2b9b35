package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The print-size figures in the repository's docs/figures are this code's output: each committed
 * PNG has the size and resolution the code gives it now. Run with {@code -Dccm.figures.write=true}
 * to draw them again:
 *
 * <pre>
 * ./mvnw -o -q -pl ccm-charts -am test -Dtest=DocsFiguresTest -Dsurefire.failIfNoSpecifiedTests=false -Dccm.figures.write=true
 * </pre>
 */
class DocsFiguresTest {

    /**
     * The figures, by file name: a journal column, a square column figure, most of a page; titles to the
     * caption. The key driver diagram of examples/data at a page's width (170 × 75 mm), as PNG and SVG.
     */
    static Map<String, Figure> figures() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("run-chart-85x60mm.png", PrintFigures.runChart().forPrint(85, 60, 300).withoutTitle());
        figures.put("acic-profile-85x85mm.png", PrintFigures.profile().forPrint(85, 85, 300).withoutTitle());
        figures.put("p-chart-170x120mm.png", PrintFigures.controlChart().forPrint(170, 120, 300).withoutTitle());
        figures.put("key-driver-diagram.png", keyDriverDiagram());
        return figures;
    }

    static Figure keyDriverDiagram() {
        return Figures.keyDriverDiagram(KeyDriverFigureTest.tour()).forPrint(170, 75, 300).withoutTitle();
    }

    @Test
    void the_committed_key_driver_svg_is_the_diagram_of_examples_data() throws IOException {
        Path file = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("figures").resolve("key-driver-diagram.svg");
        String svg = keyDriverDiagram().toSvg();
        if (Boolean.getBoolean("ccm.figures.write")) {
            Files.writeString(file, svg);
        }
        assertTrue(Files.exists(file), file + " is missing: run this test with -Dccm.figures.write=true");
        String committed = Files.readString(file);
        Svg.parse(committed);
        // 170 × 75 mm in layout pixels: 170 / 25.4 × 96 = 642.52 and 75 / 25.4 × 96 = 283.46, rounded.
        assertTrue(committed.contains("width='643.0' height='283.0'"), "the committed SVG's size: draw it again");
        for (String ramp : new String[] {"reminders-1", "foot-exams-1", "goal-form-1"}) {
            assertTrue(committed.contains(">ramp " + ramp + "<"), ramp);
        }
    }

    @Test
    void the_committed_figures_are_what_the_code_draws() throws IOException {
        // Tests run in the module's directory; docs/ is the repository's.
        Path dir = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("figures");
        boolean write = Boolean.getBoolean("ccm.figures.write");
        for (Map.Entry<String, Figure> e : figures().entrySet()) {
            Path file = dir.resolve(e.getKey());
            byte[] png = e.getValue().toPng();
            if (write) {
                Files.createDirectories(dir);
                Files.write(file, png);
            }
            assertTrue(Files.exists(file), file + " is missing: run this test with -Dccm.figures.write=true");
            BufferedImage committed = ImageIO.read(file.toFile());
            BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png));
            // 85 mm at 300 dpi: 85 / 25.4 × 96 = 321 layout pixels, × 300 / 96 = 1003 pixels; 60 mm 709,
            // 170 mm 2009 and 120 mm 1418 (454 layout pixels × 3.125 = 1418.75, rounded to 1419).
            assertEquals(drawn.getWidth(), committed.getWidth(), e.getKey() + " width: draw it again");
            assertEquals(drawn.getHeight(), committed.getHeight(), e.getKey() + " height: draw it again");
        }
        assertEquals(1003, ImageIO.read(dir.resolve("run-chart-85x60mm.png").toFile()).getWidth());
        assertEquals(1419, ImageIO.read(dir.resolve("p-chart-170x120mm.png").toFile()).getHeight());
    }
}

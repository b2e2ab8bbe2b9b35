package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JFreeSVG is optional (GPL-3.0): an application without it draws PNG, and asking for SVG names the
 * dependency to add. Checked in a class loader whose path holds everything but the JFreeSVG jar.
 */
class WithoutJFreeSvgTest {

    @Test
    void png_works_and_svg_names_the_missing_dependency() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Path.of(entry).getFileName().toString().startsWith("org.jfree.svg")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName("org.jfree.svg.SVGGraphics2D", false, isolated));
            Class<?> runChart = Class.forName("org.ccmcoach.pdsa.chart.RunChart", true, isolated);
            Object chart = runChart.getMethod("of", double[].class).invoke(null, (Object) new double[] {1, 2, 3, 4, 5, 6, 7, 8});
            Object figure = Class.forName("org.ccmcoach.charts.Figures", true, isolated)
                    .getMethod("runChart", runChart).invoke(null, chart);
            byte[] png = (byte[]) figure.getClass().getMethod("toPng").invoke(figure);
            // A PNG file starts with the eight bytes 89 50 4E 47 0D 0A 1A 0A.
            assertEquals(0x89, png[0] & 0xff);
            assertEquals('P', png[1]);
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> figure.getClass().getMethod("toSvg").invoke(figure));
            IllegalStateException missing = assertInstanceOf(IllegalStateException.class, e.getCause());
            assertTrue(missing.getMessage().startsWith("SVG output needs JFreeSVG"), missing.getMessage());
            assertTrue(missing.getMessage().contains("add org.jfree:org.jfree.svg:5.0.6 to your dependencies"), missing.getMessage());
        }
    }
}

package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** What a figure for print leaves to its caption, and what it keeps when printed in grey. */
class PrintFiguresTest {

    @Test
    void the_title_can_be_left_to_the_caption_and_the_plot_takes_its_room() {
        Figure figure = PrintFigures.runChart().forPrint(85, 60, 300);
        Figure bare = figure.withoutTitle();
        assertEquals("Missed visits — run chart", bare.title(), "the caption's title");
        assertTrue(figure.toSvg().contains(">Missed visits — run chart<"));
        assertFalse(bare.toSvg().contains("Missed visits — run chart"), "no title drawn");
        assertEquals(figure.notes(), bare.notes());
        assertEquals(bare.withoutNotes().withoutTitle().toSvg(), figure.withoutTitle().withoutNotes().toSvg(),
                "the two are independent and commute");
        // The title is a line of 12.5 px bold type and its padding, about 17 of the 227 layout pixels.
        double with = PrintLayoutTest.measure(figure).plotShare();
        double without = PrintLayoutTest.measure(bare).plotShare();
        assertTrue(without > with + 0.04, with + " → " + without);
    }

    @Test
    void in_a_column_the_run_chart_labels_its_lines_by_cycle_and_keys_them_in_the_notes() {
        Figure column = PrintFigures.runChart().forPrint(85, 60, 300).withoutNotes();
        assertTrue(column.notes().contains("Lines: nv-1 (2 Mar 2026): cycle 1: reminder calls, one clinician; nv-2 (1 Jun"
                + " 2026): cycle 2: reminder calls, whole clinic; nv-3 (5 Oct 2026): cycle 3: text reminders; part 2 from"
                + " Jul 2026: reminder calls adopted."), column.notes().toString());
        String svg = column.toSvg();
        assertTrue(svg.contains(">nv-3<") && svg.contains(">part 2<"), "short labels");
        assertFalse(svg.contains("text reminders"), "the long ones are the caption's");
        // On a page the lines carry their own text, and no key is needed.
        Figure page = PrintFigures.runChart().forPrint(170, 120, 300);
        assertTrue(page.toSvg().contains(">cycle 3: text reminders<"));
        assertTrue(page.notes().stream().noneMatch(n -> n.startsWith("Lines: ")), page.notes().toString());
    }

    @Test
    void in_a_column_the_profile_names_subscales_by_their_acic_part_and_keys_them_in_the_notes() {
        Figure column = PrintFigures.profile().forPrint(85, 85, 300).withoutNotes();
        assertEquals("Subscales: 1 Organization of the Health Care Delivery System; 2 Community Linkages;"
                + " 3a Self-Management Support; 3b Decision Support; 3c Delivery System Design;"
                + " 3d Clinical Information Systems; 4 Integration of Chronic Care Model Components.", column.notes().get(0));
        // Nine practices scored at both times on every subscale: the note gives the n the bars no longer carry.
        assertTrue(column.notes().get(1).contains("mean of the subjects scored at both times, n = 9 per bar"),
                column.notes().get(1));
        String svg = column.toSvg();
        for (String key : List.of(">1<", ">2<", ">3a<", ">3b<", ">3c<", ">3d<", ">4<", ">Overall<", ">ACIC score (0..11)<")) {
            assertTrue(svg.contains(key), key);
        }
        assertFalse(svg.contains("Self-Management Support"));
        assertFalse(svg.contains("(n=9)"), "n is in the note");
    }

    @Test
    void improvement_and_deterioration_marks_differ_in_shape_so_a_greyscale_print_keeps_them_apart() throws Exception {
        // In grey the two colours are alike: luminance 0.30 R + 0.59 G + 0.11 B is 89 for the green
        // (26, 127, 55) and 87 for the red (198, 40, 40). So the shapes must differ: at the corners of a
        // mark's box a square is inked and a ring is not: the square's sides are ± 0.45 × 13 = ± 5.85
        // layout pixels from the point, drawn 2.2 wide (ink to ± 6.95), so (± 6.2, ± 6.2) is on it; a
        // ring of radius 6.5 and the same stroke inks to 7.6 from the centre, and that corner is 8.8 away.
        Figure figure = PrintFigures.runChart().forPrint(170, 120, 300).withoutNotes();
        BufferedImage image = new BufferedImage(figure.pixelWidth(), figure.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        JFreeChart chart;
        try {
            chart = figure.render(g, info);
        } finally {
            g.dispose();
        }
        BufferedImage grey = new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_GRAY), null)
                .filter(image, new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY));
        if (System.getProperty("ccm.figures.grey") != null) {
            javax.imageio.ImageIO.write(grey, "png", new java.io.File(System.getProperty("ccm.figures.grey")));
        }
        if (System.getProperty("ccm.figures.dir") != null) {
            java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("ccm.figures.dir"));
            PrintFigures.runChart().forPrint(85, 60, 300).writePng(dir.resolve("run-chart-column.png"));
            PrintFigures.runChart().forPrint(170, 120, 300).writePng(dir.resolve("run-chart-page.png"));
            PrintFigures.controlChart().forPrint(85, 60, 300).writePng(dir.resolve("p-chart-column.png"));
        }
        XYPlot plot = (XYPlot) chart.getPlot();
        double scale = figure.dpi() / Figure.LAYOUT_DPI;
        // Point 20 (Feb 2027, between 11.6 % and 11.1 %: the line runs flat past the corners) is in
        // part 2's improvement shift and trend only; point 13 (Jul 2026) is in the shift above part
        // 2's median (deterioration) and in the falling trend (improvement): its square inks the
        // corners whatever the ring does.
        assertTrue(inkedCorners(grey, plot, info.getPlotInfo().getDataArea(), 19, scale) <= 1, "a ring");
        assertTrue(inkedCorners(grey, plot, info.getPlotInfo().getDataArea(), 12, scale) >= 3, "a square");
    }

    @Test
    void a_signal_from_before_the_change_has_its_own_mark_and_the_legend_says_it_has_no_direction() {
        // Part 1's shift below its median (Jul to Dec 2025) lies before cycle nv-1: no direction.
        Figure page = PrintFigures.runChart().forPrint(170, 120, 300);
        String svg = page.toSvg();
        assertTrue(svg.contains("signal from before the change: no direction"), "legend on a page");
        assertTrue(page.notes().stream().anyMatch(n -> n.startsWith("Signal: IHI run-chart rules, shift, Jul 2025 to Dec 2025")
                && n.endsWith("(before the change: no direction)")), page.notes().toString());
        assertTrue(PrintFigures.runChart().forPrint(85, 60, 300).toSvg().contains("before the change: no direction"),
                "legend in a column");
        assertEquals(new java.awt.Color(0x595959), Style.NO_DIRECTION, "grey: no direction");
        // The diamond (13 across) fits in the ring (radius 6.5), so a legend row is no taller for
        // it, and differs from it in outline: the ring holds (4.5, 4.5), 6.36 from the centre, which
        // lies outside the diamond's |x| + |y| <= 6.5. Signals across the change share the diamond.
        java.awt.Shape diamond = ProcessChartDrawing.mark(org.ccmcoach.pdsa.chart.Meaning.BEFORE_CHANGE, 1);
        java.awt.Shape ring = ProcessChartDrawing.mark(org.ccmcoach.pdsa.chart.Meaning.IMPROVEMENT, 1);
        assertTrue(ring.contains(4.5, 4.5) && !diamond.contains(4.5, 4.5));
        assertEquals(ring.getBounds2D().getHeight(), diamond.getBounds2D().getHeight(), 1e-9);
        assertEquals(diamond.getBounds2D(), ProcessChartDrawing.mark(org.ccmcoach.pdsa.chart.Meaning.ACROSS_CHANGE, 1).getBounds2D());
    }

    /** How many of the four corners of a signal mark's box round point {@code i} hold dark grey. */
    private static int inkedCorners(BufferedImage grey, XYPlot plot, Rectangle2D area, int i, double scale) {
        XYDataset points = plot.getDataset(1);
        double x = plot.getDomainAxis().valueToJava2D(points.getXValue(0, i), area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(points.getYValue(0, i), area, plot.getRangeAxisEdge());
        int inked = 0;
        for (int dx = -1; dx <= 1; dx += 2) {
            for (int dy = -1; dy <= 1; dy += 2) {
                int px = (int) Math.round((x + dx * 6.2) * scale);
                int py = (int) Math.round((y + dy * 6.2) * scale);
                int darkest = 255;
                for (int u = -1; u <= 1; u++) {
                    for (int v = -1; v <= 1; v++) {
                        darkest = Math.min(darkest, grey.getRaster().getSample(px + u, py + v, 0));
                    }
                }
                inked += darkest < 140 ? 1 : 0;
            }
        }
        return inked;
    }
}

package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.ccmcoach.pdsa.CycleId;
import org.ccmcoach.pdsa.Direction;
import org.ccmcoach.pdsa.chart.Annotation;
import org.ccmcoach.pdsa.chart.ChartType;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.SeriesPoint;
import org.ccmcoach.pdsa.chart.Part;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.chart.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunAndControlFiguresTest {

    /**
     * 24 months from July 2025 of missed visits out of 100: 20, 22, 21, 23, ... before the change
     * (alternating 20–23), then 10, 12, 11, 13, ... from July 2026. The median is 16.5 %, so the
     * first 12 points lie above it and the last 12 below: two IHI shifts, the second an improvement
     * for a measure that should go down, July 2026 to June 2027; the first runs across cycle nv-1
     * (2 March 2026, the chart's first change) and has no direction. An annotation on 2 June 2026
     * cites cycle nv-3, the latest cycle before the improvement.
     */
    static Series missedVisits() {
        Series.Builder b = Series.builder().name("Missed visits").direction(Direction.DOWN);
        int[] wiggle = {0, 2, 1, 3};
        for (int m = 0; m < 24; m++) {
            int missed = (m < 12 ? 20 : 10) + wiggle[m % 4];
            b.addObservations(SeriesPoint.proportion(LocalDate.of(2025, 7, 1).plusMonths(m), missed, 100));
        }
        return b.addAnnotations(Annotation.of(LocalDate.of(2026, 3, 2), "cycle 1: one clinician", CycleId.of("nv-1")),
                Annotation.of(LocalDate.of(2026, 6, 2), "cycle 3: whole clinic", CycleId.of("nv-3"))).build();
    }

    @Test
    void a_run_chart_svg_is_well_formed_titled_dated_and_names_each_signal_with_its_cycle() throws Exception {
        Figure figure = Figures.runChart(RunChart.of(missedVisits()));
        String svg = figure.toSvg();
        Svg.parse(svg);
        assertEquals("Missed visits — run chart", figure.title());
        assertTrue(svg.contains("Missed visits — run chart"));
        assertTrue(svg.contains("Month"), "x axis title");
        // The y axis title ("Proportion") is drawn rotated, which JFreeChart draws as outlines, not text.
        assertTrue(svg.contains("Feb 2026"), "dated ticks, every other month");
        assertTrue(svg.contains("20%"), "percent ticks");
        assertTrue(svg.contains("Signal: IHI run-chart rules, shift, Jul 2026 to Jun 2027 (improvement) ← PDSA cycle nv-3"),
                "the improvement and its cycle are written out");
        assertTrue(svg.contains("signal: improvement"), "legend");
        assertTrue(svg.contains("Signal: IHI run-chart rules, shift, Jul 2025 to Jun 2026 (across the change: no direction)"),
                "the baseline's shift, begun before cycle nv-1, without a direction");
        assertTrue(svg.contains("signal from before the change: no direction"), "its legend entry");
        assertTrue(svg.contains("cycle 3: whole clinic"), "the annotation is labelled");
        // The 12 improvement points are ringed in green (26, 127, 55), each once.
        assertTrue(Svg.count(svg, "rgb(26,127,55)") >= 12, "ringed points");
    }

    @Test
    void the_same_figure_gives_the_same_svg_bytes_every_time() throws Exception {
        String first = Figures.runChart(RunChart.of(missedVisits())).toSvg();
        Thread.sleep(2); // JFreeSVG's own ids come from System.nanoTime(); ours must not
        String second = Figures.runChart(RunChart.of(missedVisits())).toSvg();
        assertEquals(first, second);
    }

    @Test
    void a_title_with_a_control_character_is_refused_so_the_svg_stays_xml() {
        // U+0007 is not allowed in XML 1.0: an SVG holding it cannot be parsed.
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Figures.utilization(org.ccmcoach.allocation.Allocation.builder().build(), "Coaches\u0007"));
        assertTrue(e.getMessage().startsWith("title: must not contain the control character U+0007 (character 8)"),
                e.getMessage());
    }

    @Test
    void a_chart_without_signals_says_so() {
        // Median 5.5; sides - + - + - - + - + +: 8 runs inside 3..9, longest run 2, 7 crossings: no rule fires.
        String svg = Figures.runChart(RunChart.of(3, 7, 2, 8, 5, 1, 9, 4, 10, 6)).toSvg();
        Svg.parse(svg);
        assertTrue(svg.contains("No signal under the IHI run-chart rules and Anhøj rules on 10 useful points for the "
                + "runs rules: only common-cause variation is evident."), svg.length() + " chars");
        assertTrue(svg.contains("Point"), "bare values are numbered, not dated");
    }

    @Test
    void a_short_chart_says_it_has_too_few_points_not_that_it_looks_random() {
        String svg = Figures.runChart(RunChart.of(0.2, 0.3, 0.25)).toSvg();
        assertTrue(svg.contains("Too few useful points for the runs rules: 2 of the 10 needed, so no conclusion (not "
                + "evidence of random variation)."), svg.length() + " chars");
        assertFalse(svg.contains("random (common cause)"));
        // A rise of 8 on 8 useful points: the trend is shown, as provisional.
        String rising = Figures.runChart(RunChart.of(1, 2, 3, 4, 5, 6, 7, 8)).toSvg();
        assertTrue(rising.contains("Provisional signal: IHI run-chart rules, trend, point 1 to point 8"), "provisional");
        assertTrue(rising.contains("its signals are provisional."), "verdict line");
    }

    @Test
    void notes_can_be_left_off_for_a_journal_caption() {
        Figure figure = Figures.runChart(RunChart.of(missedVisits()));
        assertTrue(figure.notes().stream().anyMatch(n -> n.startsWith("Signal: ")), figure.notes().toString());
        String bare = figure.withoutNotes().toSvg();
        assertFalse(bare.contains("Signal: "), "no signal lines");
        assertTrue(bare.contains("signal: improvement"), "the legend stays");
        assertTrue(figure.toSvg().contains("Signal: "), "the original figure keeps them");
    }

    @Test
    void print_size_scales_text_and_lines_with_the_resolution() throws Exception {
        Figure figure = Figures.runChart(RunChart.of(missedVisits()));
        // 85 mm = 85 / 25.4 in = 3.346 in: 321 layout pixels at 96 dpi, 1003 pixels at 300 dpi;
        // 60 mm: 227 and 709.
        Figure column = figure.forPrint(85, 60, 300);
        assertEquals(321, column.width());
        assertEquals(227, column.height());
        byte[] png = column.toPng();
        BufferedImage hi = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1003, hi.getWidth());
        assertEquals(709, hi.getHeight());
        // The resolution is in the file: 300 dpi = 300 / 0.0254 = 11811 pixels per metre.
        javax.imageio.ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        org.w3c.dom.Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        String phys = null;
        for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals("pHYs")) {
                phys = n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue();
            }
        }
        assertEquals("11811", phys);
        // Text and lines scale with the resolution: the share of inked pixels is the same at 96 and
        // 300 dpi (a larger canvas with text at its old size would ink a far smaller share).
        BufferedImage lo = ImageIO.read(new ByteArrayInputStream(figure.forPrint(85, 60, 96).toPng()));
        BufferedImage canvas = ImageIO.read(new ByteArrayInputStream(figure.withSize(1003, 709).toPng()));
        double inkLo = ink(lo);
        double inkHi = ink(hi);
        assertEquals(inkLo, inkHi, inkLo * 0.25, "ink share at 96 and 300 dpi");
        assertTrue(ink(canvas) < inkHi * 0.6, "a bigger canvas is not a print resolution");
    }

    private static double ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 200) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    @Test
    void a_p_chart_draws_limits_and_parts_with_their_reasons() {
        Series parted = missedVisits().withParts(List.of(Part.of(LocalDate.of(2026, 7, 1), "whole clinic adopted",
                CycleId.of("nv-3"))));
        ControlChart chart = ControlChart.of(ChartType.P, parted);
        String svg = Figures.controlChart(chart).toSvg();
        Svg.parse(svg);
        assertTrue(svg.contains("Missed visits — P chart"));
        assertTrue(svg.contains("control limits"), "legend names the limits");
        assertTrue(svg.contains("whole clinic adopted"), "the part's reason labels its line");
        // With the change as its own part each half is stable: p̄ = 21.5 % and 11.5 %, no point beyond
        // 3σ (√(0.215·0.785/100) = 4.1 %, so limits 9.2 % to 33.8 % and 1.9 % to 21.1 %).
        assertTrue(svg.contains("No signal under the"), "stable parts");
    }

    @Test
    void png_has_the_figure_size_and_files_are_written(@TempDir Path dir) throws Exception {
        Figure figure = Figures.runChart(RunChart.of(missedVisits())).withSize(800, 450);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(figure.toPng()));
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
        figure.writeSvg(dir.resolve("a.svg"));
        figure.writePng(dir.resolve("a.png"));
        assertTrue(Files.size(dir.resolve("a.png")) > 10_000);
        assertTrue(Files.readString(dir.resolve("a.svg")).startsWith("<?xml"));
        assertFalse(Files.readString(dir.resolve("a.svg")).contains("NaN"), "no undefined coordinates");
    }

    @Test
    void refuses_absurd_sizes() {
        Figure figure = Figures.runChart(RunChart.of(1, 2, 3));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> figure.withSize(50, 20_000));
        assertEquals("Figure size: width and height must be 100 to 10000 pixels (was 50 × 20000)", e.getMessage());
        // A print size inside the layout bound can still ask for an absurd raster: 2,600 mm is 9,827
        // layout pixels, 61,419 pixels at 600 dpi (9,827 × 600 / 96); 100 mm is 378 layout pixels,
        // 2,362.5 at 600 dpi, rounded half up to 2,363. Refused before any drawing.
        IllegalArgumentException raster = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> figure.forPrint(2600, 100, 600));
        assertTrue(raster.getMessage().startsWith("Figure size: 61419 × 2363 pixels at 600 dpi"), raster.getMessage());
    }
}

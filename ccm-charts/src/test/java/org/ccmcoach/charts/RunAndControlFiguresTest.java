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
import org.ccmcoach.pdsa.chart.Observation;
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
     * for a measure that should go down, July 2026 to June 2027. An annotation on 2 June 2026 cites
     * cycle nv-3, the latest cycle before the improvement.
     */
    static Series missedVisits() {
        Series.Builder b = Series.builder().name("Missed visits").direction(Direction.DOWN);
        int[] wiggle = {0, 2, 1, 3};
        for (int m = 0; m < 24; m++) {
            int missed = (m < 12 ? 20 : 10) + wiggle[m % 4];
            b.addObservations(Observation.proportion(LocalDate.of(2025, 7, 1).plusMonths(m), missed, 100));
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
        assertTrue(svg.contains("cycle 3: whole clinic"), "the annotation is labelled");
        // The 12 improvement points are ringed in green (26, 127, 55), each once.
        assertTrue(Svg.count(svg, "rgb(26,127,55)") >= 12, "ringed points");
    }

    @Test
    void a_chart_without_signals_says_so() {
        String svg = Figures.runChart(RunChart.of(5, 6, 5, 6, 5, 6, 5, 6)).toSvg();
        Svg.parse(svg);
        assertTrue(svg.contains("No signal under the IHI run-chart rules and Anhøj rules"), svg.length() + " chars");
        assertTrue(svg.contains("Point"), "bare values are numbered, not dated");
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
    }
}

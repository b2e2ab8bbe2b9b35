package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;

/**
 * Every kind of figure at a journal column (85 × 60 mm), a square column figure (85 × 85 mm) and
 * most of a page (170 × 120 mm), at 300 dpi, measured from its drawing: JFreeChart's rendering info
 * gives the data area and the points and bars; a {@link TextRecorder} gives the box of every text as
 * drawn into the PNG's canvas.
 */
class PrintLayoutTest {

    /** Printed sizes in millimetres, width and height: the three asked for, a size between and a wide strip. */
    static final double[][] SIZES = {{85, 60}, {85, 85}, {170, 120}, {130, 100}, {170, 60}};

    /** What one drawing of a figure measured. */
    record Measured(double plotShare, List<String> problems) {
    }

    static Measured measure(Figure figure) {
        BufferedImage image = new BufferedImage(figure.pixelWidth(), figure.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = image.createGraphics();
        List<TextRecorder.Text> texts = new ArrayList<>();
        ChartRenderingInfo info = new ChartRenderingInfo();
        JFreeChart chart;
        try {
            chart = figure.render(new TextRecorder(canvas, texts), info);
        } finally {
            canvas.dispose();
        }
        double scale = figure.dpi() / Figure.LAYOUT_DPI;
        Rectangle2D data = info.getPlotInfo().getDataArea();
        double share = data.getWidth() * data.getHeight() / (figure.width() * (double) figure.height());
        List<String> problems = new ArrayList<>();
        if (share < 0.5) {
            problems.add(String.format(Locale.ROOT, "the data area is %.0f %% of the figure", share * 100));
        }
        Rectangle2D page = new Rectangle2D.Double(0, 0, figure.pixelWidth(), figure.pixelHeight());
        // Points and bars in device pixels: the marks a label must not cover.
        List<Rectangle2D> marks = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof CategoryItemEntity || e instanceof XYItemEntity xy && shapeShown(chart, xy)) {
                Rectangle2D b = e.getArea().getBounds2D();
                marks.add(new Rectangle2D.Double(b.getX() * scale, b.getY() * scale, b.getWidth() * scale,
                        b.getHeight() * scale));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            TextRecorder.Text t = texts.get(i);
            if (t.clipped() || !page.contains(t.box())) {
                problems.add("clipped: " + t);
            }
            for (int j = i + 1; j < texts.size(); j++) {
                if (overlap(t.box(), texts.get(j).box())) {
                    problems.add("overlap: " + t + " and " + texts.get(j));
                }
            }
            for (Rectangle2D mark : marks) {
                // A value written inside its own bar's end covers no data; partly on a mark, it does.
                if (overlap(t.box(), mark) && !mark.contains(t.box())) {
                    problems.add("on a point or bar: " + t);
                    break;
                }
            }
        }
        return new Measured(share, problems);
    }

    /** Whether the point an entity stands for is drawn as a mark (not a line's invisible vertex). */
    private static boolean shapeShown(JFreeChart chart, XYItemEntity e) {
        XYPlot plot = (XYPlot) chart.getPlot();
        XYItemRenderer r = plot.getRendererForDataset(e.getDataset());
        return r instanceof XYLineAndShapeRenderer shapes && shapes.getItemShapeVisible(e.getSeriesIndex(), e.getItem());
    }

    /** Boxes overlap when they share more than a hair (half a printed pixel) each way. */
    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D i = a.createIntersection(b);
        return i.getWidth() > 0.5 && i.getHeight() > 0.5;
    }

    @Test
    void every_figure_keeps_half_its_area_for_the_data_and_no_text_overlaps_at_print_sizes() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Figure> e : PrintFigures.all().entrySet()) {
            for (double[] size : SIZES) {
                Figure figure = e.getValue().forPrint(size[0], size[1], 300);
                Measured m = measure(figure);
                String at = String.format(Locale.ROOT, "%s at %.0f × %.0f mm (data %.0f %%)", e.getKey(), size[0], size[1],
                        m.plotShare() * 100);
                System.out.println("PrintLayoutTest: " + at);
                if (!m.problems().isEmpty()) {
                    failures.add(at + ": " + String.join("; ", m.problems()));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " figures do not fit:\n" + String.join("\n", failures));
    }
}

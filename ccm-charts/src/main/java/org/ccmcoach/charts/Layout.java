package org.ccmcoach.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * The room a chart is laid out in: its layout size, the resolution it is drawn at, and whether it
 * carries its title. A compact layout (a journal column) gets smaller type, short labels and no
 * decoration that a caption can carry; the drawings read their fonts and choices from here.
 *
 * @param width  layout pixels, 96 to the inch
 * @param height  layout pixels
 * @param dpi  the resolution drawn at, for measuring with the metrics the drawing will have
 * @param title  whether the chart's title is drawn
 */
record Layout(int width, int height, int dpi, boolean title) {

    /**
     * Below this width or height, in layout pixels (148 × 111 mm), a figure is compact: 85 × 60 mm to
     * 170 × 100 mm are, 170 × 120 mm is not.
     */
    static final int COMPACT_WIDTH = 560;
    static final int COMPACT_HEIGHT = 420;

    /** {@return whether the figure is column-sized: small type, short labels, notes below the legend} */
    boolean compact() {
        return width < COMPACT_WIDTH || height < COMPACT_HEIGHT;
    }

    /** {@return the title's font} */
    Font titleFont() {
        return compact() ? Style.TITLE.deriveFont(12.5f) : Style.TITLE;
    }

    /** {@return the font of tick labels and category names: 10 px, 7.5 pt, in a column} */
    Font tick() {
        return compact() ? Style.TICK.deriveFont(10f) : Style.TICK;
    }

    /** {@return the font of axis titles} */
    Font axisLabel() {
        return compact() ? Style.AXIS_LABEL.deriveFont(10.5f) : Style.AXIS_LABEL;
    }

    /** {@return the font of the notes} */
    Font text() {
        return compact() ? Style.SUBTITLE.deriveFont(10f) : Style.SUBTITLE;
    }

    /** {@return the font of the legend: in a column 9.5 px (7 pt), so that it keeps to one line} */
    Font legend() {
        return compact() ? Style.SUBTITLE.deriveFont(9.5f) : Style.SUBTITLE;
    }

    /** {@return the font of labels inside the plot: markers, bars, bands} */
    Font label() {
        return compact() ? Style.NOTE.deriveFont(9.5f) : Style.NOTE;
    }

    /** {@return the width of a text in a font, in layout pixels} */
    static double width(String text, Font font) {
        return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }

    /**
     * Lays the chart out as it will be drawn and returns its data area, in layout pixels: the
     * measure of what the plot has left after titles, legend, notes and axes.
     */
    Rectangle2D dataArea(JFreeChart chart) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(dpi / Figure.LAYOUT_DPI, dpi / Figure.LAYOUT_DPI);
            ChartRenderingInfo info = new ChartRenderingInfo(null);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
            return info.getPlotInfo().getDataArea();
        } finally {
            g.dispose();
        }
    }
}

package org.ccmcoach.charts;

import java.awt.Graphics2D;
import java.util.function.Consumer;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws onto JFreeSVG's SVG canvas, when JFreeSVG is there. It is the only class that names JFreeSVG,
 * so an application without it loads every other class of ccm-charts and draws PNG.
 */
final class SvgDocument {

    private static final String CANVAS = "org.jfree.svg.SVGGraphics2D";

    private SvgDocument() {
    }

    /**
     * Draws a figure as an SVG document.
     *
     * @param width  the canvas width, in layout pixels
     * @param height  the canvas height, in layout pixels
     * @param idPrefix  the prefix of the document's definition ids: JFreeSVG seeds them from the clock,
     *         and a prefix from the figure keeps one figure's SVG byte-for-byte the same
     * @param drawing  what to draw
     * @return the SVG text
     */
    static String draw(int width, int height, String idPrefix, Consumer<Graphics2D> drawing) {
        requireJFreeSvg();
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix);
        drawing.accept(g);
        return g.getSVGDocument();
    }

    private static void requireJFreeSvg() {
        try {
            Class.forName(CANVAS, false, SvgDocument.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("SVG output needs JFreeSVG, which ccm-charts declares optional because"
                    + " it is licensed under the GPL version 3: add org.jfree:org.jfree.svg:5.0.6 to your dependencies"
                    + " (and requires org.jfree.svg to your module), or write PNG with writePng", e);
        }
    }
}

package org.ccmcoach.charts;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart ready to be written: a title, a size in pixels, and the drawing, as SVG or PNG. Made by
 * {@link Figures}.
 *
 * <pre>{@code
 * Figure figure = Figures.runChart(RunChart.of(series));
 * figure.writeSvg(Path.of("no-shows.svg"));
 * figure.withSize(1200, 600).writePng(Path.of("no-shows.png"));
 * }</pre>
 *
 * <p>SVG keeps text as text (searchable, selectable) and scales without loss: the format for
 * reports and the web. PNG is for documents and slides. Immutable; drawing is synchronized, so a
 * figure may be shared between threads.
 */
public final class Figure {

    private final String title;
    private final JFreeChart chart;
    private final int width;
    private final int height;

    Figure(String title, JFreeChart chart, int width, int height) {
        this.title = Objects.requireNonNull(title, "title");
        this.chart = Objects.requireNonNull(chart, "chart");
        if (width < 100 || width > 10_000 || height < 100 || height > 10_000) {
            throw new IllegalArgumentException("Figure size: width and height must be 100 to 10000 pixels (was "
                    + width + " × " + height + ")");
        }
        this.width = width;
        this.height = height;
    }

    /**
     * The chart's title.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * The width in pixels.
     *
     * @return the width
     */
    public int width() {
        return width;
    }

    /**
     * The height in pixels.
     *
     * @return the height
     */
    public int height() {
        return height;
    }

    /**
     * This figure at another size; text keeps its size, so a larger figure shows more detail.
     *
     * @param width  100 to 10,000 pixels
     * @param height  100 to 10,000 pixels
     * @return a figure of that size
     * @throws IllegalArgumentException if a dimension is out of range
     */
    public Figure withSize(int width, int height) {
        return new Figure(title, chart, width, height);
    }

    /**
     * The figure as a standalone SVG document (UTF-8, with an XML declaration).
     *
     * @return the SVG text, not null
     */
    public String toSvg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        synchronized (chart) {
            chart.draw(g, new Rectangle(0, 0, width, height));
        }
        return g.getSVGDocument();
    }

    /**
     * The figure as PNG bytes.
     *
     * @return the PNG, not null
     */
    public byte[] toPng() {
        BufferedImage image;
        synchronized (chart) {
            image = chart.createBufferedImage(width, height);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the figure as an SVG file.
     *
     * @param file  the file, created or replaced, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeSvg(Path file) {
        write(file, toSvg().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the figure as a PNG file.
     *
     * @param file  the file, created or replaced, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writePng(Path file) {
        write(file, toPng());
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(Objects.requireNonNull(file, "file"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Figure[" + title + ", " + width + " × " + height + " px]";
    }
}

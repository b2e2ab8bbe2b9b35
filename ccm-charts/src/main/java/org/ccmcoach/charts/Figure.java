package org.ccmcoach.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.LegendTitle;

/**
 * A chart ready to be written: a title, a size, and the drawing, as SVG or PNG. Made by {@link Figures}.
 *
 * <pre>{@code
 * Figure figure = Figures.runChart(RunChart.of(series));
 * figure.writeSvg(Path.of("no-shows.svg"));
 * figure.withSize(1200, 600).writePng(Path.of("no-shows.png"));        // a bigger canvas, same text size
 * figure.forPrint(85, 60, 300).withoutTitle().writePng(Path.of("fig2.png"));   // a journal column at 300 dpi
 * String caption = figure.title() + ". " + String.join(" ", figure.notes());
 * }</pre>
 *
 * <p>Sizes are in layout pixels, 96 to the inch, the unit of CSS and of most screens, so the 12 px
 * tick labels of {@link Figures} read as 9 pt in print. {@link #forPrint(double, double, int)} lays
 * the chart out at a physical size and rasterises it at a resolution: text, lines and points scale
 * with the resolution, so a 300 dpi PNG is the same figure as the 96 dpi one, sharper. At a column's
 * size (under 148 × 111 mm) the type is smaller (7 to 8 pt), short labels stand in for long ones (their key in
 * {@link #notes()}) and notes are drawn only if the data keeps half the figure with them. SVG keeps
 * text as text and scales without loss: the format for reports and the web. Immutable; each drawing
 * lays the chart out anew, so a figure may be shared between threads.
 */
public final class Figure {

    /**
     * The most pixels a figure may have on a side, laid out or as a PNG: the library's choice, as
     * 10,000 × 10,000 RGB is 400 MB to draw.
     */
    public static final int MAX_PIXELS = 10_000;

    /** Layout pixels per inch. */
    static final double LAYOUT_DPI = 96;
    private static final double MM_PER_INCH = 25.4;

    /** The least share of a figure's area its data area keeps: notes that would leave it less are left to the caption. */
    static final double MIN_PLOT_SHARE = 0.5;

    /**
     * A chart laid out for a layout, before notes: the chart, the notes that go with it, and what to
     * place once the data area is known (labels that must clear the data).
     *
     * @param chart  the chart, without notes
     * @param notes  the lines of text that go with it
     * @param settle  places what depends on the final data area, given it in layout pixels
     */
    record Drawn(JFreeChart chart, List<String> notes, Consumer<Rectangle2D> settle) {

        Drawn(JFreeChart chart, List<String> notes) {
            this(chart, notes, area -> { });
        }
    }

    private final String title;
    private final Function<Layout, Drawn> drawing;
    private final int width;
    private final int height;
    private final int dpi;
    private final boolean notes;
    private final boolean titled;

    Figure(String title, Function<Layout, Drawn> drawing, int width, int height) {
        this(title, drawing, width, height, (int) LAYOUT_DPI, true, true);
    }

    private Figure(String title, Function<Layout, Drawn> drawing, int width, int height, int dpi, boolean notes,
                   boolean titled) {
        this.title = Objects.requireNonNull(title, "title");
        this.drawing = Objects.requireNonNull(drawing, "drawing");
        if (width < 100 || width > MAX_PIXELS || height < 100 || height > MAX_PIXELS) {
            throw new IllegalArgumentException("Figure size: width and height must be 100 to " + MAX_PIXELS + " pixels (was "
                    + width + " × " + height + ")");
        }
        if (dpi < 72 || dpi > 1200) {
            throw new IllegalArgumentException("Figure resolution: dpi must be 72 to 1200 (was " + dpi + ")");
        }
        this.width = width;
        this.height = height;
        this.dpi = dpi;
        this.notes = notes;
        this.titled = titled;
        if (pixelWidth() > MAX_PIXELS || pixelHeight() > MAX_PIXELS) {
            throw new IllegalArgumentException("Figure size: " + pixelWidth() + " × " + pixelHeight() + " pixels at " + dpi
                    + " dpi; a PNG may be at most " + MAX_PIXELS + " pixels a side (lower the dpi or the size)");
        }
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
     * The layout width, in pixels at 96 to the inch.
     *
     * @return the width
     */
    public int width() {
        return width;
    }

    /**
     * The layout height, in pixels at 96 to the inch.
     *
     * @return the height
     */
    public int height() {
        return height;
    }

    /**
     * The resolution PNG output is rasterised at; 96 unless {@link #forPrint} set another.
     *
     * @return dots per inch
     */
    public int dpi() {
        return dpi;
    }

    /**
     * The PNG's width in pixels: the layout width scaled from 96 dpi to {@link #dpi()}.
     *
     * @return pixels
     */
    public int pixelWidth() {
        return (int) Math.round(width * dpi / LAYOUT_DPI);
    }

    /**
     * The PNG's height in pixels.
     *
     * @return pixels
     */
    public int pixelHeight() {
        return (int) Math.round(height * dpi / LAYOUT_DPI);
    }

    /**
     * This figure on a canvas of another size; text keeps its size, so a larger figure shows more detail.
     *
     * @param width  100 to {@value #MAX_PIXELS} layout pixels
     * @param height  100 to {@value #MAX_PIXELS} layout pixels
     * @return a figure of that size
     * @throws IllegalArgumentException if a dimension is out of range
     */
    public Figure withSize(int width, int height) {
        return new Figure(title, drawing, width, height, dpi, notes, titled);
    }

    /**
     * This figure laid out at a printed size and rasterised at a resolution, text and lines scaled
     * with it: {@code forPrint(85, 60, 300)} is a single journal column (85 mm) at 300 dpi, a PNG of
     * 1003 × 709 pixels whose tick labels print at 7.5 pt, the column size's type.
     *
     * @param widthMm  the printed width in millimetres, at least 26.5 (100 layout pixels)
     * @param heightMm  the printed height in millimetres, at least 26.5
     * @param dpi  the resolution, 72 to 1,200
     * @return a figure of that size and resolution
     * @throws IllegalArgumentException if a value is out of range, or the PNG would exceed
     *     {@value #MAX_PIXELS} pixels a side (about 846 mm at 300 dpi)
     */
    public Figure forPrint(double widthMm, double heightMm, int dpi) {
        return new Figure(title, drawing, layout(widthMm), layout(heightMm), dpi, notes, titled);
    }

    private static int layout(double mm) {
        if (!(mm > 0) || !Double.isFinite(mm)) {
            throw new IllegalArgumentException("Figure size: millimetres must be a positive number (was " + mm + ")");
        }
        return (int) Math.round(mm / MM_PER_INCH * LAYOUT_DPI);
    }

    /**
     * This figure without its notes (signals and verdict, means and who was left out), for a journal
     * whose caption carries them; the legend stays.
     *
     * @return a figure without notes
     */
    public Figure withoutNotes() {
        return new Figure(title, drawing, width, height, dpi, false, titled);
    }

    /**
     * This figure without its title, for a journal whose caption carries it; {@link #title()} still
     * names the figure.
     *
     * @return a figure without a title
     */
    public Figure withoutTitle() {
        return new Figure(title, drawing, width, height, dpi, notes, false);
    }

    /**
     * The lines of text that go with the figure at its size, for a caption: the verdict and signals,
     * what the bars average and who was left out, and at column sizes what the short labels stand for.
     * They are drawn (under the title on a large figure, under the legend on a small one) unless
     * {@link #withoutNotes()}, if with them the data keeps at least half the figure; if not, none is
     * drawn and they are for the caption to carry.
     *
     * @return the notes, in order, immutable
     */
    public List<String> notes() {
        return drawing.apply(layout()).notes();
    }

    private Layout layout() {
        return new Layout(width, height, dpi, titled);
    }

    /** The chart laid out at this size: notes added if the data keeps its share with them, labels placed. */
    private JFreeChart chart() {
        Layout layout = layout();
        Drawn drawn = drawing.apply(layout);
        JFreeChart chart = drawn.chart();
        if (notes && !drawn.notes().isEmpty()) {
            List<TextTitle> lines = drawn.notes().stream().map(n -> Style.note(n, layout)).toList();
            LegendTitle legend = chart.getLegend();
            if (layout.compact() && legend != null) {
                // Under the legend, in order: the lowest subtitle is the first one added.
                chart.removeLegend();
                for (int i = lines.size() - 1; i >= 0; i--) {
                    chart.addSubtitle(lines.get(i));
                }
                chart.addSubtitle(legend);
            } else if (layout.compact()) {
                // At the bottom, in order: the lowest subtitle is the first one added.
                for (int i = lines.size() - 1; i >= 0; i--) {
                    chart.addSubtitle(lines.get(i));
                }
            } else {
                lines.forEach(chart::addSubtitle);
            }
            // All or none: a few of the signals, without the rest, would read as all there are.
            if (share(layout.dataArea(chart)) < MIN_PLOT_SHARE) {
                lines.forEach(chart::removeSubtitle);
            }
        }
        drawn.settle().accept(layout.dataArea(chart));
        return chart;
    }

    private double share(Rectangle2D area) {
        return area.getWidth() * area.getHeight() / ((double) width * height);
    }

    /**
     * The figure as a standalone SVG document (UTF-8, with an XML declaration), in layout pixels;
     * the same figure gives the same bytes every time.
     *
     * <p>SVG is drawn by JFreeSVG ({@code org.jfree:org.jfree.svg}), which is licensed under the GPL
     * version 3, so ccm-charts declares it optional: an application adds it to its own dependencies
     * when it wants SVG and accepts that licence. PNG needs nothing beyond the JDK.
     *
     * @return the SVG text, not null
     * @throws IllegalStateException if JFreeSVG is not on the class path, naming the dependency to add
     */
    public String toSvg() {
        JFreeChart chart = chart();
        return SvgDocument.draw(width, height, "ccm" + Integer.toHexString(title.hashCode()),
                g -> chart.draw(g, new Rectangle2D.Double(0, 0, width, height)));
    }

    /**
     * The figure as PNG bytes, {@link #pixelWidth()} × {@link #pixelHeight()} pixels, its resolution
     * recorded in the file (the pHYs chunk) so that word processors place it at its printed size.
     *
     * @return the PNG, not null
     */
    public byte[] toPng() {
        BufferedImage image = new BufferedImage(pixelWidth(), pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // The layout's last fraction of a pixel (454 layout pixels are 1418.75 at 300 dpi) is not drawn
            // by the chart: white, not the raster's black.
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            render(g, null);
        } finally {
            g.dispose();
        }
        return png(image, dpi);
    }

    /**
     * Draws the figure as its PNG is drawn, at its resolution on a canvas of {@link #pixelWidth()} ×
     * {@link #pixelHeight()}; tests measure the drawing through {@code info} (in layout pixels).
     */
    JFreeChart render(Graphics2D g, ChartRenderingInfo info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(dpi / LAYOUT_DPI, dpi / LAYOUT_DPI);
        JFreeChart chart = chart();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        return chart;
    }

    private static byte[] png(BufferedImage image, int dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = String.valueOf(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
            stream.flush();
            return out.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("PNG metadata rejected: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Writes the figure as an SVG file.
     *
     * @param file  the file, created or replaced, not null
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalStateException if JFreeSVG is not on the class path (see {@link #toSvg()})
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
        return String.format(Locale.ROOT, "Figure[%s, %d × %d px%s]", title, width, height,
                dpi == LAYOUT_DPI ? "" : " at " + dpi + " dpi (" + pixelWidth() + " × " + pixelHeight() + " pixels)");
    }
}

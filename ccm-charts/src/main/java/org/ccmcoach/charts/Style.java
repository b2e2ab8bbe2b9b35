package org.ccmcoach.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The one look of every ccm chart: fonts large enough to read in a report, a restrained palette. */
final class Style {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    static final Color DATA = new Color(0x1f4e79);
    static final Color CENTRE = new Color(0x404040);
    static final Color LIMIT = new Color(0x8c8c8c);
    static final Color IMPROVEMENT = new Color(0x1a7f37);
    static final Color DETERIORATION = new Color(0xc62828);
    static final Color UNCLASSIFIED = new Color(0xd97706);
    /** A signal from before the change: grey, the colour of no direction. */
    static final Color NO_DIRECTION = new Color(0x595959);
    static final Color EXCLUDED = new Color(0xa6a6a6);
    static final Color MARKER = new Color(0x6b6b6b);
    static final Color BASELINE = new Color(0x9ecae1);
    static final Color FOLLOW_UP = new Color(0x1f4e79);
    static final Color GRID = new Color(0xdddddd);
    static final Color OVER = new Color(0xc62828);

    static final Stroke DATA_LINE = new BasicStroke(1.6f);
    static final Stroke CENTRE_LINE = new BasicStroke(1.8f);
    static final Stroke LIMIT_LINE = new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    static final Stroke MARKER_LINE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {2f, 3f}, 0f);
    static final Stroke PART_LINE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 4f}, 0f);

    private Style() {
    }

    /**
     * A chart with ccm's background, legend at the bottom and antialiased text, its title if the
     * layout carries one, in the layout's type.
     */
    static JFreeChart chart(String title, Plot plot, boolean legend, Layout layout) {
        Font font = layout.titleFont();
        if (layout.compact() && layout.title()) {
            // In a column a long title shrinks to one line, down to 10 px, before it wraps.
            double room = layout.width() - 24;
            font = font.deriveFont((float) Math.max(10, Math.min(font.getSize2D(),
                    Math.floor(font.getSize2D() * room / Layout.width(title, font) * 4) / 4)));
        }
        JFreeChart chart = new JFreeChart(layout.title() ? title : null, font, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(layout.compact() ? new RectangleInsets(2, 2, 2, 8) : new RectangleInsets(8, 8, 8, 12));
        chart.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        if (layout.compact()) {
            // Room on the right, with the chart's padding, for half a tick label centred on the plot's edge ("110%").
            plot.setInsets(new RectangleInsets(2, 2, 2, Math.max(4, Layout.width("000%", layout.tick()) / 2 - 6)));
            if (chart.getTitle() != null) {
                chart.getTitle().setPadding(new RectangleInsets(0, 2, 2, 2));
            }
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(layout.legend());
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            if (layout.compact()) {
                legendTitle.setItemLabelPadding(new RectangleInsets(0, 2, 0, 3)); // rows close: a legend of four marks wraps
                legendTitle.setLegendItemGraphicPadding(new RectangleInsets(0, 4, 0, 1));
                legendTitle.setMargin(new RectangleInsets(1, 1, 1, 1));
            }
        }
        return chart;
    }

    /**
     * A note: a line of text, left-aligned, wrapped to the width; under the title on a large figure,
     * under the legend on a compact one, where a caption would be.
     */
    static TextTitle note(String text, Layout layout) {
        TextTitle title = new TextTitle(text, layout.text());
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setPaint(CENTRE);
        title.setPadding(new RectangleInsets(1, 4, 1, 4));
        title.setPosition(layout.compact() ? RectangleEdge.BOTTOM : RectangleEdge.TOP);
        return title;
    }

    /** Sets an axis in the layout's type; in a column with tighter insets, so the plot keeps the room. */
    static <A extends Axis> A axis(A axis, Layout layout) {
        axis.setLabelFont(layout.axisLabel());
        axis.setTickLabelFont(layout.tick());
        if (layout.compact()) {
            axis.setLabelInsets(new RectangleInsets(1, 1, 1, 1));
            axis.setTickLabelInsets(new RectangleInsets(1, 2, 1, 2));
            axis.setTickMarkOutsideLength(1.5f);
        }
        return axis;
    }

    /** An axis title: the full one on a large figure, the short one on a compact one. */
    static String axisTitle(Layout layout, String full, String compact) {
        return layout.compact() ? compact : full;
    }
}

package org.ccmcoach.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmcoach.pdsa.driver.Driver;
import org.ccmcoach.pdsa.driver.KeyDriverDiagram;
import org.ccmcoach.pdsa.driver.LinkedChangeIdea;
import org.ccmcoach.pdsa.driver.NodeId;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * Draws a key driver diagram as a tree from the aim on the left to the change ideas on the right, in
 * the columns of Bennett and Provost (Quality Progress 2015): aim, primary drivers, secondary drivers,
 * change ideas, each box's text wrapped to its column and each change idea's measures and ramps under
 * its text. The Eclipse Layout Kernel's layered algorithm places the boxes and routes the edges
 * (orthogonal lines, crossings minimised, the diagram's order kept where it can be); ccm sets only the
 * boxes' sizes, the columns' widths and which column the aim and the change ideas take.
 */
final class KeyDriverDrawing {

    /** The columns, from the aim. */
    enum Column {
        AIM("Aim", "Aim"), PRIMARY("Primary drivers", "Primary"), SECONDARY("Secondary drivers", "Secondary"),
        CHANGE_IDEA("Change ideas", "Changes");

        final String header;
        /** The header when the full one is wider than the column. */
        final String shortHeader;

        Column(String header, String shortHeader) {
            this.header = header;
            this.shortHeader = shortHeader;
        }
    }

    /**
     * A laid-out box, in diagram pixels from the diagram's top left.
     *
     * @param id  the node's id, "aim" for the aim
     * @param column  its column
     * @param lines  its text, wrapped
     * @param links  its measures and ramps, wrapped, drawn under the text in a lighter type
     * @param bounds  where it is
     */
    record Box(String id, Column column, List<String> lines, List<String> links, Rectangle2D bounds) {
    }

    /** A routed edge: the points of its line, from the box nearer the aim. */
    record Edge(List<Point2D> points) {
    }

    /** The diagram laid out: boxes, edges and its size, in diagram pixels. */
    record Laid(List<Box> boxes, List<Edge> edges, double width, double height, double lineHeight) {
    }

    /** Between columns, in layout pixels: room for the edges' vertical runs (ccm's choice); half in a compact layout. */
    static final double COLUMN_GAP = 40;
    /** Between boxes of a column (ccm's choice). */
    static final double BOX_GAP = 10;
    private static final String AIM = "aim";

    private static final Color AIM_FILL = Style.DATA;
    private static final Color PRIMARY_FILL = new Color(0xc6dbef);
    private static final Color SECONDARY_FILL = new Color(0xe6eff8);
    private static final Color IDEA_FILL = Color.WHITE;

    private KeyDriverDrawing() {
    }

    static Figure draw(KeyDriverDiagram diagram) {
        // The default size: 1000 px wide, as tall as the diagram laid out at that width needs.
        Layout page = new Layout(1000, 1000, (int) Figure.LAYOUT_DPI, true);
        Laid laid = layOut(diagram, 1000 - 20, page);
        // The title (about 30 px), the column headers, the chart's padding, and a line per note.
        int notes = 18 * diagram.gaps().size();
        // At least the height below which a figure is laid out as a journal column's (smaller type).
        int height = (int) Math.min(Figure.MAX_PIXELS, Math.max(Layout.COMPACT_HEIGHT, Math.ceil(laid.height()) + 30
                + headerHeight(page) + 24 + notes));
        return new Figure(diagram.title(), layout -> drawn(diagram, layout), 1000, height);
    }

    private static Figure.Drawn drawn(KeyDriverDiagram diagram, Layout layout) {
        DiagramPlot plot = new DiagramPlot(diagram, layout);
        JFreeChart chart = Style.chart(diagram.title(), plot, false, layout);
        plot.setOutlineVisible(false);
        return new Figure.Drawn(chart, diagram.gaps().stream().map(g -> "Open: " + g + ".").toList());
    }

    /** Registers the layered algorithm once: ELK finds it through the service loader too, but not in every class loader. */
    private static final class Registered {
        static final boolean LAYERED;

        static {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            LAYERED = true;
        }
    }

    /**
     * Lays the diagram out in four columns across a width: wraps each box's text to its column, lets
     * ELK place the boxes and route the edges, and returns what to draw.
     *
     * @param width  the width the diagram takes, in layout pixels
     * @param layout  the layout, for its fonts and whether it is compact
     */
    static Laid layOut(KeyDriverDiagram diagram, double width, Layout layout) {
        Font text = layout.label();
        Font small = layout.legend();
        double gap = gap(layout);
        double padding = padding(layout);
        double boxWidth = Math.max(60, (width - 3 * gap) / 4);
        double inner = boxWidth - 2 * padding;
        double lineHeight = Math.ceil(text.getSize2D() * 1.25);
        double smallHeight = Math.ceil(small.getSize2D() * 1.25);

        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, BOX_GAP);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, gap);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // Each node as near the aim as its links allow: a primary driver whose only child is a change idea
        // stays in the primary column (network simplex would pull it next to the idea, shortening that edge).
        graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH_SOURCE);

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<ElkNode, Box> unplaced = new HashMap<>();
        java.util.function.BiConsumer<Box, Column> add = (box, column) -> {
            ElkNode n = ElkGraphUtil.createNode(graph);
            n.setIdentifier(box.id());
            double h = 2 * padding + box.lines().size() * lineHeight + box.links().size() * smallHeight;
            n.setDimensions(boxWidth, h);
            if (column == Column.AIM) {
                n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            } else if (column == Column.CHANGE_IDEA) {
                n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST_SEPARATE);
            }
            nodes.put(box.id(), n);
            unplaced.put(n, box);
        };
        add.accept(new Box(AIM, Column.AIM, wrap(diagram.aim().statement(), text.deriveFont(Font.BOLD), inner), List.of(), null), Column.AIM);
        for (Driver d : diagram.primaryDrivers()) {
            add.accept(new Box(d.id().value(), Column.PRIMARY, wrap(d.text(), text, inner), links(d.measures(), List.of(),
                    small, inner), null), Column.PRIMARY);
        }
        for (Driver d : diagram.secondaryDrivers()) {
            add.accept(new Box(d.id().value(), Column.SECONDARY, wrap(d.text(), text, inner), links(d.measures(), List.of(),
                    small, inner), null), Column.SECONDARY);
        }
        for (LinkedChangeIdea c : diagram.changeIdeas()) {
            add.accept(new Box(c.id().value(), Column.CHANGE_IDEA, wrap(c.idea().description(), text, inner),
                    links(c.measures(), c.ramps(), small, inner), null), Column.CHANGE_IDEA);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Driver d : diagram.primaryDrivers()) {
            edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(AIM), nodes.get(d.id().value())));
        }
        for (Driver d : diagram.secondaryDrivers()) {
            for (NodeId p : d.drives()) {
                edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(p.value()), nodes.get(d.id().value())));
            }
        }
        for (LinkedChangeIdea c : diagram.changeIdeas()) {
            for (NodeId d : c.drivers()) {
                edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(d.value()), nodes.get(c.id().value())));
            }
        }
        // An engine per layout, since nothing promises that one may be shared between threads.
        if (Registered.LAYERED) {
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        }

        List<Box> boxes = new ArrayList<>();
        for (ElkNode n : nodes.values()) {
            Box b = unplaced.get(n);
            boxes.add(new Box(b.id(), b.column(), b.lines(), b.links(),
                    new Rectangle2D.Double(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        }
        List<Edge> routed = new ArrayList<>();
        for (ElkEdge e : edges) {
            for (ElkEdgeSection s : e.getSections()) {
                List<Point2D> points = new ArrayList<>();
                points.add(new Point2D.Double(s.getStartX(), s.getStartY()));
                for (ElkBendPoint bend : s.getBendPoints()) {
                    points.add(new Point2D.Double(bend.getX(), bend.getY()));
                }
                points.add(new Point2D.Double(s.getEndX(), s.getEndY()));
                routed.add(new Edge(List.copyOf(points)));
            }
        }
        return new Laid(List.copyOf(boxes), List.copyOf(routed), graph.getWidth(), graph.getHeight(), lineHeight);
    }

    private static List<String> links(List<?> measures, List<?> ramps, Font font, double width) {
        List<String> lines = new ArrayList<>();
        if (!measures.isEmpty()) {
            lines.addAll(wrap((measures.size() == 1 ? "measure " : "measures ") + join(measures), font, width));
        }
        if (!ramps.isEmpty()) {
            lines.addAll(wrap((ramps.size() == 1 ? "ramp " : "ramps ") + join(ramps), font, width));
        }
        return lines;
    }

    private static String join(List<?> values) {
        return String.join(", ", values.stream().map(Object::toString).toList());
    }

    static double gap(Layout layout) {
        return layout.compact() ? COLUMN_GAP / 2 : COLUMN_GAP;
    }

    static double padding(Layout layout) {
        return layout.compact() ? 3 : 6;
    }

    static double headerHeight(Layout layout) {
        return Math.ceil(layout.label().getSize2D() * 1.6);
    }

    /**
     * Wraps text to a width, word by word; a word too long for a line is broken after a hyphen if it
     * has one that fits, else where it must be.
     */
    static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // A unit keeps to its number: "22 %" is not broken before the "%".
        for (String word : text.trim().replace(" %", "\u00a0%").split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (Layout.width(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (Layout.width(rest, font) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && Layout.width(rest.substring(0, cut), font) > width) {
                    cut--;
                }
                int hyphen = rest.lastIndexOf('-', cut - 1);
                if (hyphen > 0) {
                    cut = hyphen + 1;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }

    /** A JFreeChart plot that draws the laid-out diagram in its area, under a row of column headers. */
    static final class DiagramPlot extends Plot {

        private static final long serialVersionUID = 1L;

        private final transient KeyDriverDiagram diagram;
        private final transient Layout layout;

        DiagramPlot(KeyDriverDiagram diagram, Layout layout) {
            this.diagram = diagram;
            this.layout = layout;
        }

        @Override
        public String getPlotType() {
            return "Key driver diagram";
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
            getInsets().trim(area);
            if (info != null) {
                info.setPlotArea(area);
                info.setDataArea(area);
            }
            Font text = layout.label();
            Font small = layout.legend();
            Font header = text.deriveFont(Font.BOLD);
            double headerHeight = headerHeight(layout);
            Laid laid = layOut(diagram, area.getWidth(), layout);
            double room = area.getHeight() - headerHeight;
            // Laid out to the width; a diagram taller than the figure is scaled down, text with it.
            double scale = Math.min(1, Math.min(area.getWidth() / laid.width(), room / laid.height()));
            double spare = Math.max(0, room - laid.height() * scale);
            AffineTransform saved = g.getTransform();
            Object metrics = g.getRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS);
            // Text is drawn with the metrics it was wrapped with (Layout.width's), so no line outgrows its box.
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            // Centred across; a short diagram sits a third of the spare room down, near its headers.
            g.translate(area.getX() + (area.getWidth() - laid.width() * scale) / 2, area.getY() + spare / 3);
            g.scale(scale, scale);
            g.setFont(header);
            g.setPaint(Style.CENTRE);
            Map<Column, Double> columnX = new EnumMap<>(Column.class);
            for (Box b : laid.boxes()) {
                columnX.merge(b.column(), b.bounds().getX(), Math::min);
            }
            double columnWidth = laid.boxes().get(0).bounds().getWidth();
            for (Map.Entry<Column, Double> c : columnX.entrySet()) {
                String name = Layout.width(c.getKey().header, header) <= columnWidth ? c.getKey().header
                        : c.getKey().shortHeader;
                g.drawString(name, (float) (double) c.getValue(), (float) (header.getSize2D() * 1.1));
            }
            g.translate(0, headerHeight / scale);
            g.setStroke(new BasicStroke(1.2f));
            g.setPaint(Style.LIMIT);
            for (Edge e : laid.edges()) {
                Path2D path = new Path2D.Double();
                path.moveTo(e.points().get(0).getX(), e.points().get(0).getY());
                for (Point2D p : e.points().subList(1, e.points().size())) {
                    path.lineTo(p.getX(), p.getY());
                }
                g.draw(path);
            }
            for (Box b : laid.boxes()) {
                drawBox(g, b, text, small, laid.lineHeight(), padding(layout));
            }
            g.setTransform(saved);
            if (metrics != null) {
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, metrics);
            }
        }

        private static void drawBox(Graphics2D g, Box b, Font text, Font small, double lineHeight, double padding) {
            Rectangle2D r = b.bounds();
            Color fill = switch (b.column()) {
                case AIM -> AIM_FILL;
                case PRIMARY -> PRIMARY_FILL;
                case SECONDARY -> SECONDARY_FILL;
                case CHANGE_IDEA -> IDEA_FILL;
            };
            g.setPaint(fill);
            g.fill(r);
            g.setStroke(new BasicStroke(1f));
            g.setPaint(Style.DATA);
            g.draw(r);
            g.setPaint(b.column() == Column.AIM ? Color.WHITE : Color.BLACK);
            g.setFont(b.column() == Column.AIM ? text.deriveFont(Font.BOLD) : text);
            double y = r.getY() + padding;
            for (String line : b.lines()) {
                g.drawString(line, (float) (r.getX() + padding), (float) (y + text.getSize2D()));
                y += lineHeight;
            }
            g.setFont(small);
            g.setPaint(Style.NO_DIRECTION);
            double smallHeight = Math.ceil(small.getSize2D() * 1.25);
            for (String line : b.links()) {
                g.drawString(line, (float) (r.getX() + padding), (float) (y + small.getSize2D()));
                y += smallHeight;
            }
        }
    }
}

package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.pdsa.Aim;
import org.ccmcoach.pdsa.ChangeIdea;
import org.ccmcoach.pdsa.CycleId;
import org.ccmcoach.pdsa.MeasureId;
import org.ccmcoach.pdsa.driver.Driver;
import org.ccmcoach.pdsa.driver.KeyDriverDiagram;
import org.ccmcoach.pdsa.driver.LinkedChangeIdea;
import org.ccmcoach.pdsa.driver.NodeId;

/**
 * ELK's layout of any well-formed diagram places every node once, in its column from the aim, with no
 * two boxes overlapping and every line of text inside its box, at a page's width and a column's.
 */
class KeyDriverLayoutProperties {

    /** As ccm-pdsa's KeyDriverDiagramProperties.random: 1–5 primary, 0–7 secondary drivers, 0–9 change ideas. */
    static KeyDriverDiagram random(long seed) {
        Random r = new Random(seed);
        KeyDriverDiagram.Builder b = KeyDriverDiagram.builder().title("Diagram " + seed)
                .aim(Aim.builder().statement("Aim " + seed + " with a statement".repeat(r.nextInt(6))).build());
        // Each count drawn once: a bound redrawn on every pass would almost never reach a crowded diagram.
        int primaryCount = 1 + r.nextInt(5);
        int secondaryCount = r.nextInt(8);
        int ideaCount = r.nextInt(10);
        List<NodeId> primaries = new ArrayList<>();
        for (int i = 0; i < primaryCount; i++) {
            b.addPrimaryDrivers(Driver.builder().id(NodeId.of("p" + i)).text("Primary driver " + i + " text".repeat(r.nextInt(9)))
                    .addAllMeasures(r.nextBoolean() ? List.of(MeasureId.of("a-rather-long-measure-id-" + i)) : List.of())
                    .build());
            primaries.add(NodeId.of("p" + i));
        }
        List<NodeId> drivers = new ArrayList<>(primaries);
        for (int i = 0; i < secondaryCount; i++) {
            b.addSecondaryDrivers(Driver.builder().id(NodeId.of("s" + i)).text("Secondary " + i + " words".repeat(r.nextInt(12)))
                    .addAllDrives(subset(r, primaries)).build());
            drivers.add(NodeId.of("s" + i));
        }
        for (int i = 0; i < ideaCount; i++) {
            LinkedChangeIdea.Builder idea = LinkedChangeIdea.builder().id(NodeId.of("c" + i))
                    .idea(ChangeIdea.of("Change idea " + i + " to test".repeat(r.nextInt(7)),
                            CcmElement.values()[r.nextInt(CcmElement.values().length)]))
                    .addAllDrivers(subset(r, drivers));
            if (r.nextBoolean()) {
                idea.addMeasures(MeasureId.of("m" + i), MeasureId.of("measure-" + i));
            }
            if (r.nextBoolean()) {
                idea.addRamps(CycleId.of("c" + i + "-1"));
            }
            b.addChangeIdeas(idea.build());
        }
        return b.build();
    }

    private static List<NodeId> subset(Random r, List<NodeId> from) {
        List<NodeId> chosen = new ArrayList<>();
        for (NodeId id : from) {
            if (r.nextInt(4) == 0) {
                chosen.add(id);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(from.get(r.nextInt(from.size())));
        }
        return chosen;
    }

    @Provide
    Arbitrary<KeyDriverDiagram> diagrams() {
        return Arbitraries.longs().map(KeyDriverLayoutProperties::random);
    }

    @Provide
    Arbitrary<Layout> layouts() {
        // A page (1000 px, 170 mm at 96 dpi) and a column (85 mm): compact type, narrow boxes.
        return Arbitraries.of(new Layout(1000, 600, 96, true), new Layout(642, 454, 300, false),
                new Layout(321, 321, 300, false));
    }

    @Property(tries = 300)
    void every_node_is_placed_once_in_its_column_and_no_boxes_overlap(@ForAll("diagrams") KeyDriverDiagram d,
                                                                      @ForAll("layouts") Layout layout) {
        KeyDriverDrawing.Laid laid = KeyDriverDrawing.layOut(d, layout.width(), layout);
        Set<String> expected = Stream.concat(Stream.of("aim"), Stream.concat(
                Stream.concat(d.primaryDrivers().stream(), d.secondaryDrivers().stream()).map(x -> x.id().value()),
                d.changeIdeas().stream().map(c -> c.id().value()))).collect(Collectors.toSet());
        List<String> placed = laid.boxes().stream().map(KeyDriverDrawing.Box::id).toList();
        assertEquals(expected.size(), placed.size());
        assertEquals(expected, Set.copyOf(placed));
        List<KeyDriverDrawing.Box> boxes = laid.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D a = boxes.get(i).bounds();
            assertTrue(a.getX() >= -0.5 && a.getY() >= -0.5 && a.getMaxX() <= laid.width() + 0.5
                    && a.getMaxY() <= laid.height() + 0.5, boxes.get(i) + " outside " + laid.width() + " × " + laid.height());
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(a.intersects(boxes.get(j).bounds()), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
        // Columns from the aim: each box of a column left of every box of the next one.
        for (KeyDriverDrawing.Box a : boxes) {
            for (KeyDriverDrawing.Box b : boxes) {
                if (a.column().ordinal() < b.column().ordinal()) {
                    assertTrue(a.bounds().getMaxX() < b.bounds().getX(), a + " is not left of " + b);
                }
            }
        }
        // Not asserted: no wider than the figure. ELK widens the gap between columns when many edges need
        // routing channels there; the plot then scales the whole diagram down to the figure.
    }

    @Property(tries = 300)
    void every_line_of_text_fits_its_box(@ForAll("diagrams") KeyDriverDiagram d, @ForAll("layouts") Layout layout) {
        KeyDriverDrawing.Laid laid = KeyDriverDrawing.layOut(d, layout.width(), layout);
        double padding = KeyDriverDrawing.padding(layout);
        for (KeyDriverDrawing.Box b : laid.boxes()) {
            var font = b.column() == KeyDriverDrawing.Column.AIM ? layout.label().deriveFont(java.awt.Font.BOLD) : layout.label();
            for (String line : b.lines()) {
                assertTrue(Layout.width(line, font) <= b.bounds().getWidth() - 2 * padding + 0.01, line + " in " + b);
            }
            for (String line : b.links()) {
                assertTrue(Layout.width(line, layout.legend()) <= b.bounds().getWidth() - 2 * padding + 0.01, line + " in " + b);
            }
        }
    }
}

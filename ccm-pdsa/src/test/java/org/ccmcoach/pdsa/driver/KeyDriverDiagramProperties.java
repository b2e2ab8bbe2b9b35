package org.ccmcoach.pdsa.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.pdsa.Aim;
import org.ccmcoach.pdsa.ChangeIdea;
import org.ccmcoach.pdsa.CycleId;
import org.ccmcoach.pdsa.MeasureId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every well-formed diagram builds, reads back equal from its JSON, and prints each path from the aim once. */
class KeyDriverDiagramProperties {

    /**
     * A well-formed diagram from a seed: 1 to 5 primary drivers, up to 7 secondary drivers each on a
     * non-empty set of primary drivers, up to 9 change ideas each on a non-empty set of drivers.
     */
    static KeyDriverDiagram random(long seed) {
        Random r = new Random(seed);
        KeyDriverDiagram.Builder b = KeyDriverDiagram.builder().title("Diagram " + seed)
                .aim(Aim.builder().statement("Aim " + seed).build());
        List<NodeId> primaries = new ArrayList<>();
        List<NodeId> drivers = new ArrayList<>();
        int p = 1 + r.nextInt(5);
        for (int i = 0; i < p; i++) {
            b.addPrimaryDrivers(Driver.builder().id(NodeId.of("p" + i)).text("Primary driver " + i + " text".repeat(r.nextInt(6)))
                    .build());
            primaries.add(NodeId.of("p" + i));
        }
        drivers.addAll(primaries);
        int s = r.nextInt(8);
        for (int i = 0; i < s; i++) {
            b.addSecondaryDrivers(Driver.builder().id(NodeId.of("s" + i)).text("Secondary " + i + " words".repeat(r.nextInt(8)))
                    .addAllDrives(subset(r, primaries)).build());
            drivers.add(NodeId.of("s" + i));
        }
        int c = r.nextInt(10);
        for (int i = 0; i < c; i++) {
            LinkedChangeIdea.Builder idea = LinkedChangeIdea.builder().id(NodeId.of("c" + i))
                    .idea(ChangeIdea.of("Change idea " + i + " to test".repeat(r.nextInt(5)),
                            CcmElement.values()[r.nextInt(CcmElement.values().length)]))
                    .addAllDrivers(subset(r, drivers));
            if (r.nextBoolean()) {
                idea.addMeasures(MeasureId.of("m" + i));
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
        return Arbitraries.longs().map(KeyDriverDiagramProperties::random);
    }

    @Property
    void reads_back_equal_from_its_json(@ForAll("diagrams") KeyDriverDiagram d) {
        assertEquals(d, CcmJson.parse(CcmJson.toJson(d), KeyDriverDiagram.class));
    }

    @Property
    void the_text_form_has_a_line_per_path_from_the_aim(@ForAll("diagrams") KeyDriverDiagram d) {
        // Title and aim, each primary driver once, a secondary driver once per primary driver it drives,
        // a change idea once under a primary driver it names and once per path through a secondary one.
        long expected = 2 + d.primaryDrivers().size()
                + d.secondaryDrivers().stream().mapToLong(s -> s.drives().size()).sum();
        for (LinkedChangeIdea c : d.changeIdeas()) {
            for (NodeId driver : c.drivers()) {
                expected += d.secondaryDrivers().stream().filter(s -> s.id().equals(driver)).findFirst()
                        .map(s -> s.drives().size()).orElse(1);
            }
        }
        assertEquals(expected, d.toText().lines().count());
    }
}

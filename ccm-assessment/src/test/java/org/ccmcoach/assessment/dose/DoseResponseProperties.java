package org.ccmcoach.assessment.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ccmcoach.core.PracticeId;

/** Thirds of dose depend on the doses alone: never a tie split, never a result of the practices' ids. */
class DoseResponseProperties {

    @Property(tries = 500)
    void thirds_never_split_a_tie_and_ignore_ids(@ForAll @Size(min = 0, max = 40) List<@IntRange(min = 0, max = 6) Integer> doses,
                                                 @ForAll long seed) {
        List<DosePoint> points = new ArrayList<>();
        for (int i = 0; i < doses.size(); i++) {
            points.add(new DosePoint(PracticeId.of("p-" + i), doses.get(i), i % 5));
        }
        DoseResponse table = DoseResponse.of(points, List.of());
        List<DoseGroup> g = table.groups();
        if (g.isEmpty()) {
            assertTrue(doses.size() < DoseResponse.MIN_FOR_GROUPS || table.caveat().contains("No thirds"), table.caveat());
        } else {
            assertEquals(3, g.size());
            assertEquals(doses.size(), g.stream().mapToInt(x -> x.practices().size()).sum());
            for (int k = 0; k < 3; k++) {
                assertTrue(g.get(k).practices().size() >= 2);
                if (k > 0) {
                    assertTrue(g.get(k - 1).maxHours() < g.get(k).minHours(), "a tie split between thirds");
                }
            }
        }
        // The same points under shuffled ids: the same thirds, as doses and changes.
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < doses.size(); i++) {
            ids.add(i);
        }
        Collections.shuffle(ids, new Random(seed));
        List<DosePoint> renamed = new ArrayList<>();
        for (int i = 0; i < doses.size(); i++) {
            renamed.add(new DosePoint(PracticeId.of("q-" + ids.get(i)), doses.get(i), i % 5));
        }
        DoseResponse other = DoseResponse.of(renamed, List.of());
        assertEquals(g.stream().map(x -> List.of(x.minHours(), x.maxHours(), x.meanChange(), (double) x.practices().size())).toList(),
                other.groups().stream().map(x -> List.of(x.minHours(), x.maxHours(), x.meanChange(), (double) x.practices().size())).toList());
    }
}

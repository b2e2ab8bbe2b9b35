package org.ccmcoach.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.testing.CoachingFixtures;

/** Fidelity's counts add up for any completions and any date assessed. */
class FidelityProperties {

    @Provide
    Arbitrary<List<Encounter>> completions() {
        Arbitrary<Encounter> one = Combinators.combine(Arbitraries.of(ActivityType.class),
                Arbitraries.integers().between(0, 300)).as((t, d) -> CoachingFixtures.encounter(CoachingFixtures.JAN_5.plusDays(d),
                ContactMode.PHONE, 30, t, CoachingFixtures.ANA));
        return one.list().ofMaxSize(25);
    }

    @Property(tries = 300)
    void every_due_occurrence_and_every_completion_is_counted_once(@ForAll("completions") List<Encounter> done,
                                                                 @ForAll @IntRange(min = -10, max = 340) int day,
                                                                 @ForAll @IntRange(min = 0, max = 30) int graceDays) {
        Engagement e = CoachingFixtures.pilot().withEncounters(done);
        LocalDate asOf = CoachingFixtures.JAN_5.plusDays(day);
        EngagementFidelity f = Fidelity.assess(e, asOf, Period.ofDays(graceDays));
        FidelityCount o = f.frequency();
        long scheduled = e.schedule().stream().filter(s -> !s.date().isAfter(asOf)).count();
        long early = f.records().stream().filter(r -> r.scheduled().isPresent() && r.scheduled().get().isAfter(asOf)).count();
        long completed = done.stream().filter(c -> !c.date().isAfter(asOf)).count();
        assertEquals(scheduled + early, o.onTime() + o.late() + o.missed() + o.due(),
                "each occurrence due by then once, and those done early");
        assertTrue(f.records().stream().filter(r -> r.scheduled().isPresent() && r.scheduled().get().isAfter(asOf))
                .allMatch(r -> r.delivery() == Delivery.ON_TIME), "an occurrence not yet due counts only if done early");
        assertEquals(completed, o.onTime() + o.late() + o.added(), "each completion by then, once");
        assertEquals(o.planned() > 0, o.fidelity().isPresent());
        o.fidelity().ifPresent(x -> assertTrue(x >= 0 && x <= 1, "fidelity " + x));
        int onTime = 0;
        int missed = 0;
        for (FidelityCount p : f.phases()) {
            onTime += p.onTime();
            missed += p.missed();
        }
        assertEquals(o.onTime(), onTime);
        assertEquals(o.missed(), missed);
        // Only an added activity can lie outside the template's phases: the schedule's are inside.
        assertTrue(f.records().stream().filter(r -> r.phase() < 0).allMatch(r -> r.delivery() == Delivery.ADDED));
        assertEquals(f.records().size(), o.onTime() + o.late() + o.missed() + o.due() + o.added());
    }
}

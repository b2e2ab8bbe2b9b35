package org.ccmcoach.core.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Schedules hold for any start date, month ends and 29 February included. */
class ScheduleProperties {

    @Provide
    Arbitrary<LocalDate> starts() {
        Arbitrary<LocalDate> any = Arbitraries.longs().between(0, 365L * 40)
                .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
        Arbitrary<LocalDate> monthEnds = Arbitraries.integers().between(0, 12 * 40)
                .map(m -> LocalDate.of(2000, 1, 1).plusMonths(m)).map(d -> d.withDayOfMonth(d.lengthOfMonth()));
        Arbitrary<LocalDate> leapDays = Arbitraries.of(2000, 2004, 2016, 2024, 2028).map(y -> LocalDate.of(y, 2, 29));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(2, monthEnds),
                net.jqwik.api.Tuple.of(1, leapDays));
    }

    @Property(tries = 500)
    void every_activity_falls_inside_its_phase_and_the_engagement(@ForAll("starts") LocalDate start) {
        for (InterventionTemplate t : List.of(InterventionTemplates.ahrqSafetyNetPilot(),
                InterventionTemplates.facilitationStages())) {
            Engagement e = EngagementTest.pilot("p", start).withTemplate(t);
            List<LocalDate> bounds = e.phaseBoundaries();
            for (ScheduledActivity s : e.schedule()) {
                assertTrue(!s.date().isBefore(bounds.get(s.phase())) && s.date().isBefore(bounds.get(s.phase() + 1)), s.toString());
                assertEquals(t.phases().get(s.phase()), e.phaseOn(s.date()).orElseThrow());
            }
            // Every one-off activity is scheduled exactly once.
            long oneOffs = t.phases().stream().flatMap(p -> p.activities().stream())
                    .filter(a -> a.timing().every().isEmpty()).count();
            assertEquals(oneOffs, e.schedule().stream().filter(s -> s.activity().timing().every().isEmpty()).count());
            // No drift at month ends: the JDK's own month arithmetic from the start (10 or 12 months),
            // reached both by end() and by the phase-by-phase boundaries.
            LocalDate expectedEnd = start.plusMonths(t.id().value().equals("pf-six-stages") ? 12 : 10);
            assertEquals(expectedEnd, e.end(), "no drift at month ends");
            assertEquals(expectedEnd, bounds.get(bounds.size() - 1), "the last phase ends where the engagement does");
            assertTrue(ChronoUnit.DAYS.between(start, e.end()) >= (t.duration().toTotalMonths() == 12 ? 365 : 303));
        }
    }

    @Property(tries = 500)
    void monthly_calls_keep_their_day_of_month_or_the_months_last_day(@ForAll("starts") LocalDate start) {
        Engagement e = EngagementTest.pilot("p", start);
        List<LocalDate> calls = e.schedule().stream().filter(s -> s.activity().type() == ActivityType.COACHING_CALL)
                .map(ScheduledActivity::date).toList();
        LocalDate first = calls.get(0);
        assertEquals(8, calls.size(), "one a month through Phase II's 8 months");
        for (int k = 0; k < calls.size(); k++) {
            LocalDate expected = first.plusMonths(k);
            assertEquals(expected, calls.get(k));
            assertEquals(Math.min(first.getDayOfMonth(), expected.lengthOfMonth()), calls.get(k).getDayOfMonth());
        }
    }
}

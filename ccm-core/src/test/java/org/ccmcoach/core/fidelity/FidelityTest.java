package org.ccmcoach.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CompletedActivity;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.junit.jupiter.api.Test;

class FidelityTest {

    static final LocalDate APR_20 = LocalDate.of(2026, 4, 20);

    static Engagement engagement() {
        return CoachingFixtures.pilotWithActivities();
    }

    @Test
    void each_activity_by_hand() {
        EngagementFidelity f = Fidelity.assess(engagement(), APR_20);
        // Due by 20 April: orientation (done that day: on time), preparation (30 Jan, 11 days after:
        // within 14, on time), Assessment Day (20 Feb, 18 days after: late), Learning Session (not done,
        // grace ended 2 March: missed), coaching call 12 Mar (on time), TA call 26 Mar (not done, grace
        // ended 9 April: missed), coaching call 12 Apr (not done, grace ends 26 April: due). The site
        // visit of 1 April was not scheduled: added, in Phase II.
        assertEquals(List.of(Delivery.ON_TIME, Delivery.ON_TIME, Delivery.LATE, Delivery.MISSED, Delivery.ON_TIME,
                Delivery.MISSED, Delivery.ADDED, Delivery.DUE), f.records().stream().map(ActivityRecord::delivery).toList());
        ActivityRecord late = f.records(Delivery.LATE).get(0);
        assertEquals(18, late.daysLate().getAsLong());
        ActivityRecord added = f.records(Delivery.ADDED).get(0);
        assertEquals(Optional.empty(), added.scheduled());
        assertEquals("Phase II — Active Practice Coaching", added.phaseName());

        // Overall: on time 3, late 1, missed 2 → 4 of 6 = 0.667; due 1 and added 1 are outside the ratio.
        assertEquals(new FidelityCount("all", 3, 1, 2, 1, 1), f.overall());
        assertEquals(4.0 / 6, f.overall().fidelity().getAsDouble(), 1e-12);
        // Phase I: 2 on time, 1 late, 1 missed → 3 of 4. Phase II: 1 on time, 1 missed → 1 of 2.
        assertEquals(0.75, f.phases().get(0).fidelity().getAsDouble(), 1e-12);
        assertEquals(0.5, f.phases().get(1).fidelity().getAsDouble(), 1e-12);
        FidelityCount calls = f.activities().stream().filter(a -> a.scope().startsWith("Coaching call")).findFirst()
                .orElseThrow();
        assertEquals(new FidelityCount("Coaching call (Phase II — Active Practice Coaching)", 1, 0, 0, 1, 0), calls);
    }

    @Test
    void a_skipped_call_is_missed_and_the_next_one_on_time_and_an_early_one_counts() {
        // Coaching calls are due 12 March and 12 April. Done on 12 April only: April's, on time; March's
        // missed (its grace ended 26 March), not March's done 31 days late.
        Engagement skipped = CoachingFixtures.pilot()
                .complete(CompletedActivity.of(ActivityType.COACHING_CALL, LocalDate.of(2026, 4, 12)));
        List<ActivityRecord> calls = Fidelity.assess(skipped, APR_20).records().stream()
                .filter(r -> r.type() == ActivityType.COACHING_CALL).toList();
        assertEquals(List.of(Delivery.MISSED, Delivery.ON_TIME), calls.stream().map(ActivityRecord::delivery).toList());
        // Done on 10 April, assessed on 11 April: April's call, done early, on time (not an added activity).
        Engagement early = CoachingFixtures.pilot()
                .complete(CompletedActivity.of(ActivityType.COACHING_CALL, LocalDate.of(2026, 3, 12)))
                .complete(CompletedActivity.of(ActivityType.COACHING_CALL, LocalDate.of(2026, 4, 10)));
        EngagementFidelity f = Fidelity.assess(early, LocalDate.of(2026, 4, 11));
        assertEquals(List.of(Delivery.ON_TIME, Delivery.ON_TIME), f.records().stream()
                .filter(r -> r.type() == ActivityType.COACHING_CALL).map(ActivityRecord::delivery).toList());
        assertEquals(0, f.overall().added());
    }

    @Test
    void dose_by_mode_and_role_by_hand() {
        EngagementFidelity f = Fidelity.assess(engagement(), APR_20);
        // Planned to 20 April, once per role the activity names: phone, point of contact: 60 + 60 + 45 + 45
        // = 210 (4); on site, each role: 210 + 240 = 450 (2); phone, TA: 45 (1). 1,155 minutes in all.
        Dose planned = f.plannedDose();
        assertEquals(List.of(new DoseCell(ContactMode.ON_SITE, EngagementRole.POINT_OF_CONTACT, 2, 450),
                new DoseCell(ContactMode.ON_SITE, EngagementRole.TECHNICAL_ASSISTANCE, 2, 450),
                new DoseCell(ContactMode.PHONE, EngagementRole.POINT_OF_CONTACT, 4, 210),
                new DoseCell(ContactMode.PHONE, EngagementRole.TECHNICAL_ASSISTANCE, 1, 45)), planned.cells());
        assertEquals(1155, planned.minutes());
        // Delivered to 20 April: phone, Ana: 55 + 60 + 40 = 155 (3); on site, Ana: 200 + 90 = 290 (2); on
        // site, Raj: 200 (1). 645 minutes, 3 visits; 645 / 1,155 = 0.558.
        Dose delivered = f.deliveredDose();
        assertEquals(645, delivered.minutes());
        assertEquals(3, delivered.visits());
        assertEquals(200, delivered.minutes(EngagementRole.TECHNICAL_ASSISTANCE));
        assertEquals(155, delivered.minutes(ContactMode.PHONE));
        assertEquals(645.0 / 1155, f.doseRatio().getAsDouble(), 1e-12);
    }

    @Test
    void a_longer_grace_makes_late_on_time_and_nothing_due_has_no_fidelity() {
        EngagementFidelity lenient = Fidelity.assess(engagement(), APR_20, Period.ofDays(21));
        assertEquals(0, lenient.overall().late());
        EngagementFidelity before = Fidelity.assess(engagement(), LocalDate.of(2026, 1, 4));
        assertTrue(before.overall().fidelity().isEmpty(), "nothing fell due: no ratio, not 100 %");
        assertThrows(IllegalArgumentException.class, () -> Fidelity.assess(engagement(), APR_20, Period.ofDays(-1)));
    }
}

package org.ccmcoach.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.FacilitationStrategy;
import org.ccmcoach.core.coaching.KeyChange;
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
        assertEquals(new FidelityCount("all", 3, 1, 2, 1, 1), f.frequency());
        assertEquals(4.0 / 6, f.frequency().fidelity().getAsDouble(), 1e-12);
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
                .record(CoachingFixtures.encounter(LocalDate.of(2026, 4, 12), ContactMode.PHONE, 45, ActivityType.COACHING_CALL,
                        CoachingFixtures.ANA));
        List<ActivityRecord> calls = Fidelity.assess(skipped, APR_20).records().stream()
                .filter(r -> r.type() == ActivityType.COACHING_CALL).toList();
        assertEquals(List.of(Delivery.MISSED, Delivery.ON_TIME), calls.stream().map(ActivityRecord::delivery).toList());
        // Done on 10 April, assessed on 11 April: April's call, done early, on time (not an added activity).
        Engagement early = CoachingFixtures.pilot()
                .record(CoachingFixtures.encounter(LocalDate.of(2026, 3, 12), ContactMode.PHONE, 45, ActivityType.COACHING_CALL,
                        CoachingFixtures.ANA))
                .record(CoachingFixtures.encounter(LocalDate.of(2026, 4, 10), ContactMode.PHONE, 45, ActivityType.COACHING_CALL,
                        CoachingFixtures.ANA));
        EngagementFidelity f = Fidelity.assess(early, LocalDate.of(2026, 4, 11));
        assertEquals(List.of(Delivery.ON_TIME, Delivery.ON_TIME), f.records().stream()
                .filter(r -> r.type() == ActivityType.COACHING_CALL).map(ActivityRecord::delivery).toList());
        assertEquals(0, f.frequency().added());
    }

    @Test
    void coach_time_by_mode_and_role_by_hand() {
        EngagementFidelity f = Fidelity.assess(engagement(), APR_20);
        // Planned to 20 April, once per role the activity names: phone, point of contact: 60 + 60 + 45 + 45
        // = 210 (4); on site, each role: 210 + 240 = 450 (2); phone, TA: 45 (1). 1,155 minutes in all.
        CoachTime planned = f.plannedCoachTime();
        assertEquals(List.of(new CoachTimeCell(ContactMode.ON_SITE, EngagementRole.POINT_OF_CONTACT, 2, 450),
                new CoachTimeCell(ContactMode.ON_SITE, EngagementRole.TECHNICAL_ASSISTANCE, 2, 450),
                new CoachTimeCell(ContactMode.PHONE, EngagementRole.POINT_OF_CONTACT, 4, 210),
                new CoachTimeCell(ContactMode.PHONE, EngagementRole.TECHNICAL_ASSISTANCE, 1, 45)), planned.cells());
        assertEquals(1155, planned.minutes());
        // Delivered to 20 April, once per coach present: phone, Ana: 55 + 60 + 40 = 155 (3); on site, Ana:
        // 200 + 90 = 290 (2); on site, Raj: 200 (1, the joint Assessment Day). 645 minutes, 3 coach visits.
        CoachTime delivered = f.deliveredCoachTime();
        assertEquals(645, delivered.minutes());
        assertEquals(3, delivered.visits());
        assertEquals(200, delivered.minutes(EngagementRole.TECHNICAL_ASSISTANCE));
        assertEquals(155, delivered.minutes(ContactMode.PHONE));
    }

    @Test
    void the_practice_dose_counts_a_joint_visit_once() {
        EngagementFidelity f = Fidelity.assess(engagement(), APR_20);
        // Planned to 20 April, each occurrence once: phone 60 + 60 + 45 + 45 + 45 (TA) = 255 (5); on site
        // 210 + 240 = 450 (2). 705 minutes, 7 encounters.
        assertEquals(705, f.plannedDose().minutes());
        assertEquals(7, f.plannedDose().encounters());
        assertEquals(2, f.plannedDose().visits());
        // Delivered to 20 April, each encounter once: 55 + 60 + 200 (Ana and Raj together) + 40 + 90 = 445,
        // 5 encounters, 2 visits; 445 / 705 = 0.631.
        assertEquals(445, f.deliveredDose().minutes());
        assertEquals(5, f.deliveredDose().encounters());
        assertEquals(2, f.deliveredDose().visits());
        assertEquals(290, f.deliveredDose().minutes(ContactMode.ON_SITE));
        assertEquals(445.0 / 705, f.doseRatio().getAsDouble(), 1e-12);
    }

    @Test
    void carrolls_four_parts_and_the_moderators_by_hand() {
        PracticeId p1 = PracticeId.of("p-1");
        Engagement e = CoachingFixtures.pilot().withEncounters(
                Encounter.builder().practice(p1).date(LocalDate.of(2026, 1, 5)).mode(ContactMode.PHONE).minutes(55)
                        .addCoaches(CoachingFixtures.ANA).activity(ActivityType.ORIENTATION_CALL).putStaff("Practice Team", 6)
                        .addKeyChanges(KeyChange.ORGANIZE_LEAD_QI_TEAM).quality(4).responsiveness(5).build(),
                Encounter.builder().practice(p1).date(LocalDate.of(2026, 2, 20)).mode(ContactMode.ON_SITE).minutes(200)
                        .addCoaches(CoachingFixtures.ANA, CoachingFixtures.RAJ).activity(ActivityType.ASSESSMENT_DAY)
                        .putStaff("practice team", 5).putStaff("physician", 1).quality(3).build(),
                Encounter.builder().practice(p1).date(LocalDate.of(2026, 3, 12)).mode(ContactMode.PHONE).minutes(40)
                        .addCoaches(CoachingFixtures.ANA).activity(ActivityType.COACHING_CALL).putStaff("QI team lead", 1)
                        .addKeyChanges(KeyChange.USE_DATA_TO_SET_PRIORITIES, KeyChange.PLAN_CARE)
                        .addStrategies(FacilitationStrategy.GUIDING_CRITICAL_THINKING).responsiveness(3).build());
        EngagementFidelity f = Fidelity.assess(e, APR_20);
        // Frequency. Due by 20 April: orientation 5 Jan (on time), preparation 19 Jan (not done, missed),
        // Assessment Day 2 Feb (done 20 Feb, 18 days: late), Learning Session 16 Feb (missed), call 12 Mar
        // (on time), TA call 26 Mar (missed), call 12 Apr (due): 3 delivered of 6.
        assertEquals(new FidelityCount("all", 2, 1, 3, 1, 0), f.frequency());
        // Duration: the three delivered against the template: 55 + 200 + 40 = 295 of 60 + 210 + 45 = 315.
        assertEquals(new DurationFidelity(3, 315, 295), f.duration());
        // Content: the activities due plan, in schedule order, 1.1 (orientation), 1.2 (Learning Session) and
        // the calls' eight key changes 2.1 to 3.5: ten. The log worked on 1.1, 2.1 and 3.4: 3 of 10.
        assertEquals(10, f.content().planned().size());
        assertEquals(Set.of(KeyChange.ORGANIZE_LEAD_QI_TEAM, KeyChange.USE_DATA_TO_SET_PRIORITIES, KeyChange.PLAN_CARE),
                f.content().delivered());
        assertEquals(0.3, f.content().share().getAsDouble(), 1e-12);
        // Coverage: roles expected, in schedule order: practice team, QI team lead, QI team. Reached:
        // "Practice Team" (case ignored) and "QI team lead"; nobody logged as "QI team": 2 of 3.
        assertEquals(List.of("practice team", "QI team lead", "QI team"), List.copyOf(f.coverage().planned()));
        assertEquals(Set.of("QI team"), f.coverage().missing());
        // Moderators: quality 4 and 3 → 3.5 over 2 of 3; responsiveness 5 and 3 → 4.0 over 2 of 3.
        assertEquals(new Moderators(3, 2, OptionalDouble.of(3.5), 2, OptionalDouble.of(4.0)), f.moderators());
    }

    @Test
    void a_longer_grace_makes_late_on_time_and_nothing_due_has_no_fidelity() {
        EngagementFidelity lenient = Fidelity.assess(engagement(), APR_20, Period.ofDays(21));
        assertEquals(0, lenient.frequency().late());
        EngagementFidelity before = Fidelity.assess(engagement(), LocalDate.of(2026, 1, 4));
        assertTrue(before.frequency().fidelity().isEmpty(), "nothing fell due: no ratio, not 100 %");
        assertThrows(IllegalArgumentException.class, () -> Fidelity.assess(engagement(), APR_20, Period.ofDays(-1)));
    }
}

package org.ccmcoach.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.InterventionTemplates;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.junit.jupiter.api.Test;

/** A learning collaborative's sessions, calls and reports are on time, late or missed like any activity. */
class CollaborativeFidelityTest {

    static final LocalDate JUN_30 = LocalDate.of(2027, 6, 30);

    /**
     * Three sessions, action periods of four months, from 11 January 2027 (dated in
     * LearningCollaborativeTest): sessions done 11 January and 14 May; calls 27 January, 27 February,
     * 15 April and 29 May; one report, 3 February.
     */
    static Engagement collaborative() {
        return Engagement.builder().practice(PracticeId.of("p-lc"))
                .addCoaches(CoachAssignment.of(CoachingFixtures.ANA, EngagementRole.POINT_OF_CONTACT))
                .template(InterventionTemplates.learningCollaborative(3, Period.ofMonths(4)))
                .start(LocalDate.of(2027, 1, 11)).build()
                .record(CoachingFixtures.attended("p-lc", ActivityType.LEARNING_SESSION, LocalDate.of(2027, 1, 11)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2027, 1, 27)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.MONTHLY_REPORT, LocalDate.of(2027, 2, 3)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2027, 2, 27)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2027, 4, 15)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.LEARNING_SESSION, LocalDate.of(2027, 5, 14)))
                .record(CoachingFixtures.attended("p-lc", ActivityType.ACTION_PERIOD_CALL, LocalDate.of(2027, 5, 29)));
    }

    static List<Delivery> of(EngagementFidelity f, ActivityType type) {
        return f.records().stream().filter(r -> r.type() == type).map(ActivityRecord::delivery).toList();
    }

    @Test
    void sessions_calls_and_reports_by_hand() {
        EngagementFidelity f = Fidelity.assess(collaborative(), JUN_30);
        // Sessions due 11 January (done that day) and 13 May (done 14 May, 1 day after: within 14): on time.
        assertEquals(List.of(Delivery.ON_TIME, Delivery.ON_TIME), of(f, ActivityType.LEARNING_SESSION));
        // Calls due 27 Jan, 27 Feb (done those days: on time); 27 Mar, done 15 April, the latest call due
        // on or before it: 19 days after, late; 27 Apr not done, its grace ended 11 May: missed; 29 May
        // done: on time; 29 Jun not done, grace to 13 July: due.
        assertEquals(List.of(Delivery.ON_TIME, Delivery.ON_TIME, Delivery.LATE, Delivery.MISSED, Delivery.ON_TIME,
                Delivery.DUE), of(f, ActivityType.ACTION_PERIOD_CALL));
        assertEquals(19, f.records(Delivery.LATE).get(0).daysLate().getAsLong());
        // Reports due 3 Feb (done), 3 Mar, 3 Apr, 3 May and 5 Jun (grace ended 19 June): one on time, four missed.
        assertEquals(List.of(Delivery.ON_TIME, Delivery.MISSED, Delivery.MISSED, Delivery.MISSED, Delivery.MISSED),
                of(f, ActivityType.MONTHLY_REPORT));
        // Overall: on time 2 + 3 + 1 = 6, late 1, missed 1 + 4 = 5, due 1, none added: 7 of 12.
        assertEquals(new FidelityCount("all", 6, 1, 5, 1, 0), f.frequency());
        assertEquals(7.0 / 12, f.frequency().fidelity().getAsDouble(), 1e-12);
        // By phase: Learning Session 1, 1 of 1; Action Period 1, calls 2 on time, 1 late, 1 missed and
        // reports 1 on time, 3 missed: 4 of 8; Learning Session 2, 1 of 1; Action Period 2 so far, call
        // 29 May on time, report 5 June missed: 1 of 2.
        assertEquals(List.of("Learning Session 1", "Action Period 1", "Learning Session 2", "Action Period 2"),
                f.phases().stream().limit(4).map(FidelityCount::scope).toList());
        assertEquals(List.of(1.0, 0.5, 1.0, 0.5), f.phases().stream().limit(4)
                .map(c -> c.fidelity().getAsDouble()).toList());
    }
}

package org.ccmcoach.core.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class LearningCollaborativeTest {

    /** Three sessions, action periods of four months, from Monday 11 January 2027. */
    static Engagement collaborative() {
        return Engagement.builder().practice(PracticeId.of("p-lc"))
                .addCoaches(CoachAssignment.of(CoachingFixtures.ANA, EngagementRole.POINT_OF_CONTACT))
                .template(InterventionTemplates.learningCollaborative(3, Period.ofMonths(4)))
                .start(LocalDate.of(2027, 1, 11)).build();
    }

    @Test
    void sessions_and_action_periods_alternate() {
        InterventionTemplate t = InterventionTemplates.learningCollaborative(3, Period.ofMonths(4));
        assertEquals(List.of("Learning Session 1", "Action Period 1", "Learning Session 2", "Action Period 2",
                "Learning Session 3", "Action Period 3"), t.phases().stream().map(Phase::name).toList());
        // 3 × (2 days + 4 months) = 12 months and 6 days.
        assertEquals(Period.of(1, 0, 6), t.duration());
        Activity session = t.phases().get(0).activities().get(0);
        assertEquals(ActivityType.LEARNING_SESSION, session.type());
        assertEquals(ContactMode.OFF_SITE, session.mode(), "at the collaborative's venue, not a site visit");
        assertEquals(840, session.expectedMinutes(), "two days of seven hours");
        assertTrue(session.coachRoles().isEmpty(), "the collaborative's faculty lead it");
        assertEquals(List.of(ActivityType.ACTION_PERIOD_CALL, ActivityType.MONTHLY_REPORT),
                t.phases().get(1).activities().stream().map(Activity::type).toList());
        // The AHRQ manual's "four times a year": four sessions, action periods of three months.
        assertEquals(8, InterventionTemplates.learningCollaborative(4, Period.ofMonths(3)).phases().size());
    }

    @Test
    void every_session_call_and_report_is_dated() {
        List<ScheduledActivity> s = collaborative().schedule();
        // Learning Session 1 on 11 Jan (its phase: 11 to 13 Jan). Action Period 1, 13 Jan to 13 May:
        // calls from day 14, 27 Jan, then monthly 27 Feb, 27 Mar, 27 Apr (27 May is past its end); reports
        // from day 21, 3 Feb, then 3 Mar, 3 Apr, 3 May. Learning Session 2 on 13 May (13 to 15 May).
        // Action Period 2, 15 May to 15 Sep: calls 29 May, 29 Jun, 29 Jul, 29 Aug; reports 5 Jun, 5 Jul,
        // 5 Aug, 5 Sep. Learning Session 3 on 15 Sep (15 to 17 Sep). Action Period 3, 17 Sep 2027 to
        // 17 Jan 2028: calls 1 Oct, 1 Nov, 1 Dec, 1 Jan; reports 8 Oct, 8 Nov, 8 Dec, 8 Jan.
        List<String> expected = List.of(
                "2027-01-11 Learning Session 1", "2027-01-27 Action Period 1 call", "2027-02-03 Monthly team report",
                "2027-02-27 Action Period 1 call", "2027-03-03 Monthly team report", "2027-03-27 Action Period 1 call",
                "2027-04-03 Monthly team report", "2027-04-27 Action Period 1 call", "2027-05-03 Monthly team report",
                "2027-05-13 Learning Session 2", "2027-05-29 Action Period 2 call", "2027-06-05 Monthly team report",
                "2027-06-29 Action Period 2 call", "2027-07-05 Monthly team report", "2027-07-29 Action Period 2 call",
                "2027-08-05 Monthly team report", "2027-08-29 Action Period 2 call", "2027-09-05 Monthly team report",
                "2027-09-15 Learning Session 3", "2027-10-01 Action Period 3 call", "2027-10-08 Monthly team report",
                "2027-11-01 Action Period 3 call", "2027-11-08 Monthly team report", "2027-12-01 Action Period 3 call",
                "2027-12-08 Monthly team report", "2028-01-01 Action Period 3 call", "2028-01-08 Monthly team report");
        assertEquals(expected, s.stream().map(a -> a.date() + " " + a.activity().name()).toList());
        assertEquals(LocalDate.of(2028, 1, 17), collaborative().end());
        // Phases as a review names them: the sessions' days, then the action period.
        assertEquals("Learning Session 2", collaborative().phaseOn(LocalDate.of(2027, 5, 14)).orElseThrow().name());
        assertEquals("Action Period 2", collaborative().phaseOn(LocalDate.of(2027, 5, 15)).orElseThrow().name());
    }

    @Test
    void a_collaborative_without_sessions_or_with_too_short_a_period_is_refused() {
        assertEquals("InterventionTemplates.learningCollaborative.learningSessions: must be 1 to 120 (was 0)",
                assertThrows(CcmValidationException.class,
                        () -> InterventionTemplates.learningCollaborative(0, Period.ofMonths(3))).getMessage());
        assertThrows(CcmValidationException.class,
                () -> InterventionTemplates.learningCollaborative(121, Period.ofMonths(1)));
        // Day 21's report does not fit in a 20-day action period.
        CcmValidationException shortPeriod = assertThrows(CcmValidationException.class,
                () -> InterventionTemplates.learningCollaborative(2, Period.ofDays(20)));
        assertTrue(shortPeriod.getMessage().contains("Phase.activities[1].timing.offset"), shortPeriod.getMessage());
        // Longer than ten years together.
        assertThrows(CcmValidationException.class, () -> InterventionTemplates.learningCollaborative(11, Period.ofYears(1)));
    }
}

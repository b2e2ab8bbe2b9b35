package org.ccmcoach.core.coaching;

import org.ccmcoach.core.testing.CoachingFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class EngagementTest {

    static final CoachId ANA = CoachId.of("coach-ana");
    static final CoachId RAJ = CoachId.of("coach-raj");
    static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    static Engagement pilot(String practice, LocalDate start) {
        return Engagement.builder().practice(PracticeId.of(practice))
                .addCoaches(CoachAssignment.of(ANA, EngagementRole.POINT_OF_CONTACT),
                        CoachAssignment.of(RAJ, EngagementRole.TECHNICAL_ASSISTANCE))
                .template(InterventionTemplates.ahrqSafetyNetPilot()).start(start).build();
    }

    @Test
    void the_pilot_schedule_by_hand() {
        Engagement e = pilot("p-1", JAN_5);
        // Phase I from 2026-01-05, Phase II from 2026-03-05, end (exclusive) 2026-11-05.
        assertEquals(List.of(JAN_5, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 11, 5)), e.phaseBoundaries());
        List<ScheduledActivity> s = e.schedule();
        assertEquals(JAN_5, s.get(0).date());                                   // orientation, week 0
        assertEquals(LocalDate.of(2026, 1, 19), s.get(1).date());               // preparation call, week 2
        assertEquals(LocalDate.of(2026, 2, 2), s.get(2).date());                // Assessment Day, week 4
        assertEquals(LocalDate.of(2026, 2, 16), s.get(3).date());               // Learning Session, week 6
        assertEquals(ActivityType.COACHING_CALL, s.get(4).activity().type());
        assertEquals(LocalDate.of(2026, 3, 12), s.get(4).date());               // Phase II + 1 week
        // Coaching calls monthly from 2026-03-12 while before 2026-11-05: March to October = 8.
        assertEquals(8, s.stream().filter(a -> a.activity().type() == ActivityType.COACHING_CALL).count());
        // Technical assistance every two months from 2026-03-26: March, May, July, September = 4.
        assertEquals(4, s.stream().filter(a -> a.activity().type() == ActivityType.TECHNICAL_ASSISTANCE_CALL).count());
        assertTrue(s.stream().noneMatch(a -> a.activity().type() == ActivityType.SITE_VISIT),
                "both site visits are in Phase I: Assessment Day and the Learning Session");
        assertEquals(ActivityType.WRAP_UP, s.get(s.size() - 1).activity().type(), "the wrap-up call is last");
        assertEquals(LocalDate.of(2026, 10, 19), s.get(s.size() - 1).date());   // Phase II + 7 months 14 days
        assertTrue(s.stream().allMatch(a -> !a.date().isBefore(JAN_5) && a.date().isBefore(e.end())));
    }

    @Test
    void phase_on_a_date() {
        Engagement e = pilot("p-1", JAN_5);
        assertEquals(Optional.empty(), e.phaseOn(JAN_5.minusDays(1)));
        assertEquals("Phase I — Laying the Foundation for Success", e.phaseOn(JAN_5).orElseThrow().name());
        assertEquals("Phase I — Laying the Foundation for Success", e.phaseOn(LocalDate.of(2026, 3, 4)).orElseThrow().name());
        assertEquals("Phase II — Active Practice Coaching", e.phaseOn(LocalDate.of(2026, 3, 5)).orElseThrow().name());
        assertEquals(Optional.empty(), e.phaseOn(LocalDate.of(2026, 11, 5)));
    }

    @Test
    void contacts_before_the_start_or_by_strangers_are_refused() {
        Engagement e = pilot("p-1", JAN_5);
        CcmValidationException early = assertThrows(CcmValidationException.class,
                () -> e.record(CoachingFixtures.encounter(JAN_5.minusDays(1), ContactMode.PHONE, 20, null, ANA)));
        assertEquals("Engagement.encounters[0].date: must not be before the engagement's start 2026-01-05 (was 2026-01-04)",
                early.getMessage());
        CcmValidationException stranger = assertThrows(CcmValidationException.class,
                () -> e.record(CoachingFixtures.encounter(JAN_5, ContactMode.PHONE, 20, null, CoachId.of("someone"))));
        assertTrue(stranger.getMessage().startsWith("Engagement.encounters[0].coaches[0]: must be one of the engagement's coaches"));
        assertEquals("Encounter.minutes: must be more than 0 (was -5)", assertThrows(CcmValidationException.class,
                () -> CoachingFixtures.encounter(JAN_5, ContactMode.PHONE, -5, null, ANA)).getMessage());
    }

    @Test
    void a_contact_after_the_end_needs_a_re_engagement() {
        Engagement e = pilot("p-1", JAN_5);   // ends (exclusive) 2026-11-05
        Encounter late = CoachingFixtures.encounter(LocalDate.of(2026, 11, 5), ContactMode.PHONE, 20, null, ANA);
        CcmValidationException outside = assertThrows(CcmValidationException.class, () -> e.record(late));
        assertEquals("Engagement.encounters[0].date: must be before the engagement's end 2026-11-05 unless the practice "
                + "was re-engaged by then (was 2026-11-05)", outside.getMessage());
        Engagement reEngaged = e.changeStatus(EngagementStatus.GRADUATED, LocalDate.of(2026, 11, 1), "graduated")
                .reEngage(ReEngagementTrigger.values()[0], LocalDate.of(2026, 11, 5), "");
        assertEquals(1, reEngaged.record(late).encounters().size());
        assertEquals(LocalDate.of(2026, 11, 4), e.record(CoachingFixtures.encounter(LocalDate.of(2026, 11, 4), ContactMode.PHONE, 20, null,
                ANA)).encounters().get(0).date());
    }

    @Test
    void exactly_one_point_of_contact() {
        assertEquals("Engagement.coaches: must name exactly one POINT_OF_CONTACT coach (was [coach-raj (TECHNICAL_ASSISTANCE)])",
                assertThrows(CcmValidationException.class, () -> pilot("p-1", JAN_5)
                        .withCoaches(CoachAssignment.of(RAJ, EngagementRole.TECHNICAL_ASSISTANCE))).getMessage());
    }

    @Test
    void status_history_with_reasons_and_allowed_changes() {
        Engagement e = pilot("p-1", JAN_5)
                .changeStatus(EngagementStatus.PAUSED, LocalDate.of(2026, 4, 1), "clinic relocation")
                .changeStatus(EngagementStatus.ACTIVE, LocalDate.of(2026, 5, 1), "relocated")
                .changeStatus(EngagementStatus.GRADUATED, LocalDate.of(2026, 11, 5), "criteria met")
                .reEngage(ReEngagementTrigger.NEW_EHR, LocalDate.of(2027, 2, 1), "go-live in March");
        assertEquals(EngagementStatus.RE_ENGAGED, e.status());
        assertEquals(Optional.of(EngagementStatus.PAUSED), e.statusOn(LocalDate.of(2026, 4, 15)));
        assertEquals("a new EHR: go-live in March", e.history().get(3).reason());
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> pilot("p-1", JAN_5).reEngage(ReEngagementTrigger.CHAMPION_LEFT, LocalDate.of(2026, 2, 1), ""));
        assertEquals("Cannot change engagement of p-1 from ACTIVE to RE_ENGAGED", wrong.getMessage());
        assertThrows(CcmValidationException.class, () -> pilot("p-1", JAN_5)
                .withHistory(List.of(StatusChange.of(EngagementStatus.PAUSED, JAN_5.minusDays(1), "x"))));
    }

    @Test
    void a_monthly_review_by_hand() {
        Engagement busy = pilot("p-1", JAN_5)
                .record(CoachingFixtures.encounter(LocalDate.of(2026, 4, 2), ContactMode.ON_SITE, 90, null, ANA)
                        .withActionItems(ActionItem.of("Run the registry report", "QI team lead", LocalDate.of(2026, 4, 28)),
                                ActionItem.of("Draft the huddle script", "nurse", LocalDate.of(2026, 5, 6))))
                .record(CoachingFixtures.encounter(LocalDate.of(2026, 4, 20), ContactMode.PHONE, 30, null, ANA))
                .record(CoachingFixtures.encounter(LocalDate.of(2026, 4, 21), ContactMode.PHONE, 45, null, RAJ));
        Engagement quiet = pilot("p-2", JAN_5);
        Engagement other = pilot("p-3", JAN_5).withCoaches(CoachAssignment.of(RAJ, EngagementRole.POINT_OF_CONTACT));
        PracticeProgress progress = PracticeProgress.builder().practice(PracticeId.of("p-1")).asOf(LocalDate.of(2026, 4, 30))
                .pdsaCyclesCompleted(2).acicChange(0.5).qiLeadNamed(true).regularTeamMeetings(true).build();
        MonthlyReview r = MonthlyReview.of(ANA, YearMonth.of(2026, 4), List.of(busy, quiet, other),
                Map.of(PracticeId.of("p-1"), progress));
        assertEquals(2, r.practices().size(), "p-3 is not Ana's");
        PracticeMonth p1 = r.practices().get(0);
        assertEquals(2, p1.encounters(), "Raj's call is not Ana's");
        assertEquals(1.5, p1.hoursInPerson());
        assertEquals(0.5, p1.hoursRemote());
        assertEquals(Optional.of("Phase II — Active Practice Coaching"), p1.phase());
        // Scheduled to 30 April: 4 Phase I activities, calls 12 Mar and 12 Apr, TA 26 Mar = 7; none completed.
        assertEquals(Set.of(ReviewFlag.BEHIND_SCHEDULE), p1.flags());
        assertEquals(Set.of(ReviewFlag.BEHIND_SCHEDULE, ReviewFlag.NO_CONTACT_30_DAYS), r.practices().get(1).flags());
        assertTrue(r.toString().startsWith("Monthly review coach-ana 2026-04: 2 practices"));
        // Action items agreed by 30 April and due in April: the registry report (28 Apr), not the script (6 May).
        assertEquals(List.of("Run the registry report"), p1.actionItemsDue().stream().map(ActionItem::task).toList());
        assertTrue(r.toString().contains("encounters hours in person hours remote action items due"), r.toString());
    }

    @Test
    void an_added_visit_does_not_hide_a_missed_activity_in_the_monthly_review() {
        // Due in January from 5 January: the orientation call (5 Jan) and the preparation call (19 Jan).
        // Logged: the orientation, and an unscheduled site visit on 25 January instead of the preparation
        // call. Two activity encounters for two due, but the preparation call was not delivered: behind.
        Engagement e = pilot("p-1", JAN_5)
                .record(CoachingFixtures.encounter(JAN_5, ContactMode.PHONE, 60, ActivityType.ORIENTATION_CALL, ANA))
                .record(CoachingFixtures.encounter(LocalDate.of(2026, 1, 25), ContactMode.ON_SITE, 90, ActivityType.SITE_VISIT,
                        ANA));
        PracticeMonth january = MonthlyReview.of(ANA, YearMonth.of(2026, 1), List.of(e), Map.of()).practices().get(0);
        assertEquals(Set.of(ReviewFlag.BEHIND_SCHEDULE), january.flags());
        // With the preparation call logged as well, nothing is behind.
        Engagement caughtUp = e.record(CoachingFixtures.encounter(LocalDate.of(2026, 1, 28), ContactMode.PHONE, 60,
                ActivityType.SITE_VISIT_PREPARATION_CALL, ANA));
        assertEquals(Set.of(), MonthlyReview.of(ANA, YearMonth.of(2026, 1), List.of(caughtUp), Map.of()).practices().get(0)
                .flags());
    }
}

package org.ccmcoach.core.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.fidelity.Fidelity;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

/** A behavioural-health coach works in an engagement as the other roles do: schedule, log, review, coach time. */
class BehaviouralHealthRoleTest {

    static final CoachId ANA = CoachId.of("coach-ana");
    static final CoachId HANA = CoachId.of("coach-hana");
    static final PracticeId P = PracticeId.of("p-1");

    static InterventionTemplate template() {
        Activity bh = Activity.builder().type(ActivityType.BEHAVIOURAL_HEALTH_COACHING).name("Behavioural-health call")
                .mode(ContactMode.PHONE).timing(Timing.every(Period.ofMonths(1), Period.ofWeeks(2))).expectedMinutes(45)
                .addCoachRoles(EngagementRole.BEHAVIOURAL_HEALTH).build();
        Activity call = Activity.builder().type(ActivityType.COACHING_CALL).name("Coaching call")
                .mode(ContactMode.PHONE).timing(Timing.every(Period.ofMonths(1), Period.ofWeeks(1))).expectedMinutes(30)
                .addCoachRoles(EngagementRole.POINT_OF_CONTACT).build();
        return InterventionTemplate.builder().id(TemplateId.of("integrated")).name("Integrated care")
                .addPhases(Phase.builder().name("Integration").duration(Period.ofMonths(2)).addActivities(call, bh).build())
                .build();
    }

    static Engagement engagement() {
        return Engagement.builder().practice(P)
                .addCoaches(CoachAssignment.of(ANA, EngagementRole.POINT_OF_CONTACT),
                        CoachAssignment.of(HANA, EngagementRole.BEHAVIOURAL_HEALTH))
                .template(template()).start(LocalDate.of(2026, 1, 5)).build();
    }

    @Test
    void an_engagement_with_a_behavioural_health_coach_schedules_logs_and_counts_her_time() {
        Engagement e = engagement()
                .record(Encounter.builder().practice(P).date(LocalDate.of(2026, 1, 19)).mode(ContactMode.PHONE).minutes(50)
                        .addCoaches(HANA).activity(ActivityType.BEHAVIOURAL_HEALTH_COACHING).build())
                .record(Encounter.builder().practice(P).date(LocalDate.of(2026, 1, 12)).mode(ContactMode.PHONE).minutes(30)
                        .addCoaches(ANA).activity(ActivityType.COACHING_CALL).build());
        // Two months, each with a call a week in (12 Jan, 12 Feb) and one two weeks in (19 Jan, 19 Feb): 4.
        assertEquals(4, e.schedule().size());
        var time = Fidelity.assess(e, LocalDate.of(2026, 1, 31)).deliveredCoachTime();
        assertEquals(50, time.minutes(EngagementRole.BEHAVIOURAL_HEALTH));
        assertEquals(30, time.minutes(EngagementRole.POINT_OF_CONTACT));
        assertEquals(0, time.minutes(EngagementRole.TECHNICAL_ASSISTANCE));
    }

    @Test
    void a_behavioural_health_coach_is_no_point_of_contact() {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> Engagement.builder().practice(P)
                .addCoaches(CoachAssignment.of(HANA, EngagementRole.BEHAVIOURAL_HEALTH))
                .template(template()).start(LocalDate.of(2026, 1, 5)).build());
        assertTrue(e.getMessage().contains("must name exactly one POINT_OF_CONTACT coach"), e.getMessage());
    }

    @Test
    void the_monthly_review_labels_her_practice_bh() {
        MonthlyReview review = MonthlyReview.of(HANA, YearMonth.of(2026, 1), List.of(engagement()), Map.of());
        assertEquals(EngagementRole.BEHAVIOURAL_HEALTH, review.practices().get(0).role());
        assertTrue(review.toString().lines().skip(2).findFirst().orElseThrow().startsWith("  p-1        BH "),
                review.toString());
    }
}

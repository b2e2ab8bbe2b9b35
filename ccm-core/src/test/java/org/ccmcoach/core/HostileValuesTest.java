package org.ccmcoach.core;

import org.ccmcoach.core.testing.CoachingFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.ccmcoach.core.coaching.Activity;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.InterventionTemplate;
import org.ccmcoach.core.coaching.InterventionTemplates;
import org.ccmcoach.core.coaching.Phase;
import org.ccmcoach.core.coaching.Timing;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Text;
import org.junit.jupiter.api.Test;

/** Values from a hostile or careless source are refused when built, each with its rule. */
class HostileValuesTest {

    private static String refused(Runnable build) {
        return assertThrows(CcmValidationException.class, build::run).getMessage();
    }

    @Test
    void control_characters_and_bidirectional_overrides_are_refused_in_names() {
        assertEquals("Practice.name: must not contain the control character U+0007 (character 6); it is one line of"
                + " text (was \"North\\u0007 Clinic\")",
                refused(() -> Practice.builder().id(PracticeId.of("p-1")).name("North\u0007 Clinic").organization("Org").build()));
        // U+202E would show "cinilC" reversed in a report: refused too, and escaped in the message.
        assertEquals("Coach.name: must not contain the bidirectional control U+202E (character 1); it is one line of"
                + " text (was \"\\u202eAna\")", refused(() -> Coach.builder().id(CoachId.of("c-1")).name("\u202EAna").build()));
        IllegalArgumentException title = assertThrows(IllegalArgumentException.class,
                () -> Text.requirePlain("ACIC\u001b[31m", "title"));
        assertEquals("title: must not contain the control character U+001B (character 5) (was \"ACIC\\u001b[31m\")",
                title.getMessage());
        assertEquals(-1, Text.firstUnprintable("line one\nline two\ttabbed", true));
    }

    @Test
    void non_finite_values_are_refused_once() {
        // NaN breaks the range rules too, but is one problem: reported once, as not finite.
        assertEquals("Coach.fte: must be a finite number (was NaN)",
                refused(() -> Coach.builder().id(CoachId.of("c-1")).name("Ana").fte(Double.NaN).build()));
        assertEquals("GeoPoint.latitude: must be a finite number (was NaN)", refused(() -> GeoPoint.of(Double.NaN, 0)));
    }

    @Test
    void dates_beyond_four_digit_years_are_refused() {
        CoachAssignment ana = CoachAssignment.of(CoachId.of("coach-ana"), EngagementRole.POINT_OF_CONTACT);
        assertEquals("Engagement.start: must be from 1900-01-01 to 9999-12-31 (was +999999999-12-31)",
                refused(() -> Engagement.builder().practice(PracticeId.of("p-1")).addCoaches(ana)
                        .template(InterventionTemplates.ahrqSafetyNetPilot()).start(LocalDate.MAX).build()));
        assertEquals("Encounter.date: must be from 1900-01-01 to 9999-12-31 (was 1899-12-31)",
                refused(() -> CoachingFixtures.encounter(LocalDate.of(1899, 12, 31), ContactMode.PHONE, 30, null, CoachId.of("coach-ana"))));
    }

    @Test
    void a_template_of_a_hundred_thousand_years_is_refused_before_it_is_scheduled() {
        Activity daily = InterventionTemplates.ahrqSafetyNetPilot().phases().get(0).activities().get(0)
                .withTiming(Timing.every(Period.ofDays(1), Period.ZERO));
        assertTrue(refused(() -> Phase.builder().name("forever").duration(Period.ofYears(100_000)).addActivities(daily).build())
                .startsWith("Phase.duration: must be at most ten years (P10Y), with no negative part (was P100000Y)"));
        // Two phases of six years each are each allowed, but not together.
        Phase six = Phase.builder().name("six").duration(Period.ofYears(6)).addActivities(daily).build();
        assertEquals("InterventionTemplate.phases: must last at most ten years (P10Y) together, the longest intervention"
                + " ccm schedules (was P12Y)", refused(() -> InterventionTemplate.builder().id(org.ccmcoach.core.coaching.TemplateId.of("long")).name("long")
                        .addPhases(six, six.withName("six more")).build()));
        assertEquals(ActivityType.ORIENTATION_CALL, daily.type());
    }

    @Test
    void a_contact_longer_than_a_day_is_refused() {
        assertEquals("Encounter.minutes: must be at most 1440, one day (was 1441)",
                refused(() -> CoachingFixtures.encounter(LocalDate.of(2026, 1, 5), ContactMode.PHONE, 1441, null, CoachId.of("coach-ana"))));
    }
}

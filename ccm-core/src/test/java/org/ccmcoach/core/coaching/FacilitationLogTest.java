package org.ccmcoach.core.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.cost.CostLine;
import org.ccmcoach.core.cost.EngagementCost;
import org.ccmcoach.core.cost.EngagementCosting;
import org.ccmcoach.core.cost.Trip;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.Fidelity;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.ccmcoach.core.value.CcmValidationException;
import org.junit.jupiter.api.Test;

class FacilitationLogTest {

    static final CoachId ANA = CoachingFixtures.ANA;
    static final CoachId RAJ = CoachingFixtures.RAJ;

    static Engagement bare(String practice) {
        return CoachingFixtures.pilot().withEncounters(List.of()).withPractice(PracticeId.of(practice));
    }

    @Test
    void a_joint_visit_is_one_encounter_for_the_practice_and_two_coaches_time_for_the_cost() {
        // Ana and Raj visit p-1 together on 2 March 2026 for 120 minutes: one line in the log.
        Encounter joint = CoachingFixtures.encounter(LocalDate.of(2026, 3, 2), ContactMode.ON_SITE, 120, null, ANA, RAJ);
        Engagement e = FacilitationLog.of(List.of(joint)).applyTo(List.of(bare("p-1"))).get(0);
        EngagementFidelity f = Fidelity.assess(e, LocalDate.of(2026, 3, 31));
        // The practice's dose: one encounter, one visit, 120 minutes.
        assertEquals(1, f.deliveredDose().encounters());
        assertEquals(1, f.deliveredDose().visits());
        assertEquals(120, f.deliveredDose().minutes());
        // Coach time: two coaches' contacts and visits, 2 × 120 = 240 minutes.
        assertEquals(2, f.deliveredCoachTime().contacts());
        assertEquals(2, f.deliveredCoachTime().visits());
        assertEquals(240, f.deliveredCoachTime().minutes());
        // Its cost at 50.00 an hour, 0.70 a mile and 15.00 a visit: coach time 240 min = 200.00; each
        // coach's round trip, Ana 2 × 60 min and 2 × 40 miles, Raj 2 × 90 min and 2 × 70 miles: travel
        // time 300 min = 250.00, mileage 220 miles = 154.00; visit expenses 2 × 15.00 = 30.00.
        EngagementCost cost = EngagementCosting.of(CoachingFixtures.costModel(), e,
                Map.of(ANA, Trip.of(60, 40), RAJ, Trip.of(90, 70)), LocalDate.of(2026, 3, 31));
        assertEquals(CoachingFixtures.usd("200.00"), cost.delivered().line(CostLine.COACH_TIME));
        assertEquals(CoachingFixtures.usd("250.00"), cost.delivered().line(CostLine.TRAVEL_TIME));
        assertEquals(CoachingFixtures.usd("154.00"), cost.delivered().line(CostLine.MILEAGE));
        assertEquals(CoachingFixtures.usd("30.00"), cost.delivered().line(CostLine.VISIT_EXPENSES));
        assertEquals(2, cost.deliveredWorkload().siteVisits());
    }

    @Test
    void each_engagement_gets_its_practices_encounters_by_date() {
        Encounter late = CoachingFixtures.encounter(LocalDate.of(2026, 2, 1), ContactMode.PHONE, 30, null, ANA);
        Encounter early = CoachingFixtures.encounter(LocalDate.of(2026, 1, 9), ContactMode.PHONE, 20, null, RAJ);
        Encounter other = late.withPractice(PracticeId.of("p-2"));
        List<Engagement> out = FacilitationLog.of(List.of(late, other, early)).applyTo(List.of(bare("p-1"), bare("p-2")));
        assertEquals(List.of(early, late), out.get(0).encounters());
        assertEquals(List.of(other), out.get(1).encounters());
    }

    @Test
    void an_encounter_that_fits_no_engagement_is_refused_at_its_place_in_the_log() {
        Encounter fine = CoachingFixtures.encounter(LocalDate.of(2026, 2, 1), ContactMode.PHONE, 30, null, ANA);
        Encounter stranger = fine.withPractice(PracticeId.of("p-9"));
        Encounter early = fine.withDate(LocalDate.of(2026, 1, 4));
        Encounter visitor = fine.withCoaches(ANA, CoachId.of("coach-zoe"));
        LocalDate end = bare("p-1").end();   // the engagement's end is tested with Engagement; here, where the fault is named
        Encounter late = fine.withDate(end);
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> FacilitationLog.of(List.of(fine, stranger, early, visitor, late)).applyTo(List.of(bare("p-1"))));
        assertEquals(List.of(
                "FacilitationLog.encounters[1].practice: must be a practice with an engagement (is the id spelled as in "
                        + "the engagements?) (was p-9)",
                "FacilitationLog.encounters[2].date: must not be before the engagement's start 2026-01-05 (was 2026-01-04)",
                "FacilitationLog.encounters[3].coaches[1]: must be one of the engagement's coaches [coach-ana, coach-raj] "
                        + "(was coach-zoe)",
                "FacilitationLog.encounters[4].date: must be before the engagement's end " + end
                        + " unless the practice was re-engaged by then (was " + end + ")"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void an_encounter_names_each_coach_and_role_once() {
        CcmValidationException twice = assertThrows(CcmValidationException.class, () -> CoachingFixtures.encounter(
                LocalDate.of(2026, 2, 1), ContactMode.PHONE, 30, null, ANA, ANA));
        assertEquals("Encounter.coaches[1]: must not name a coach twice (was coach-ana)", twice.getMessage());
        CcmValidationException roles = assertThrows(CcmValidationException.class, () -> CoachingFixtures.encounter(
                LocalDate.of(2026, 2, 1), ContactMode.PHONE, 30, null, ANA).withStaff(Map.of("Nurse", 1, "nurse ", 2)));
        assertEquals(1, roles.problems().size(), roles.getMessage());
        assertEquals(true, roles.getMessage().contains("must not name a role twice (roles are compared ignoring case)"));
        // A site visit by nobody is a slip; a faculty-led session away from the practice names no coach.
        CcmValidationException nobody = assertThrows(CcmValidationException.class, () -> CoachingFixtures.encounter(
                LocalDate.of(2026, 2, 1), ContactMode.ON_SITE, 120, null));
        assertEquals("Encounter.coaches: must name the coaches of a site visit; an event away from the practice without "
                + "its coach (a learning session) is OFF_SITE (was [])", nobody.getMessage());
        assertEquals(List.of(), CoachingFixtures.encounter(LocalDate.of(2026, 2, 1), ContactMode.OFF_SITE, 840, null)
                .coaches());
        // A coaching call the template has a coach deliver, logged with no coach: dose at no coach time, refused.
        Engagement withCall = bare("p-1");
        CcmValidationException uncoached = assertThrows(CcmValidationException.class, () -> withCall.withEncounters(
                CoachingFixtures.encounter(LocalDate.of(2026, 2, 1), ContactMode.PHONE, 30, ActivityType.COACHING_CALL)));
        assertEquals(true, uncoached.getMessage().contains("Engagement.encounters[0].coaches: must name the coaches present:"
                + " the template has coaches deliver a COACHING_CALL"), uncoached.getMessage());
        // An action item due before the encounter that set it: 2025 typed for 2026.
        CcmValidationException early = assertThrows(CcmValidationException.class, () -> CoachingFixtures.encounter(
                LocalDate.of(2026, 2, 1), ContactMode.PHONE, 30, null, ANA)
                .withActionItems(ActionItem.of("Draft the huddle script", "nurse", LocalDate.of(2025, 2, 15))));
        assertEquals("Encounter.actionItems[0].due: must not be before the encounter that set it, 2026-02-01 (was 2025-02-15)",
                early.getMessage());
    }
}

package org.ccmcoach.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.KeyChange;
import org.ccmcoach.core.fidelity.Fidelity;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.junit.jupiter.api.Test;

class FidelityCsvTest {

    private static final LocalDate APR_20 = LocalDate.of(2026, 4, 20);

    @Test
    void the_practice_row_by_hand() {
        CsvTable t = FidelityCsv.practices(List.of(Fidelity.assess(CoachingFixtures.pilotWithActivities(), APR_20)));
        assertEquals(FidelityCsv.PRACTICE_HEADER, t.header());
        assertEquals(List.of("p-1", "2026-04-20",
                // Frequency: orientation 5 Jan and preparation (19 Jan, done 30 Jan within 14 days) on time, Assessment
                // Day (2 Feb, done 20 Feb) late, Learning Session and the TA call of 26 Mar missed, April's call due,
                // the site visit of 1 Apr added: 3 + 1 delivered of 6 due, 0.667.
                "3", "1", "2", "1", "1", "0.667",
                // Duration, the four delivered: 55 + 60 + 200 + 40 = 355 of 60 + 60 + 210 + 45 = 375 minutes, 0.947.
                "4", "375", "355", "0.947",
                // Content: ten key changes planned (1.1, 1.2 and the calls' 2.1 to 3.5), none logged: 0 of 10.
                "10", "0", "0.000", "1.1;1.2;2.1;2.2;2.3;3.1;3.2;3.3;3.4;3.5",
                // Coverage: three roles expected, no staff logged.
                "3", "0", "0.000", "practice team;QI team lead;QI team",
                // No ratings: empty means, not 0.
                "", "0", "", "0",
                // Practice dose: planned 7 encounters, 2 visits, 705 minutes; delivered 5 (the joint Assessment Day
                // once), 2 visits, 55 + 60 + 200 + 40 + 90 = 445 minutes; 445 / 705 = 0.631.
                "7", "2", "705", "5", "2", "445", "0.631",
                // Coach time: planned 2 + 2 on site (both roles) + 4 + 1 phone = 9 contacts, 4 visits, 1,155 minutes;
                // delivered Ana 5 and Raj 1 = 6 contacts, 3 coach visits, 645 minutes.
                "9", "4", "1155", "6", "3", "645"), t.rows().get(0).cells());
    }

    @Test
    void content_coverage_and_moderators_when_logged() {
        PracticeId p1 = PracticeId.of("p-1");
        Engagement e = CoachingFixtures.pilot().withEncounters(
                Encounter.builder().practice(p1).date(LocalDate.of(2026, 1, 5)).mode(ContactMode.PHONE).minutes(55)
                        .addCoaches(CoachingFixtures.ANA).activity(ActivityType.ORIENTATION_CALL).putStaff("Practice Team", 6)
                        .addKeyChanges(KeyChange.ORGANIZE_LEAD_QI_TEAM).quality(4).responsiveness(5).build(),
                Encounter.builder().practice(p1).date(LocalDate.of(2026, 3, 12)).mode(ContactMode.PHONE).minutes(40)
                        .addCoaches(CoachId.of("coach-ana")).activity(ActivityType.COACHING_CALL)
                        .putStaff("QI team lead", 1).addKeyChanges(KeyChange.PLAN_CARE).quality(3).build());
        List<String> row = FidelityCsv.practices(List.of(Fidelity.assess(e, APR_20))).rows().get(0).cells();
        // Content: 1.1 and 3.4 of the ten: 0.200. Coverage: "Practice Team" (case ignored) and "QI team lead" of
        // three: 0.667, QI team missing. Quality 4 and 3: 3.50 over 2; responsiveness 5 over 1.
        assertEquals(List.of("10", "2", "0.200", "1.2;2.1;2.2;2.3;3.1;3.2;3.3;3.5", "3", "2", "0.667", "QI team",
                "3.50", "2", "5.00", "1"), row.subList(12, 24));
    }
}

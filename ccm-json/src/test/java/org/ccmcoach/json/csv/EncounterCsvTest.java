package org.ccmcoach.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.ActionItem;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.FacilitationStrategy;
import org.ccmcoach.core.coaching.KeyChange;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.ccmcoach.core.value.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncounterCsvTest {

    private static final String HEADER = String.join(",", EncounterCsv.HEADER);

    /** A joint visit with everything recorded, text holding each separator and a formula start. */
    static final Encounter VISIT = Encounter.builder().practice(PracticeId.of("c1-team1")).date(LocalDate.of(2026, 3, 2))
            .mode(ContactMode.ON_SITE).minutes(120).addCoaches(CoachId.of("coach-ana"), CoachId.of("coach-raj"))
            .activity(ActivityType.SITE_VISIT).putStaff("physician", 1).putStaff("MA: float; part-time", 2)
            .addKeyChanges(KeyChange.PLAN_CARE, KeyChange.ORGANIZE_LEAD_QI_TEAM)
            .addElements(CcmElement.DELIVERY_SYSTEM_DESIGN).addStrategies(FacilitationStrategy.TAILORING_QI_WORK,
                    FacilitationStrategy.PROVIDING_ACCOUNTABILITY)
            .addActionItems(ActionItem.of("Draft a pre-visit huddle script", "nurse", LocalDate.of(2026, 3, 16)),
                    ActionItem.of("Call at 9;30 | bring C:\\reports", "QI lead", LocalDate.of(2026, 3, 20)))
            .quality(4).responsiveness(3).notes("=not a formula\nsecond line").build();

    @Test
    void a_log_reads_back_as_written() {
        List<Encounter> log = List.of(VISIT, CoachingFixtures.encounter(LocalDate.of(2026, 3, 12), ContactMode.PHONE, 40,
                null, CoachingFixtures.ANA));
        String csv = EncounterCsv.table(log).toCsv();
        assertEquals(HEADER + "\n"
                + "2026-03-02,c1-team1,ON_SITE,120,coach-ana;coach-raj,SITE_VISIT,physician:1;MA\\: float\\; part-time:2,"
                + "1.1;3.4,DELIVERY_SYSTEM_DESIGN,TAILORING_QI_WORK;PROVIDING_ACCOUNTABILITY,"
                + "Draft a pre-visit huddle script|nurse|2026-03-16;Call at 9\\;30 \\| bring C:\\\\reports|QI lead|2026-03-20,"
                + "4,3,\"'=not a formula\nsecond line\"\n"
                + "2026-03-12,p-1,PHONE,40,coach-ana,,,,,,,,,\n", csv);
        assertEquals(log, EncounterCsv.parse(csv));
    }

    @Test
    void a_file_reads_back_as_written(@TempDir Path dir) {
        Path file = dir.resolve("log.csv");
        EncounterCsv.table(CoachingFixtures.pilotWithActivities().encounters()).write(file);
        assertEquals(CoachingFixtures.pilotWithActivities().encounters(), EncounterCsv.read(file));
    }

    @Test
    void a_hand_kept_log_reads_with_optional_columns_left_out_names_in_any_case_and_spaces_around_separators() {
        List<Encounter> log = EncounterCsv.parse("practice,date,mode,minutes,coaches,staff,elements,action_items\n"
                + "p-1,2026-03-02,on_site,90, coach-ana ; coach-raj ;,physician : 1; medical assistant:2,"
                + "decision_support,Pull the registry | QI lead | 2026-03-20\n");
        assertEquals(List.of(Encounter.builder().practice(PracticeId.of("p-1")).date(LocalDate.of(2026, 3, 2))
                .mode(ContactMode.ON_SITE).minutes(90).addCoaches(CoachId.of("coach-ana"), CoachId.of("coach-raj"))
                .putStaff("physician", 1).putStaff("medical assistant", 2).addElements(CcmElement.DECISION_SUPPORT)
                .addActionItems(ActionItem.of("Pull the registry", "QI lead", LocalDate.of(2026, 3, 20))).build()), log);
    }

    @Test
    void each_bad_cell_is_refused_once_at_its_line_and_column_with_what_to_do() {
        String csv = HEADER + "\n"
                + "2026-02-30,p 1,FAX,90.5,coach-ana;coach ana,VISIT,physician;nurse:0,3.9,DESIGN,NAGGING,"
                + "Pull the registry|QI lead|next week;|nurse|2026-03-20,6,0,\n"
                + "2026-03-02,p-1,PHONE,30,coach-ana;coach-ana,,physician:1;Physician:1,,,,,,,\n"
                + "2026-03-02,,PHONE,,,,,,,,|nurse|2026-03-20,,,\n"
                + "2026-03-02,p-1,PHONE\n";
        CsvException e = assertThrows(CsvException.class, () -> EncounterCsv.parse(csv));
        assertEquals(List.of(
                "line 2, column \"date\": is not a day (February 2026 has 28 days) (was \"2026-02-30\")",
                "line 2, column \"practice\": must be 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter"
                        + " or digit (was \"p 1\")",
                "line 2, column \"mode\": must be one of ON_SITE, OFF_SITE, PHONE, VIDEO, EMAIL (was \"FAX\")",
                "line 2, column \"minutes\": must be a whole number of minutes from 1 to 1440 (was \"90.5\")",
                "line 2, column \"coaches\": names \"coach ana\", which must be 1 to 64 letters, digits, '.', '_', ':' or"
                        + " '-', starting with a letter or digit (was \"coach-ana;coach ana\")",
                "line 2, column \"activity\": must be one of READINESS_ASSESSMENT, ORIENTATION_CALL, KICKOFF_MEETING,"
                        + " SITE_VISIT_PREPARATION_CALL, ASSESSMENT_DAY, LEARNING_SESSION, ACTION_PERIOD_CALL, MONTHLY_REPORT,"
                        + " GOAL_SETTING, COACHING_CALL, SITE_VISIT, TECHNICAL_ASSISTANCE_CALL, BEHAVIOURAL_HEALTH_COACHING, CHECK_IN, WRAP_UP"
                        + " (was \"VISIT\")",
                "line 2, column \"staff\": has the entry \"physician\"; write each role present with how many came, as"
                        + " role:count separated by ';' (physician:1;medical assistant:2) (was \"physician;nurse:0\")",
                "line 2, column \"key_changes\": names \"3.9\", not a toolkit key change; give numbers from 1.1, 1.2, 2.1,"
                        + " 2.2, 2.3, 3.1, 3.2, 3.3, 3.4, 3.5, separated by ';' (was \"3.9\")",
                "line 2, column \"elements\": names \"DESIGN\", which is not one of HEALTH_SYSTEM, DELIVERY_SYSTEM_DESIGN,"
                        + " DECISION_SUPPORT, CLINICAL_INFORMATION_SYSTEMS, SELF_MANAGEMENT_SUPPORT, COMMUNITY; separate"
                        + " them with ';' (was \"DESIGN\")",
                "line 2, column \"strategies\": names \"NAGGING\", which is not one of TAILORING_QI_WORK,"
                        + " ADDRESSING_RESISTANCE, GUIDING_CRITICAL_THINKING, PROVIDING_ACCOUNTABILITY; separate them with"
                        + " ';' (was \"NAGGING\")",
                "line 2, column \"action_items\": has the item \"Pull the registry|QI lead|next week\"; write each item as"
                        + " task|owner|YYYY-MM-DD, separated by ';' (Draft a huddle script|nurse|2026-03-16) (was"
                        + " \"Pull the registry|QI lead|next week;|nurse|2026-03-20\")",
                "line 2, column \"quality\": must be a whole number from 1 (poor) to 5 (excellent), or empty if not rated"
                        + " (was \"6\")",
                "line 2, column \"responsiveness\": must be a whole number from 1 (poor) to 5 (excellent), or empty if"
                        + " not rated (was \"0\")",
                "line 3, column \"coaches\": must not name a coach twice (was \"coach-ana;coach-ana\")",
                "line 3, column \"staff\": must not name a role twice (roles are compared ignoring case)"
                        + " (was \"physician:1;Physician:1\")",
                "line 4, column \"practice\": is empty; give the practice's id",
                "line 4, column \"minutes\": is empty; give how long the practice was met",
                "line 4, column \"action_items\": item 1's task must not be blank (was \"|nurse|2026-03-20\")",
                "line 5: has 3 cells for 14 columns"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void text_a_value_refuses_is_refused_at_its_cell() {
        CsvException e = assertThrows(CsvException.class, () -> EncounterCsv.parse(HEADER + "\n"
                + "2026-03-02,p-1,PHONE,30,coach-ana,,,,,,,,,bell\u0007\n"));
        assertEquals(List.of("line 2, column \"notes\": " + notesRule() + " (was \"bell\\u0007\")"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void a_header_is_checked_first_and_each_problem_named_once_on_line_1() {
        CsvException e = assertThrows(CsvException.class, () -> EncounterCsv.parse("date,practice,mode,coach,notes\n"
                + "2026-03-02,p-1,PHONE,coach-ana,\n"));
        assertEquals(List.of("line 1, column \"coach\": is not a column of a facilitation log; the columns are date,"
                        + " practice, mode, minutes, coaches, activity, staff, key_changes, elements, strategies,"
                        + " action_items, quality, responsiveness, notes",
                "line 1, column \"minutes\": is a required column and is missing",
                "line 1, column \"coaches\": is a required column and is missing"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void problems_beyond_the_limit_are_counted_not_kept() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 150; i++) {
            csv.append("2026-03-02,p-1,PHONE,0,coach-ana,,,,,,,,,\n");
        }
        CsvException e = assertThrows(CsvException.class, () -> EncounterCsv.parse(csv.toString()));
        assertEquals(CsvException.MAX_PROBLEMS, e.problems().size());
        assertEquals(50, e.more());
    }

    /** ActivityType may grow; the message lists every name. */
    /** The rule core's plain-text check states, whatever its words. */
    private static String notesRule() {
        try {
            Encounter.builder().practice(PracticeId.of("p-1")).date(LocalDate.of(2026, 3, 2)).mode(ContactMode.PHONE)
                    .minutes(30).addCoaches(CoachId.of("coach-ana")).notes("bell\u0007").build();
            throw new AssertionError("core accepted a control character");
        } catch (org.ccmcoach.core.value.CcmValidationException e) {
            return e.problems().get(0).rule();
        }
    }
}

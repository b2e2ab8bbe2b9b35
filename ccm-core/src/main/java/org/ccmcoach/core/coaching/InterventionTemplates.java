package org.ccmcoach.core.coaching;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;

/**
 * The built-in intervention templates.
 *
 * <ul>
 * <li>{@link #ahrqSafetyNetPilot()}: the AHRQ coaching manual's 10-month, two-phase pilot
 *     (Coleman, Pearson, Wu 2009, chapter 3 and appendix), a <em>low-intensity</em> intervention.
 *     Stated in the manual: the two phases and their names, the 10 months, the appendix order of
 *     orientation call, site-visit preparation call, Assessment Day (team meeting 60 min and
 *     practice observation 150 min) and Learning Session (about 4 hours), that the coaches visited
 *     the sites twice and otherwise kept in touch by phone, a point-of-contact coach and a
 *     technical-assistance coach. <b>Inferred, and adjustable</b>: which activity falls in which
 *     phase; that the two visits are the appendix's two on-site agendas, Assessment Day (visit 1)
 *     and the Learning Session (visit 2), so the template has exactly two on-site contacts; the ACIC
 *     among Assessment Day's tools (the manual names the Clinic Observation Assessment there); a
 *     Phase I of 2 months and Phase II of 8; monthly coaching calls and technical-assistance calls
 *     every two months (the manual's "two to three" phone contacts lack a unit); the call lengths;
 *     a wrap-up call.</li>
 * <li>{@link #facilitationStages()}: the six stages of a facilitation intervention (AHRQ Practice
 *     Facilitation Handbook, module 3). The stages and their order are stated; their lengths and
 *     cadences here are defaults within the 3 to 15 months interventions lasted, about six visits a
 *     year, adjustable.</li>
 * <li>{@link #learningCollaborative(int, Period)}: a learning collaborative after the IHI Breakthrough
 *     Series (IHI Innovation Series white paper, 2003): learning sessions that bring several
 *     practices' teams together, alternating with action periods in which each team tests changes
 *     with PDSA cycles, joins the collaborative's calls and reports its data monthly.</li>
 * </ul>
 * Adjust one with the {@code with*} methods, or write your own and read it with ccm-json.
 *
 * <pre>{@code
 * InterventionTemplate pilot = InterventionTemplates.ahrqSafetyNetPilot();
 * InterventionTemplate faster = pilot.withPhases(pilot.phases().get(0).withDuration(Period.ofMonths(1)),
 *         pilot.phases().get(1));
 * }</pre>
 */
public final class InterventionTemplates {

    private InterventionTemplates() {
    }

    /**
     * The manual's 10-month, low-intensity pilot: Phase I, Laying the Foundation for Success, with
     * both site visits; Phase II, Active Practice Coaching, by phone. See the class description for
     * what is stated and what is inferred.
     *
     * @return the template {@code ahrq-safety-net-pilot}, not null
     */
    public static InterventionTemplate ahrqSafetyNetPilot() {
        Phase foundation = Phase.builder()
                .name("Phase I — Laying the Foundation for Success")
                .duration(Period.ofMonths(2))
                .addActivities(
                        activity(ActivityType.ORIENTATION_CALL, "Practice team orientation call", ContactMode.PHONE,
                                Timing.at(Period.ZERO), 60)
                                .addCoachRoles(EngagementRole.POINT_OF_CONTACT)
                                .addPracticeRoles("practice team").addKeyChanges(KeyChange.ORGANIZE_LEAD_QI_TEAM).build(),
                        activity(ActivityType.SITE_VISIT_PREPARATION_CALL, "Site visit preparation call", ContactMode.PHONE,
                                Timing.at(Period.ofWeeks(2)), 60)
                                .addCoachRoles(EngagementRole.POINT_OF_CONTACT)
                                .addPracticeRoles("QI team lead").build(),
                        activity(ActivityType.ASSESSMENT_DAY, "Assessment Day (site visit 1)", ContactMode.ON_SITE,
                                Timing.at(Period.ofWeeks(4)), 210)
                                .addCoachRoles(EngagementRole.POINT_OF_CONTACT, EngagementRole.TECHNICAL_ASSISTANCE)
                                .addPracticeRoles("practice team")
                                .addTools("ACIC", "Clinic Observation Assessment").build(),
                        activity(ActivityType.LEARNING_SESSION, "Learning Session (site visit 2)", ContactMode.ON_SITE,
                                Timing.at(Period.ofWeeks(6)), 240)
                                .addCoachRoles(EngagementRole.POINT_OF_CONTACT, EngagementRole.TECHNICAL_ASSISTANCE)
                                .addPracticeRoles("practice team")
                                .addTools("Model for Improvement", "PDSA worksheet")
                                .addKeyChanges(KeyChange.FAMILIARIZE_TEAM).build())
                .build();
        Phase coaching = Phase.builder()
                .name("Phase II — Active Practice Coaching")
                .duration(Period.ofMonths(8))
                .addActivities(
                        activity(ActivityType.COACHING_CALL, "Coaching call", ContactMode.PHONE,
                                Timing.every(Period.ofMonths(1), Period.ofWeeks(1)), 45)
                                .addCoachRoles(EngagementRole.POINT_OF_CONTACT).addPracticeRoles("QI team")
                                .addTools("PDSA worksheet")
                                .addKeyChanges(KeyChange.USE_DATA_TO_SET_PRIORITIES, KeyChange.SELECT_PERFORMANCE_MEASURES,
                                        KeyChange.BUILD_MEASUREMENT_CAPACITY, KeyChange.ORGANIZE_CARE_TEAM,
                                        KeyChange.DEFINE_PATIENT_PANELS, KeyChange.SUPPORT_PATIENTS_AT_EVERY_VISIT,
                                        KeyChange.PLAN_CARE, KeyChange.ASSURE_SELF_MANAGEMENT_SUPPORT).build(),
                        activity(ActivityType.TECHNICAL_ASSISTANCE_CALL, "Technical-assistance call", ContactMode.PHONE,
                                Timing.every(Period.ofMonths(2), Period.ofWeeks(3)), 45)
                                .addCoachRoles(EngagementRole.TECHNICAL_ASSISTANCE).addPracticeRoles("QI team")
                                .addTools("registry", "performance measures")
                                .addKeyChanges(KeyChange.SELECT_PERFORMANCE_MEASURES, KeyChange.BUILD_MEASUREMENT_CAPACITY,
                                        KeyChange.ASSURE_SELF_MANAGEMENT_SUPPORT).build(),
                        activity(ActivityType.WRAP_UP, "Wrap-up call", ContactMode.PHONE,
                                Timing.at(Period.ofMonths(7).plusDays(14)), 60)
                                .addCoachRoles(EngagementRole.POINT_OF_CONTACT).addPracticeRoles("QI team")
                                .addTools("toolkit").build())
                .build();
        return InterventionTemplate.builder().id(TemplateId.of("ahrq-safety-net-pilot"))
                .name("Integrating Chronic Care and Business Strategies in the Safety Net: practice coaching pilot")
                .addPhases(foundation, coaching).build();
    }

    /**
     * The six stages of a facilitation intervention, with default lengths totalling 12 months.
     *
     * @return the template {@code pf-six-stages}, not null
     */
    public static InterventionTemplate facilitationStages() {
        return InterventionTemplate.builder().id(TemplateId.of("pf-six-stages"))
                .name("Practice facilitation in six stages (AHRQ Practice Facilitation Handbook, module 3)")
                .addPhases(
                        stage("1. Practice recruitment and readiness assessment", 1,
                                activity(ActivityType.READINESS_ASSESSMENT, "Readiness assessment", ContactMode.ON_SITE,
                                        Timing.at(Period.ZERO), 90).addTools("readiness checklist").build()),
                        stage("2. Kickoff meeting", 1,
                                activity(ActivityType.KICKOFF_MEETING, "Kickoff meeting (academic detailing, start-up)",
                                        ContactMode.ON_SITE, Timing.at(Period.ZERO), 90).build()),
                        stage("3. Practice assessment and goal setting", 1,
                                activity(ActivityType.ASSESSMENT_DAY, "Practice assessment", ContactMode.ON_SITE,
                                        Timing.at(Period.ZERO), 180).addTools("ACIC").build(),
                                activity(ActivityType.GOAL_SETTING, "Goal setting", ContactMode.VIDEO,
                                        Timing.at(Period.ofWeeks(2)), 60).build()),
                        stage("4. Active improvement efforts", 6,
                                activity(ActivityType.SITE_VISIT, "Site visit", ContactMode.ON_SITE,
                                        Timing.every(Period.ofMonths(2), Period.ZERO), 90).addTools("PDSA worksheet").build(),
                                activity(ActivityType.COACHING_CALL, "Coaching call", ContactMode.PHONE,
                                        Timing.every(Period.ofMonths(2), Period.ofMonths(1)), 20).build()),
                        stage("5. Holding the gains", 2,
                                activity(ActivityType.CHECK_IN, "Check-in", ContactMode.PHONE,
                                        Timing.every(Period.ofMonths(1), Period.ZERO), 20).build()),
                        stage("6. Completion and maintenance", 1,
                                activity(ActivityType.WRAP_UP, "Phased withdrawal and hand-off to practice staff",
                                        ContactMode.ON_SITE, Timing.at(Period.ZERO), 60).build()))
                .build();
    }

    /** The longest collaborative {@link #learningCollaborative} builds: 120 sessions, ten years of monthly ones. */
    static final int MAX_LEARNING_SESSIONS = 120;

    /**
     * A learning collaborative: "Learning Session k" and "Action Period k" phases, alternating, from
     * the first learning session to the end of the last action period.
     *
     * <p>Stated in the sources [V]: a Breakthrough Series collaborative is a short-term learning
     * system of 6 to 15 months in which each team typically sends three members to three learning
     * sessions, in-person meetings, and in the action periods between them tests changes in PDSA
     * cycles, supported by conference calls, e-mail and monthly team reports (IHI 2003, its summary
     * and its figure of the model); a first learning session is typically two days, and one-day
     * sessions do not work (ICIC, improvingchroniccare.org, "Learning Session One"); the AHRQ
     * coaching manual (ch. 1) describes collaboratives that meet "four times a year", so the number
     * of sessions and the action period's length are the caller's: {@code learningCollaborative(3,
     * Period.ofMonths(4))} is IHI's three sessions, {@code learningCollaborative(4, Period.ofMonths(3))}
     * the manual's quarterly ones.
     *
     * <p>Our choices [I], adjustable with the {@code with*} methods: each learning session phase
     * lasts the session's two days, so sessions fall {@code actionPeriod} plus two days apart and a
     * collaborative lasts {@code learningSessions × (2 days + actionPeriod)} (three sessions with
     * action periods of four months: 12 months and 6 days); a session is 840 minutes (two days of
     * seven hours), {@link ContactMode#OFF_SITE} at the collaborative's venue, attended by the
     * practice's QI team; each action period has a one-hour collaborative call by phone every month
     * from its 14th day and a monthly team report, by e-mail, every month from its 21st day (an hour
     * of the team's time). No activity names a coach role: the collaborative's faculty lead the
     * sessions and calls, and their cost is the sessions' per-occurrence expense
     * ({@code CostModel.activityExpenses()}); add coach roles to an activity if the practice's own
     * coach attends, and the coach's time is charged as well.
     *
     * @param learningSessions  how many learning sessions, each followed by an action period; 1 to 120
     * @param actionPeriod  each action period's length; positive, and long enough to hold its first
     *         report on day 21
     * @return the template {@code learning-collaborative}, not null
     * @throws CcmValidationException if {@code learningSessions} is outside 1 to 120, or the action
     *         period is not positive or too short, or the whole is longer than ten years
     */
    public static InterventionTemplate learningCollaborative(int learningSessions, Period actionPeriod) {
        if (learningSessions < 1 || learningSessions > MAX_LEARNING_SESSIONS) {
            throw CcmValidationException.of(List.of(Problem.of("InterventionTemplates.learningCollaborative",
                    "learningSessions", "must be 1 to " + MAX_LEARNING_SESSIONS, learningSessions)));
        }
        List<Phase> phases = new ArrayList<>();
        for (int k = 1; k <= learningSessions; k++) {
            phases.add(Phase.builder().name("Learning Session " + k).duration(SESSION_DAYS)
                    .addActivities(activity(ActivityType.LEARNING_SESSION, "Learning Session " + k, ContactMode.OFF_SITE,
                            Timing.at(Period.ZERO), SESSION_MINUTES)
                            .addPracticeRoles("QI team").addTools("Model for Improvement", "PDSA worksheet").build())
                    .build());
            phases.add(Phase.builder().name("Action Period " + k).duration(actionPeriod)
                    .addActivities(
                            activity(ActivityType.ACTION_PERIOD_CALL, "Action Period " + k + " call", ContactMode.PHONE,
                                    Timing.every(Period.ofMonths(1), Period.ofDays(14)), 60)
                                    .addPracticeRoles("QI team").addTools("PDSA worksheet").build(),
                            activity(ActivityType.MONTHLY_REPORT, "Monthly team report", ContactMode.EMAIL,
                                    Timing.every(Period.ofMonths(1), Period.ofDays(21)), 60)
                                    .addPracticeRoles("QI team").addTools("run charts", "PDSA worksheet").build())
                    .build());
        }
        return InterventionTemplate.builder().id(TemplateId.of("learning-collaborative"))
                .name("Learning collaborative (IHI Breakthrough Series): " + learningSessions
                        + " learning sessions, action periods of " + actionPeriod)
                .addAllPhases(phases).build();
    }

    /** A learning session phase: the session's two days (ICIC: "typically two days"). */
    private static final Period SESSION_DAYS = Period.ofDays(2);

    /** A learning session's minutes: two days of seven hours, our choice. */
    private static final int SESSION_MINUTES = 2 * 7 * 60;

    private static Phase stage(String name, int months, Activity... activities) {
        return Phase.builder().name(name).duration(Period.ofMonths(months)).addActivities(activities).build();
    }

    private static Activity.Builder activity(ActivityType type, String name, ContactMode mode, Timing timing, int minutes) {
        Activity.Builder b = Activity.builder();
        b.type(type).name(name).mode(mode).timing(timing).expectedMinutes(minutes);
        return b;
    }
}

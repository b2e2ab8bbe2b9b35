package org.ccmcoach.core.coaching;

/**
 * The kinds of activity in a coaching intervention, from the AHRQ coaching manual's pilot, the
 * AHRQ Practice Facilitation Handbook's six stages and the IHI Breakthrough Series' learning
 * collaborative (learning sessions, with calls and monthly reports in the action periods between them).
 *
 * <pre>{@code
 * ActivityType.ASSESSMENT_DAY;   // the pilot's first site visit
 * }</pre>
 */
public enum ActivityType {
    /** Recruiting the practice and assessing its readiness. */
    READINESS_ASSESSMENT,
    /** The practice team orientation call. */
    ORIENTATION_CALL,
    /** Kickoff meeting: academic detailing, start-up. */
    KICKOFF_MEETING,
    /** The site-visit preparation call. */
    SITE_VISIT_PREPARATION_CALL,
    /** Assessment Day: team meeting and practice observation (the pilot's site visit 1). */
    ASSESSMENT_DAY,
    /** A learning session with the team; in a collaborative, a meeting of several practices' teams. */
    LEARNING_SESSION,
    /** A collaborative's call in an action period: teams share their tests of change with faculty and each other. */
    ACTION_PERIOD_CALL,
    /** A team's monthly report to its collaborative: its measures and PDSA cycles of the month. */
    MONTHLY_REPORT,
    /** Setting improvement goals after the practice assessment. */
    GOAL_SETTING,
    /** A regular coaching call. */
    COACHING_CALL,
    /** A site visit. */
    SITE_VISIT,
    /** A technical-assistance call (measures, registries, self-management support). */
    TECHNICAL_ASSISTANCE_CALL,
    /**
     * A behavioural-health coaching call or visit: integrating behavioural health into primary care
     * (referral and warm hand-off workflows, depression screening and follow-up).
     */
    BEHAVIOURAL_HEALTH_COACHING,
    /** A check-in to hold the gains. */
    CHECK_IN,
    /** Wrap-up: phased withdrawal, coordination handed to practice staff. */
    WRAP_UP
}

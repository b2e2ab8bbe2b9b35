package org.ccmcoach.core.coaching;

/**
 * A coach's role in one engagement; the pilot paired a regular point of contact with a
 * technical-assistance specialist (coaching manual, chapter 3). Integrated-care programs coach with an
 * interdisciplinary coaching team (Henwood et al., "Advancing Integrated Care through Practice
 * Coaching", Int J Integr Care 2020;20(2):15, doi:10.5334/ijic.4737); a behavioural-health coach as a
 * role of its own is ccm's reading of that team (an inference from the abstract, which names the team, not its roles).
 *
 * <pre>{@code
 * EngagementRole.POINT_OF_CONTACT;
 * }</pre>
 */
public enum EngagementRole {
    /** The practice's regular coach and point of contact. */
    POINT_OF_CONTACT,
    /** Technical assistance: performance measures, self-management support, registries. */
    TECHNICAL_ASSISTANCE,
    /**
     * A behavioural-health coach: supports a practice integrating behavioural health into primary
     * care (referrals, warm hand-offs, depression follow-up), beside its point-of-contact coach.
     */
    BEHAVIOURAL_HEALTH
}

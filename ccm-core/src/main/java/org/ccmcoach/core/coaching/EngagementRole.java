package org.ccmcoach.core.coaching;

/**
 * A coach's role in one engagement; the pilot paired a regular point of contact with a
 * technical-assistance specialist (coaching manual, chapter 3).
 *
 * <pre>{@code
 * EngagementRole.POINT_OF_CONTACT;
 * }</pre>
 */
public enum EngagementRole {
    /** The practice's regular coach and point of contact. */
    POINT_OF_CONTACT,
    /** Technical assistance: performance measures, self-management support, registries. */
    TECHNICAL_ASSISTANCE
}

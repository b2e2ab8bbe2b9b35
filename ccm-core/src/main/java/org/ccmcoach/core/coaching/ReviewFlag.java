package org.ccmcoach.core.coaching;

/**
 * What a monthly review points out about a practice.
 *
 * <pre>{@code
 * ReviewFlag.NO_CONTACT_30_DAYS;
 * }</pre>
 */
public enum ReviewFlag {
    /**
     * No logged contact in the 30 days up to the month's end, while coached (30 days is ccm's choice,
     * about one monthly review period; no source gives a threshold).
     */
    NO_CONTACT_30_DAYS,
    /** Fewer activities completed than were scheduled up to the month's end. */
    BEHIND_SCHEDULE,
    /** The intervention's end falls in the month or has passed while still coached. */
    GRADUATION_DUE
}

package org.ccmcoach.core.coaching;

/**
 * How a coach meets a practice.
 *
 * <pre>{@code
 * ContactMode.ON_SITE.remote();   // false
 * }</pre>
 */
public enum ContactMode {
    /** In person at the practice. */
    ON_SITE,
    /**
     * In person away from the practice: a meeting of several practices' teams at a venue, such as a
     * collaborative's learning session. Not a site visit, so costing charges no trip to the practice.
     */
    OFF_SITE,
    /** By telephone. */
    PHONE,
    /** By video call. */
    VIDEO,
    /** By email or message. */
    EMAIL;

    /** {@return whether the contact is remote (coach time logs count in-person and remote hours apart)} */
    public boolean remote() {
        return this != ON_SITE && this != OFF_SITE;
    }
}

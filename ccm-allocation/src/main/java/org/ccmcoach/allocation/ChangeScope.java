package org.ccmcoach.allocation;

/**
 * How broad the change a practice takes on is, one of the AF4Q factors in a coach's caseload.
 *
 * <pre>{@code
 * PracticeProfile.builder().practice(p).scope(ChangeScope.SYSTEM_WIDE).build();
 * }</pre>
 */
public enum ChangeScope {
    /** Improving care for one condition, such as diabetes. */
    SINGLE_CONDITION,
    /** Broad system change, such as planned care for all patients or advanced access. */
    SYSTEM_WIDE
}

package org.ccmcoach.core.allocation;

/**
 * How intensively a practice is coached: the dose that sets its monthly coaching hours and visits
 * in an {@link AllocationPolicy}.
 *
 * <p>The AF4Q guidance names intensity as a factor in how many practices a coach can carry; the
 * three levels are this library's, calibrated in {@link AllocationPolicy#defaults()} to the visit
 * counts the specification cites (6 visits a year at the low end, 24 at the high end).
 *
 * <pre>{@code
 * PracticeProfile.builder().practice(p).intensity(Intensity.INTENSIVE).build();
 * }</pre>
 */
public enum Intensity {
    /** Mostly remote support with a visit every other month (6 visits a year by default). */
    LIGHT,
    /** Regular calls with a monthly visit (12 a year by default). */
    STANDARD,
    /** Close support with two visits a month (24 a year by default), as in the safety-net pilot. */
    INTENSIVE
}

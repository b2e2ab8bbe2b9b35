package org.ccmcoach.allocation;

/**
 * How intensively a practice is coached: the dose that sets its monthly coaching hours and visits
 * in an {@link AllocationPolicy}.
 *
 * <p>The AF4Q/IPIP guidance names intensity as a factor in how many practices a coach can carry
 * but defines no levels and gives no figures. The three levels are ccm's choice; their default
 * doses in {@link AllocationPolicy#defaults()} span the visit counts of Culler et al. 2013 (Ann Fam
 * Med 11:207: at least 6 visits a year in their study, and a 24-visit protocol in their sensitivity
 * analysis), with 12 a year between them as ccm's choice.
 *
 * <p>The AHRQ coaching manual's pilot (chapter 3) was <em>low intensity</em>: two site visits in ten months
 * (about 0.2 a month) and phone contact between them. That is lighter than {@link #LIGHT}'s
 * default; model it as {@code LIGHT} with the policy's light visits set to 0.2:
 *
 * <pre>{@code
 * PracticeProfile.builder().practice(p).intensity(Intensity.LIGHT).build();
 * AllocationPolicy pilot = AllocationPolicy.defaults().withVisitsPerMonth(
 *         Map.of(Intensity.LIGHT, 0.2, Intensity.STANDARD, 1.0, Intensity.INTENSIVE, 2.0));
 * }</pre>
 */
public enum Intensity {
    /** Mostly remote support with a visit every other month (6 visits a year by default, Culler 2013's minimum). */
    LIGHT,
    /** Regular calls with a monthly visit (12 a year by default, ccm's choice between 6 and 24). */
    STANDARD,
    /**
     * Close support with two visits a month (24 a year by default, the protocol Culler 2013's
     * sensitivity analysis costed).
     */
    INTENSIVE
}

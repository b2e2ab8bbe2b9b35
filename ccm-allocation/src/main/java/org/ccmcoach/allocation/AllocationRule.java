package org.ccmcoach.allocation;

/**
 * The hard rules of an allocation; a {@link Breach} names the one it breaks, and a coach that may
 * not serve a practice is kept from it by one of the pair rules.
 *
 * <pre>{@code
 * problem.barriers(CoachId.of("coach-ana"), PracticeId.of("p-3"));   // [TRAVEL_LIMIT]
 * }</pre>
 */
public enum AllocationRule {
    /** Every named practice is in the problem. */
    KNOWN_PRACTICE("a practice of the problem"),
    /** Every named coach is in the problem. */
    KNOWN_COACH("a coach of the problem"),
    /** Only triage candidates, or practices not yet triaged, are coached. */
    CANDIDATES_ONLY("candidates only"),
    /** Only point-of-contact coaches are given practices. */
    POINT_OF_CONTACT_ONLY("point-of-contact coaches only"),
    /** A coach's load stays within the coach's hours a month. */
    CAPACITY_HOURS("hours a month"),
    /** A coach carries at most the caseload cap. */
    CASELOAD("caseload cap"),
    /** The one-way trip is within the policy's travel limit. */
    TRAVEL_LIMIT("travel limit"),
    /** The coach lists every expertise area the practice requires. */
    EXPERTISE("required expertise"),
    /** The coach is not one of the practice's forbidden coaches. */
    FORBIDDEN_COACH("forbidden coach"),
    /** A pinned practice is served by its pinned coach, and by no other. */
    PIN("pinned coach"),
    /** Only technical-assistance coaches give technical assistance. */
    TECHNICAL_ASSISTANCE_ONLY("technical-assistance coaches only"),
    /** Technical assistance and behavioural-health coaching go to practices with a point-of-contact coach. */
    SERVED_PRACTICES_ONLY("served practices only"),
    /** Only behavioural-health coaches give behavioural-health coaching. */
    BEHAVIOURAL_HEALTH_ONLY("behavioural-health coaches only"),
    /** A behavioural-health coach serves only practices that need behavioural-health coaching. */
    BEHAVIOURAL_HEALTH_NEED("practices needing behavioural health only");

    private final String displayName;

    AllocationRule(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The rule in a few words, for reports.
     *
     * @return a short name such as {@code travel limit}
     */
    public String displayName() {
        return displayName;
    }
}

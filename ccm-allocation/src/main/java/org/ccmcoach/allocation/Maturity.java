package org.ccmcoach.allocation;

/**
 * A practice's improvement maturity: how much quality-improvement experience it brings, one of the
 * AF4Q/IPIP factors in how many practices a coach can carry (a factor only: the guidance gives no
 * figures, and the policy's multipliers are ccm's choice).
 *
 * <pre>{@code
 * PracticeProfile.builder().practice(p).maturity(Maturity.NEW_TO_IMPROVEMENT).build();
 * }</pre>
 */
public enum Maturity {
    /** No structured improvement work yet: needs the most coaching time. */
    NEW_TO_IMPROVEMENT,
    /** Some improvement experience, such as earlier PDSA cycles or a collaborative. */
    DEVELOPING,
    /** Runs improvement work largely on its own: needs the least coaching time. */
    EXPERIENCED
}

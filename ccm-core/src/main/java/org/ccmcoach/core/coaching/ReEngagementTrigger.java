package org.ccmcoach.core.coaching;

/**
 * Events after which quality and process indicators tend to fall and a coach is re-assigned
 * during the transition (AF4Q, "When do practice coaches end engagement?").
 *
 * <pre>{@code
 * engagement.reEngage(ReEngagementTrigger.NEW_EHR, LocalDate.of(2027, 2, 1), "Epic go-live");
 * }</pre>
 */
public enum ReEngagementTrigger {
    /** The physician champion left. */
    CHAMPION_LEFT("the physician champion left"),
    /** The practice administrator left. */
    ADMINISTRATOR_LEFT("the practice administrator left"),
    /** A merger or buy-out. */
    MERGER_OR_BUYOUT("a merger or buy-out"),
    /** A new EHR. */
    NEW_EHR("a new EHR"),
    /** A new billing system. */
    NEW_BILLING_SYSTEM("a new billing system");

    private final String description;

    ReEngagementTrigger(String description) {
        this.description = description;
    }

    /** {@return what happened, as a reason reads it} */
    public String description() {
        return description;
    }
}

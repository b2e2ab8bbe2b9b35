package org.ccmcoach.core.coaching;

/**
 * The phases of the AHRQ toolkit "Integrating Chronic Care and Business Strategies in the Safety
 * Net". The key changes of the fourth phase were not retrieved, so it has none here.
 *
 * <pre>{@code
 * ToolkitPhase.ASSESS_DATA_AND_SET_PRIORITIES.number();   // 2
 * }</pre>
 */
public enum ToolkitPhase {
    /** 1. Getting Started. */
    GETTING_STARTED("Getting Started"),
    /** 2. Assess Data and Set Priorities. */
    ASSESS_DATA_AND_SET_PRIORITIES("Assess Data and Set Priorities"),
    /** 3. Redesign Care and Business Systems. */
    REDESIGN_CARE_AND_BUSINESS_SYSTEMS("Redesign Care and Business Systems"),
    /** 4. Continuously Improve Performance and Make Changes Sustainable (key changes not retrieved). */
    CONTINUOUSLY_IMPROVE("Continuously Improve Performance and Make Changes Sustainable");

    private final String title;

    ToolkitPhase(String title) {
        this.title = title;
    }

    /** {@return the toolkit's title for the phase} */
    public String title() {
        return title;
    }

    /** {@return the phase's number, from 1} */
    public int number() {
        return ordinal() + 1;
    }
}

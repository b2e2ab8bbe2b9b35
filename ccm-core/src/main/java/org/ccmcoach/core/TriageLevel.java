package org.ccmcoach.core;

/**
 * How ready a practice is to benefit from facilitation: the four triage levels of the AHRQ
 * Practice Facilitation Handbook (Module 12).
 *
 * <p>Functional and low-functional practices benefit most and are the usual candidates for a
 * coach; exemplars gain little and serve better as peer mentors; survival-mode practices gain
 * little unless they want to engage. The handbook publishes no rule that turns a readiness
 * checklist into a level, so the level is the facilitator's judgement, recorded as data.
 *
 * <pre>{@code
 * TriageLevel level = TriageLevel.LOW_FUNCTIONAL;
 * level.usualCandidate();   // true
 * }</pre>
 */
public enum TriageLevel {
    /** Already strong at improvement; little benefit from coaching; a peer mentor for others. */
    EXEMPLAR("Exemplar", false),
    /** Functioning well enough to make use of a coach: a candidate. */
    FUNCTIONAL("Functional", true),
    /** Struggling but able to engage: a candidate, often the one that gains most. */
    LOW_FUNCTIONAL("Low-functional", true),
    /** Absorbed by day-to-day survival; little benefit unless the practice wants to engage. */
    SURVIVAL("Survival", false);

    private final String displayName;
    private final boolean usualCandidate;

    TriageLevel(String displayName, boolean usualCandidate) {
        this.displayName = displayName;
        this.usualCandidate = usualCandidate;
    }

    /** {@return the name as the handbook prints it} */
    public String displayName() {
        return displayName;
    }

    /** {@return whether the handbook counts practices at this level as candidates for facilitation} */
    public boolean usualCandidate() {
        return usualCandidate;
    }
}

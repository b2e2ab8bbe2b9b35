package org.ccmcoach.assessment.dose;

import java.util.OptionalDouble;
import org.ccmcoach.core.fidelity.EngagementFidelity;

/**
 * The four parts of fidelity Carroll et al. (Implement Sci 2007;2:40) name, each as one share for a
 * practice, so that a program can set them side by side: frequency, duration, content, coverage.
 * A practice lacks a part when nothing it measures was planned yet; that practice has no share (not
 * 0, not 100 %) and is listed apart.
 *
 * <pre>{@code
 * FidelityPart.CONTENT.of(fidelity);   // OptionalDouble[0.3]: 3 of 10 planned key changes worked on
 * }</pre>
 */
public enum FidelityPart {
    /** Scheduled activities delivered over those due ({@code frequency().fidelity()}). */
    FREQUENCY("frequency"),
    /** The delivered activities' minutes over their planned minutes ({@code duration().ratio()}), above 1 when they ran long. */
    DURATION("duration"),
    /** Planned key changes worked on over those planned ({@code content().share()}). */
    CONTENT("content"),
    /** Practice roles reached over those expected ({@code coverage().share()}). */
    COVERAGE("coverage");

    private final String label;

    FidelityPart(String label) {
        this.label = label;
    }

    /** {@return the part's name in lower case, as tables and figures show it} */
    public String label() {
        return label;
    }

    /**
     * This part of one practice's fidelity.
     *
     * @param fidelity  the practice's fidelity, not null
     * @return the share, empty when nothing of this part was planned
     */
    public OptionalDouble of(EngagementFidelity fidelity) {
        return switch (this) {
            case FREQUENCY -> fidelity.frequency().fidelity();
            case DURATION -> fidelity.duration().ratio();
            case CONTENT -> fidelity.content().share();
            case COVERAGE -> fidelity.coverage().share();
        };
    }
}

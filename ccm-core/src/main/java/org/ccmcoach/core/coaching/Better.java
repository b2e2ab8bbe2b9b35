package org.ccmcoach.core.coaching;

/**
 * Which way an indicator improves.
 *
 * <pre>{@code
 * IndicatorSet.of("clinic", Map.of("no-show-rate", Better.LOWER, "bp-control", Better.HIGHER));
 * }</pre>
 */
public enum Better {
    /** A rise is an improvement (blood-pressure control, aspirin use). */
    HIGHER,
    /** A fall is an improvement (no-show rate, HbA1c above 9 %). */
    LOWER
}

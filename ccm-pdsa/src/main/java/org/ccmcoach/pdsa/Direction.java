package org.ccmcoach.pdsa;

/**
 * Which way a measure improves, so that a chart signal is classed as improvement or deterioration.
 *
 * <pre>{@code
 * Direction.DOWN;   // a no-show rate improves as it falls
 * }</pre>
 */
public enum Direction {
    /** Higher is better. */
    UP,
    /** Lower is better. */
    DOWN
}

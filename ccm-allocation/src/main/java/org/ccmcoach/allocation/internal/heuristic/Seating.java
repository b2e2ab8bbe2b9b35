package org.ccmcoach.allocation.internal.heuristic;

import org.ccmcoach.allocation.internal.Instance;

/**
 * How {@link Inserter} seats a practice: how many steps its chain search may expand, and whether it
 * prefers the coach it fills most tightly (to pack coach time) or the best home (least travel,
 * continuity, even utilization).
 *
 * @param chainNodes  the chain search's budget of expanded steps
 * @param bestFit  true to prefer the tightest fit over the best home
 */
record Seating(int chainNodes, boolean bestFit) {

    /** While building the plan: a wide chain search, the best home. */
    static final Seating BUILD = new Seating(2_000, false);
    /** While recreating or reshuffling: a narrow chain search, the best home. */
    static final Seating NARROW = new Seating(30, false);
    /** While recreating: a narrow chain search, the tightest fit. */
    static final Seating PACKED = new Seating(30, true);
}

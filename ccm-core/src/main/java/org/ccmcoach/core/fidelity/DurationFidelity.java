package org.ccmcoach.core.fidelity;

import java.util.OptionalDouble;
import org.ccmcoach.core.value.Invariants;

/**
 * Duration, one of Carroll et al.'s parts of fidelity: how long the delivered scheduled activities
 * lasted against the minutes the template expected of them. Only delivered occurrences count
 * (a missed one is frequency's shortfall, not duration's), each its delivering encounter's minutes.
 *
 * <pre>{@code
 * f.duration().ratio();   // OptionalDouble[0.92]: delivered activities ran 8 % short of plan
 * }</pre>
 *
 * @param occurrences  delivered scheduled occurrences counted
 * @param plannedMinutes  the minutes the template expected of them
 * @param deliveredMinutes  the minutes their encounters lasted
 */
public record DurationFidelity(int occurrences, long plannedMinutes, long deliveredMinutes) {

    /**
     * Checks the counts.
     *
     * @param occurrences  delivered scheduled occurrences counted
     * @param plannedMinutes  the minutes the template expected of them
     * @param deliveredMinutes  the minutes their encounters lasted
     */
    public DurationFidelity {
        Invariants.of(DurationFidelity.class)
                .require(occurrences >= 0, "occurrences", "must be at least 0", occurrences)
                .require(plannedMinutes >= 0, "plannedMinutes", "must be at least 0", plannedMinutes)
                .require(deliveredMinutes >= 0, "deliveredMinutes", "must be at least 0", deliveredMinutes)
                .check();
    }

    /** {@return delivered over planned minutes, above 1 when activities ran long; empty when nothing was delivered} */
    public OptionalDouble ratio() {
        return plannedMinutes == 0 ? OptionalDouble.empty() : OptionalDouble.of(deliveredMinutes / (double) plannedMinutes);
    }

    @Override
    public String toString() {
        return "duration: " + deliveredMinutes + " of " + plannedMinutes + " min over " + occurrences + " activities";
    }
}

package org.ccmcoach.core.fidelity;

import java.util.Objects;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.Invariants;

/**
 * Fidelity of one activity of one phase, or of a whole phase, or of an engagement: how many
 * scheduled occurrences fell due and how many were delivered.
 *
 * <p><b>Fidelity</b> is delivered over due: occurrences on time or late over those on time,
 * late or missed. Added activities are counted apart, not in the ratio (they were not planned),
 * and occurrences still within their grace period are in neither.
 *
 * @param scope  what is counted: "Coaching call (Phase II — Active Practice Coaching)", a phase's name, or "all"
 * @param onTime  delivered within the grace period
 * @param late  delivered after it
 * @param missed  not delivered, grace period passed
 * @param due  not delivered, still within the grace period
 * @param added  delivered without being scheduled
 */
public record FidelityCount(String scope, int onTime, int late, int missed, int due, int added) {

    /**
     * Checks the counts.
     *
     * @param scope  what is counted: "Coaching call (Phase II — Active Practice Coaching)", a phase's name, or "all"
     * @param onTime  delivered within the grace period
     * @param late  delivered after it
     * @param missed  not delivered, grace period passed
     * @param due  not delivered, still within the grace period
     * @param added  delivered without being scheduled
     */
    public FidelityCount {
        Objects.requireNonNull(scope, "scope");
        Invariants.of(FidelityCount.class)
                .require(onTime >= 0, "onTime", "must be at least 0", onTime)
                .require(late >= 0, "late", "must be at least 0", late)
                .require(missed >= 0, "missed", "must be at least 0", missed)
                .require(due >= 0, "due", "must be at least 0", due)
                .require(added >= 0, "added", "must be at least 0", added)
                .check();
    }

    /**
     * Scheduled occurrences that fell due: on time, late or missed.
     *
     * @return the count
     */
    public int planned() {
        return onTime + late + missed;
    }

    /**
     * Scheduled occurrences delivered, on time or late.
     *
     * @return the count
     */
    public int delivered() {
        return onTime + late;
    }

    /**
     * Delivered over planned.
     *
     * @return the fraction, empty when nothing has fallen due (a fidelity of nothing is not 100 %)
     */
    public OptionalDouble fidelity() {
        return planned() == 0 ? OptionalDouble.empty() : OptionalDouble.of(delivered() / (double) planned());
    }

    /**
     * {@return the two counts added together, under a new scope}
     *
     * @param o  the other count, not null
     * @param newScope  what the sum counts, such as {@code program}
     */
    public FidelityCount plus(FidelityCount o, String newScope) {
        return new FidelityCount(newScope, onTime + o.onTime, late + o.late, missed + o.missed, due + o.due, added + o.added);
    }

    static FidelityCount of(String scope, Delivery d) {
        return new FidelityCount(scope, d == Delivery.ON_TIME ? 1 : 0, d == Delivery.LATE ? 1 : 0,
                d == Delivery.MISSED ? 1 : 0, d == Delivery.DUE ? 1 : 0, d == Delivery.ADDED ? 1 : 0);
    }

    @Override
    public String toString() {
        return scope + ": " + delivered() + " of " + planned() + " delivered (" + late + " late, " + missed + " missed), "
                + added + " added, " + due + " due";
    }
}
